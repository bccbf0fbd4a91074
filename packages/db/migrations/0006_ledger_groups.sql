CREATE TABLE `ledger_corrections` (
	`user_id` text NOT NULL,
	`transaction_id` text NOT NULL,
	`field` text NOT NULL,
	`value` text,
	`at` integer NOT NULL,
	PRIMARY KEY(`user_id`, `transaction_id`, `field`)
);
--> statement-breakpoint
CREATE TABLE `ledger_versions` (
	`user_id` text PRIMARY KEY NOT NULL,
	`version` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `transactions_user_counterparty_time_idx` ON `transactions` (`user_id`,lower("counterparty"),`direction`,`occurred_at_ms`);--> statement-breakpoint
-- Corrections made before this migration lived only on their row: keep them as that row's corrections.
INSERT INTO `ledger_corrections` (`user_id`, `transaction_id`, `field`, `value`, `at`)
SELECT `user_id`, `id`, 'category', `user_category`, `corrected_at` FROM `transactions` WHERE `corrected_at` IS NOT NULL AND `user_category` IS NOT NULL;--> statement-breakpoint
INSERT INTO `ledger_corrections` (`user_id`, `transaction_id`, `field`, `value`, `at`)
SELECT `user_id`, `id`, 'counterparty', `user_counterparty`, `corrected_at` FROM `transactions` WHERE `corrected_at` IS NOT NULL AND `user_counterparty` IS NOT NULL;
