/** Size caps of the ingestion API. Documented in the README; enforced by the zod schemas and the API. */
export const MAX_MESSAGES_PER_JSON_REQUEST = 1_000;
export const MAX_BODY_CHARS = 4_096;
export const MAX_SENDER_CHARS = 64;
export const MAX_CLIENT_ID_CHARS = 128;
export const MAX_JSON_REQUEST_BYTES = 2 * 1024 * 1024;

/** Cloudflare Queues: per sendBatch call and per message. */
export const QUEUE_MAX_BATCH_MESSAGES = 100;
export const QUEUE_MAX_BATCH_BYTES = 256 * 1024;
export const QUEUE_MAX_MESSAGE_BYTES = 128 * 1024;
/** Queues bill one operation per 64 KB of a message: a pack of jobs stays within one unit. */
export const QUEUE_BILLING_UNIT_BYTES = 64 * 1024;
/** Jobs per queue message (a pack): the consumer reads 4 packs (max_batch_size), ≤ 100 SMS per invocation. */
export const QUEUE_PACK_MAX_JOBS = 25;

/** D1 caps one statement at 100 bound parameters. */
export const D1_MAX_BOUND_PARAMS = 100;

/** Time zone used to read dates printed in SMS bodies unless configured otherwise. */
export const DEFAULT_TIME_ZONE = "Asia/Kolkata";

/** NDJSON full-history uploads: lines per request, and SMS recorded + enqueued per chunk. */
export const MAX_NDJSON_LINES = 250_000;
export const NDJSON_CHUNK_MESSAGES = 500;

/** Period of the per-user ingestion rate limit (must match `ratelimits` in apps/api/wrangler.jsonc). */
export const INGEST_RATE_PERIOD_SECONDS = 60;

/** max_retries of the main queue consumer (apps/consumer/wrangler.jsonc must say the same). */
export const QUEUE_MAX_RETRIES = 10;

/** Linking alerts into one ledger entry (issue 8): time windows, in ms. */
export const DUPLICATE_WINDOW_MS = 10 * 60_000;
/** Two alerts carrying the same reference are one payment when this close in time. */
export const REFERENCE_WINDOW_MS = 7 * 24 * 3_600_000;
export const TRANSFER_WINDOW_MS = 3 * 24 * 3_600_000;
export const REVERSAL_WINDOW_MS = 120 * 24 * 3_600_000;

/** Bulk writes bind their rows as one JSON parameter; D1 caps a value at 2 MB, so chunks stay under this. */
export const D1_MAX_JSON_PARAM_BYTES = 512 * 1024;

/** Per-user storage quota defaults (API vars USER_QUOTA_SMS, USER_QUOTA_BYTES): SMS stored, and their bytes (sender + body). */
export const DEFAULT_USER_QUOTA_SMS = 1_000_000;
export const DEFAULT_USER_QUOTA_BYTES = 512 * 1024 * 1024;

/** Bodies of PATCH /v1/transactions/:id and of the admin routes (a name, a label: a few hundred bytes). */
export const MAX_PATCH_BODY_BYTES = 4 * 1024;
export const MAX_ADMIN_BODY_BYTES = 4 * 1024;
