ALTER TABLE `transactions` ADD `user_category` text;--> statement-breakpoint
ALTER TABLE `transactions` ADD `user_counterparty` text;--> statement-breakpoint
ALTER TABLE `transactions` ADD `corrected_at` integer;--> statement-breakpoint
ALTER TABLE `transactions` ADD `duplicate_of` text;--> statement-breakpoint
ALTER TABLE `transactions` ADD `link_kind` text;--> statement-breakpoint
ALTER TABLE `transactions` ADD `counterpart_id` text;--> statement-breakpoint
ALTER TABLE `transactions` ADD `link_reason` text;--> statement-breakpoint
CREATE INDEX `transactions_user_ref_idx` ON `transactions` (`user_id`,`reference`);--> statement-breakpoint
CREATE INDEX `transactions_user_amount_time_idx` ON `transactions` (`user_id`,`amount_minor`,`occurred_at_ms`);