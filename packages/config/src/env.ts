/** Bindings of the API Worker (apps/api/wrangler.jsonc). */
export interface ApiEnv {
  DB: D1Database;
  /** Queue shards: SMS_QUEUE always, SMS_QUEUE_1 … SMS_QUEUE_3 when configured (users are hashed over them). */
  SMS_QUEUE: Queue;
  SMS_QUEUE_1?: Queue;
  SMS_QUEUE_2?: Queue;
  SMS_QUEUE_3?: Queue;
  TEMPLATES: KVNamespace;
  /** The consumer's RateLimiter Durable Object, read for health and metrics. */
  RATE_LIMITER: DurableObjectNamespace;
  /** Per-user ingestion rate limit (Workers Rate Limiting binding). */
  INGEST_RATE_LIMIT: RateLimit;
  ENVIRONMENT: string;
  /** Secret: bearer token of the admin routes. Admin routes answer 503 while it is unset. */
  ADMIN_TOKEN?: string;
  /** Per-user storage quota: SMS stored and their bytes (defaults in limits.ts). */
  USER_QUOTA_SMS?: string;
  USER_QUOTA_BYTES?: string;
  /** "1": count billable units and log them per invocation (`pnpm bench` only; packages/db/src/metering). */
  METER?: string;
}

/** Bindings of the consumer Worker (apps/consumer/wrangler.jsonc). */
export interface ConsumerEnv {
  DB: D1Database;
  /** Producers of the queue shards, for the cron that re-enqueues SMS whose message was lost. */
  SMS_QUEUE: Queue;
  SMS_QUEUE_1?: Queue;
  SMS_QUEUE_2?: Queue;
  SMS_QUEUE_3?: Queue;
  TEMPLATES: KVNamespace;
  ENVIRONMENT: string;
  TIME_ZONE?: string;
  /** Fault injection outside production, e.g. "consumer_throw=0.2,d1_fail=0.2,upstream_fail=0.2". */
  FAULTS?: string;
  /** Scale of the exponential retry backoff, seconds (default 2). */
  RETRY_BASE_SECONDS?: string;
  /** Cap of the retry backoff, seconds (default 300). */
  RETRY_MAX_SECONDS?: string;
  /** The RateLimiter Durable Object (global adaptive limit of upstream calls). */
  RATE_LIMITER: DurableObjectNamespace;
  /** OpenAI-compatible base URL, e.g. https://api.openai.com/v1. Unset: rules and templates only. */
  UPSTREAM_URL?: string;
  UPSTREAM_MODEL?: string;
  /** Secret. */
  UPSTREAM_API_KEY?: string;
  UPSTREAM_TIMEOUT_MS?: string;
  /** "json_schema" (default: structured output) or "json_object" (JSON mode + zod validation). */
  UPSTREAM_RESPONSE_FORMAT?: string;
  /** Distinct users whose answers must agree before a learned template serves every user (default RECIPE_SHARE_MIN_USERS). */
  RECIPE_SHARE_MIN_USERS?: string;
  /** Secret: token of an authenticated AI Gateway (sent as cf-aig-authorization). */
  UPSTREAM_GATEWAY_TOKEN?: string;
  /** Bounds and start of the adaptive upstream rate, requests per second. */
  UPSTREAM_MIN_RPS?: string;
  UPSTREAM_MAX_RPS?: string;
  UPSTREAM_INITIAL_RPS?: string;
  /** "1": count billable units and log them per invocation (`pnpm bench` only; packages/db/src/metering). */
  METER?: string;
}
