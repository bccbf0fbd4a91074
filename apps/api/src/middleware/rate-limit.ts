import { createMiddleware } from "hono/factory";
import { INGEST_RATE_PERIOD_SECONDS } from "@smsledger/config";
import type { AppEnv } from "../env";
import { problem } from "../lib/problem";

/** Per-user ingestion rate limit (Workers Rate Limiting binding): over it, 429 with Retry-After. */
export const limitIngestion = createMiddleware<AppEnv>(async (c, next) => {
  const { success } = await c.env.INGEST_RATE_LIMIT.limit({ key: c.get("userId") });
  if (!success) {
    c.header("Retry-After", String(INGEST_RATE_PERIOD_SECONDS));
    return problem(c, 429, "rate_limited", "Too many uploads for this user; retry after the period in Retry-After");
  }
  await next();
});
