/** Bindings of the API Worker (apps/api/wrangler.jsonc). */
export interface ApiEnv {
  DB: D1Database;
  SMS_QUEUE: Queue;
  TEMPLATES: KVNamespace;
  RATE_LIMITER: DurableObjectNamespace;
  ENVIRONMENT: string;
  ADMIN_TOKEN?: string;
}

/** Bindings of the consumer Worker (apps/consumer/wrangler.jsonc). */
export interface ConsumerEnv {
  DB: D1Database;
  TEMPLATES: KVNamespace;
  RATE_LIMITER: DurableObjectNamespace;
  ENVIRONMENT: string;
  TIME_ZONE?: string;
  UPSTREAM_URL?: string;
  UPSTREAM_MODEL?: string;
  UPSTREAM_API_KEY?: string;
}
