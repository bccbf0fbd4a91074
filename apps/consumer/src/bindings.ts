/// <reference path="../worker-configuration.d.ts" />
// ConsumerBindings is generated from wrangler.jsonc by `pnpm --filter @smsledger/consumer run types` (checked in CI).

/**
 * Queue shards past SMS_QUEUE, and the D1 shard count (unset: 1): configured in wrangler.jsonc, yet the
 * code works with any subset of them.
 */
type OptionalShard = "SMS_QUEUE_1" | "SMS_QUEUE_2" | "SMS_QUEUE_3" | "D1_SHARDS";

/** Secrets and optional settings: absent from wrangler.jsonc `vars`, so `wrangler types` cannot see them. */
interface ConsumerSettings {
  /** Fault injection outside production, e.g. "consumer_throw=0.2,d1_fail=0.2,upstream_fail=0.2". */
  FAULTS?: string;
  /** Scale of the exponential retry backoff, seconds (default 2). */
  RETRY_BASE_SECONDS?: string;
  /** Cap of the retry backoff, seconds (default 300). */
  RETRY_MAX_SECONDS?: string;
  /** OpenAI-compatible base URL, e.g. https://api.openai.com/v1. Unset: rules and templates only. */
  UPSTREAM_URL?: string;
  UPSTREAM_MODEL?: string;
  /** Secret. */
  UPSTREAM_API_KEY?: string;
  UPSTREAM_TIMEOUT_MS?: string;
  /** "json_schema" (default: structured output) or "json_object" (JSON mode + zod validation). */
  UPSTREAM_RESPONSE_FORMAT?: string;
  /** Distinct users whose answers must agree before a learned template serves every user. */
  RECIPE_SHARE_MIN_USERS?: string;
  /** "0" or "false": a recipe fewer users taught never reads another user's SMS, even where the rules agree. */
  RECIPE_RULES_CHECK?: string;
  /** Secret: token of an authenticated AI Gateway (sent as cf-aig-authorization). */
  UPSTREAM_GATEWAY_TOKEN?: string;
  /** Bounds and start of the adaptive upstream rate, requests per second. */
  UPSTREAM_MIN_RPS?: string;
  UPSTREAM_MAX_RPS?: string;
  UPSTREAM_INITIAL_RPS?: string;
  /** "1": count billable units and log them per invocation (`pnpm bench` only; packages/db/src/metering). */
  METER?: string;
}

/** Bindings of the consumer Worker: the generated ones, with the optional shards optional, plus its settings. */
export type ConsumerEnv = Omit<ConsumerBindings, OptionalShard> &
  Partial<Pick<ConsumerBindings, OptionalShard>> &
  ConsumerSettings;
