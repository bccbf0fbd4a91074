CREATE TABLE `user_usage` (
	`user_id` text PRIMARY KEY NOT NULL,
	`sms_count` integer DEFAULT 0 NOT NULL,
	`sms_bytes` integer DEFAULT 0 NOT NULL,
	`max_sms` integer NOT NULL,
	`max_bytes` integer NOT NULL,
	CONSTRAINT "user_usage_within_quota" CHECK(sms_count <= max_sms AND sms_bytes <= max_bytes)
);
--> statement-breakpoint
CREATE INDEX `transactions_user_duplicate_idx` ON `transactions` (`user_id`,`duplicate_of`) WHERE duplicate_of IS NOT NULL;--> statement-breakpoint
-- Usage of the SMS stored before this migration; each row's quota is its usage until its next upload checks it.
INSERT INTO `user_usage` (`user_id`, `sms_count`, `sms_bytes`, `max_sms`, `max_bytes`)
SELECT `user_id`, count(*), sum(length(CAST(`sender` AS BLOB)) + length(CAST(`body` AS BLOB))),
  count(*), sum(length(CAST(`sender` AS BLOB)) + length(CAST(`body` AS BLOB)))
FROM `sms` GROUP BY `user_id`;
