DROP INDEX `sms_ingestion_state_idx`;--> statement-breakpoint
DROP INDEX `sms_state_created_idx`;--> statement-breakpoint
CREATE INDEX `sms_ingestion_created_idx` ON `sms` (`ingestion_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `sms_queued_created_idx` ON `sms` (`created_at`) WHERE state = 'queued';--> statement-breakpoint
DROP INDEX `transactions_user_ref_idx`;--> statement-breakpoint
CREATE INDEX `transactions_user_ref_idx` ON `transactions` (`user_id`,`reference`) WHERE reference IS NOT NULL;--> statement-breakpoint
-- The ingestion's `queued` event is now read from sms.created_at (queries/events.ts): drop the stored copies.
DELETE FROM `sms_events` WHERE `state` = 'queued' AND `detail` IS NULL;
--> statement-breakpoint
-- The consumer's terminal event is now read from the SMS row (state, parser, processed_at): drop the copies.
DELETE FROM `sms_events` WHERE `state` IN ('parsed', 'not_financial', 'needs_review');
