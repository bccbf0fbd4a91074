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
--> statement-breakpoint
-- transactions becomes WITHOUT ROWID too: its primary key (id) is the table, not a second index beside it.
CREATE TABLE `transactions_new` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`sms_id` text NOT NULL,
	`seq` integer DEFAULT 0 NOT NULL,
	`intent` text NOT NULL,
	`direction` text NOT NULL,
	`amount_minor` integer NOT NULL,
	`currency` text NOT NULL,
	`account` text,
	`account_kind` text,
	`counterparty` text,
	`method` text,
	`reference` text,
	`balance_minor` integer,
	`occurred_at` text NOT NULL,
	`occurred_at_ms` integer NOT NULL,
	`institution` text,
	`category` text,
	`parser` text NOT NULL,
	`confidence` real NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`user_category` text,
	`user_counterparty` text,
	`corrected_at` integer,
	`duplicate_of` text,
	`link_kind` text,
	`counterpart_id` text,
	`link_reason` text,
	`sender` text
) WITHOUT ROWID;--> statement-breakpoint
INSERT INTO `transactions_new` (`id`, `user_id`, `sms_id`, `seq`, `intent`, `direction`, `amount_minor`, `currency`, `account`, `account_kind`, `counterparty`, `method`, `reference`, `balance_minor`, `occurred_at`, `occurred_at_ms`, `institution`, `category`, `parser`, `confidence`, `created_at`, `user_category`, `user_counterparty`, `corrected_at`, `duplicate_of`, `link_kind`, `counterpart_id`, `link_reason`, `sender`) SELECT `id`, `user_id`, `sms_id`, `seq`, `intent`, `direction`, `amount_minor`, `currency`, `account`, `account_kind`, `counterparty`, `method`, `reference`, `balance_minor`, `occurred_at`, `occurred_at_ms`, `institution`, `category`, `parser`, `confidence`, `created_at`, `user_category`, `user_counterparty`, `corrected_at`, `duplicate_of`, `link_kind`, `counterpart_id`, `link_reason`, `sender` FROM `transactions`;--> statement-breakpoint
DROP TABLE `transactions`;--> statement-breakpoint
ALTER TABLE `transactions_new` RENAME TO `transactions`;--> statement-breakpoint
CREATE UNIQUE INDEX `transactions_user_sms_seq_uq` ON `transactions` (`user_id`,`sms_id`,`seq`);--> statement-breakpoint
CREATE INDEX `transactions_user_time_idx` ON `transactions` (`user_id`,`occurred_at_ms`,`id`);--> statement-breakpoint
CREATE INDEX `transactions_user_ref_idx` ON `transactions` (`user_id`,`reference`) WHERE reference IS NOT NULL;--> statement-breakpoint
CREATE INDEX `transactions_user_amount_time_idx` ON `transactions` (`user_id`,`amount_minor`,`occurred_at_ms`);--> statement-breakpoint
CREATE INDEX `transactions_user_duplicate_idx` ON `transactions` (`user_id`,`duplicate_of`) WHERE duplicate_of IS NOT NULL;--> statement-breakpoint
CREATE INDEX `transactions_user_counterparty_time_idx` ON `transactions` (`user_id`,lower("counterparty"),`direction`,`occurred_at_ms`);
