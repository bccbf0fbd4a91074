CREATE TABLE `dead_letters` (
	`user_id` text NOT NULL,
	`sms_id` text NOT NULL,
	`ingestion_id` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`last_error` text,
	`attempts` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	PRIMARY KEY(`user_id`, `sms_id`)
);
--> statement-breakpoint
CREATE INDEX `dead_letters_status_idx` ON `dead_letters` (`status`,`created_at`);--> statement-breakpoint
CREATE TABLE `sms_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` text NOT NULL,
	`sms_id` text NOT NULL,
	`state` text NOT NULL,
	`detail` text,
	`at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `sms_events_sms_idx` ON `sms_events` (`user_id`,`sms_id`,`at`);