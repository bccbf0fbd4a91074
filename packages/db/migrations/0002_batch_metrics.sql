CREATE TABLE `batch_metrics` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` integer NOT NULL,
	`queue` text NOT NULL,
	`messages` integer NOT NULL,
	`by_intent` text NOT NULL,
	`by_path` text NOT NULL,
	`by_state` text NOT NULL,
	`template_hits` integer NOT NULL,
	`template_misses` integer NOT NULL,
	`upstream_calls` integer NOT NULL,
	`upstream_ok` integer NOT NULL,
	`upstream_latency` text NOT NULL,
	`deferred` integer NOT NULL,
	`retries` integer NOT NULL,
	`dead_letters` integer NOT NULL,
	`lag` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `batch_metrics_at_idx` ON `batch_metrics` (`at`);