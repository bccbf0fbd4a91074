CREATE TABLE `api_keys` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`key_hash` text NOT NULL,
	`prefix` text NOT NULL,
	`label` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`revoked_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `api_keys_key_hash_uq` ON `api_keys` (`key_hash`);--> statement-breakpoint
CREATE INDEX `api_keys_user_idx` ON `api_keys` (`user_id`);--> statement-breakpoint
CREATE TABLE `ingestions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`format` text NOT NULL,
	`accepted` integer DEFAULT 0 NOT NULL,
	`duplicates` integer DEFAULT 0 NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `ingestions_user_idx` ON `ingestions` (`user_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `sms` (
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
);
--> statement-breakpoint
CREATE INDEX `sms_ingestion_state_idx` ON `sms` (`ingestion_id`,`state`);--> statement-breakpoint
CREATE INDEX `sms_state_created_idx` ON `sms` (`state`,`created_at`);--> statement-breakpoint
CREATE TABLE `transactions` (
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
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `transactions_user_sms_seq_uq` ON `transactions` (`user_id`,`sms_id`,`seq`);--> statement-breakpoint
CREATE INDEX `transactions_user_time_idx` ON `transactions` (`user_id`,`occurred_at_ms`,`id`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
