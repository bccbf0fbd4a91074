import { Hono } from "hono";
import { z } from "zod";
import { buildMetricsReport, toPrometheus, type LimiterMetrics, type RateLimitState } from "@smsledger/core";
import { acceptedPerMinute, batchMetricsSince, deadLetterCounts } from "@smsledger/db";
import type { AppEnv } from "../env";
import { fieldIssues, problem } from "../lib/problem";

export const metricsRoutes = new Hono<AppEnv>();

const MetricsQuery = z.strictObject({
  window: z.coerce.number().int().min(1).max(24 * 60).default(60),
  format: z.enum(["json", "prometheus"]).default("json"),
});

/** The limiter's state from the consumer's Durable Object, or null when it cannot be reached. */
export async function limiterState(namespace: DurableObjectNamespace): Promise<LimiterMetrics | null> {
  try {
    const stub = namespace.get(namespace.idFromName("upstream")) as unknown as { snapshot(): Promise<RateLimitState> };
    const s = await stub.snapshot();
    return {
      rate: s.rate,
      paused_until: s.pausedUntil > Date.now() ? new Date(s.pausedUntil).toISOString() : null,
      pauses: s.pauses,
      granted: s.granted,
      rate_limited: s.rateLimited,
      server_errors: s.serverErrors,
      timeouts: s.timeouts,
    };
  } catch {
    return null;
  }
}

metricsRoutes.get("/", async (c) => {
  const query = MetricsQuery.safeParse(c.req.query());
  if (!query.success) return problem(c, 400, "invalid_query", "Some query parameters are invalid", fieldIssues(query.error));
  const now = Date.now();
  const since = (Math.floor(now / 60_000) - query.data.window + 1) * 60_000;
  const db = c.get("db");
  const [batches, accepted, dead, limiter] = await Promise.all([
    batchMetricsSince(db, since),
    acceptedPerMinute(db, since),
    deadLetterCounts(db, since),
    limiterState(c.env.RATE_LIMITER),
  ]);
  const report = buildMetricsReport({
    now,
    windowMinutes: query.data.window,
    batches,
    acceptedPerMinute: accepted,
    deadLettersPerMinute: dead.perMinute,
    deadLettersOpen: dead.open,
    limiter,
  });
  if (query.data.format === "prometheus") return c.body(toPrometheus(report), 200, { "content-type": "text/plain; version=0.0.4" });
  return c.json(report);
});
