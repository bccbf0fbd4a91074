-- Billable units (docs/decisions.md, "One index per SMS"): every index entry is a D1 row written.
-- An ingestion's SMS are found by the range of their chunks' times in sms_user_created_idx.
ALTER TABLE `ingestions` ADD `first_chunk_at` integer;--> statement-breakpoint
ALTER TABLE `ingestions` ADD `last_chunk_at` integer;--> statement-breakpoint
UPDATE `ingestions` SET (`first_chunk_at`, `last_chunk_at`) = (
  SELECT min(`created_at`), max(`created_at`) FROM `sms`
  WHERE `sms`.`user_id` = `ingestions`.`user_id` AND `sms`.`ingestion_id` = `ingestions`.`id`
);--> statement-breakpoint
-- sms becomes WITHOUT ROWID: its primary key (user_id, id) is the table's own b-tree, not a second index
-- beside it; the indexes on ingestion_id and on queued SMS go (the sweeper reads a window per user).
CREATE TABLE `sms_new` (
	`user_id` text NOT NULL,
	`id` text NOT NULL,
	`ingestion_id` text NOT NULL,
	`sender` text NOT NULL,
	`body` text NOT NULL,
	`received_at` text NOT NULL,
	`state` text DEFAULT 'queued' NOT NULL,
	`intent` text,
	`parser` text,
	`confidence` real,
	`error` text,
	`attempts` integer DEFAULT 0 NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`processed_at` integer,
	PRIMARY KEY(`user_id`, `id`)
) WITHOUT ROWID;--> statement-breakpoint
INSERT INTO `sms_new` (`user_id`, `id`, `ingestion_id`, `sender`, `body`, `received_at`, `state`, `intent`, `parser`,
  `confidence`, `error`, `attempts`, `created_at`, `processed_at`)
SELECT `user_id`, `id`, `ingestion_id`, `sender`, `body`, `received_at`, `state`, `intent`, `parser`,
  `confidence`, `error`, `attempts`, `created_at`, `processed_at` FROM `sms`;--> statement-breakpoint
DROP TABLE `sms`;--> statement-breakpoint
ALTER TABLE `sms_new` RENAME TO `sms`;--> statement-breakpoint
CREATE INDEX `sms_user_created_idx` ON `sms` (`user_id`,`created_at`,`id`);
