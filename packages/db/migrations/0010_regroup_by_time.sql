-- Billable units (docs/decisions.md, "Regrouping by time"): each index entry is a D1 row written per transaction.
-- Regrouping reads amounts and merchants in a range of transactions_user_time_idx; only refunds keep an index of
-- their merchant (partial).
DROP INDEX `transactions_user_amount_time_idx`;--> statement-breakpoint
DROP INDEX `transactions_user_counterparty_time_idx`;--> statement-breakpoint
CREATE INDEX `transactions_user_refund_idx` ON `transactions` (`user_id`,lower("counterparty"),`occurred_at_ms`) WHERE intent = 'refund';