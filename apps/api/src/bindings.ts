/// <reference path="../worker-configuration.d.ts" />
// ApiBindings is generated from wrangler.jsonc by `pnpm --filter @smsledger/api run types` (checked in CI).

/**
 * Queue shards past SMS_QUEUE, and the D1 shard count (unset: 1): configured in wrangler.jsonc, yet the
 * code works with any subset of them.
 */
type OptionalShard = "SMS_QUEUE_1" | "SMS_QUEUE_2" | "SMS_QUEUE_3" | "D1_SHARDS";

/** Secrets and optional settings: absent from wrangler.jsonc `vars`, so `wrangler types` cannot see them. */
interface ApiSettings {
  /** Secret: bearer token of the admin routes. Admin routes answer 503 while it is unset. */
  ADMIN_TOKEN?: string;
  /** Per-user storage quota: SMS stored and their bytes (defaults in @smsledger/config limits.ts). */
  USER_QUOTA_SMS?: string;
  USER_QUOTA_BYTES?: string;
  /** "1": count billable units and log them per invocation (`pnpm bench` only; packages/db/src/metering). */
  METER?: string;
}

/** Bindings of the API Worker: the generated ones, with the optional shards optional, plus its settings. */
export type ApiEnv = Omit<ApiBindings, OptionalShard> & Partial<Pick<ApiBindings, OptionalShard>> & ApiSettings;
