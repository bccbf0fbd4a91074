import { createRoute, z } from "@hono/zod-openapi";
import { buildMetricsReport, toPrometheus, type LimiterMetrics, type RateLimitState } from "@smsledger/core";
import { allDbs, pipelineMetricsAcross } from "@smsledger/db";
import { openApiApp } from "../openapi/app";
import { adminAuth, adminErrors, errorBody } from "../openapi/schemas";

const MetricsQuery = z.strictObject({
  window: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(60),
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

const metricsRoute = createRoute({
  method: "get",
  path: "/",
  summary: "Pipeline metrics (JSON, or Prometheus text with ?format=prometheus)",
  security: adminAuth,
  request: { query: MetricsQuery },
  responses: {
    200: {
      description: "Metrics",
      content: {
        "application/json": { schema: z.record(z.string(), z.unknown()) },
        "text/plain": { schema: z.string() },
      },
    },
    400: errorBody("Bad query"),
    ...adminErrors,
  },
});

export const metricsRoutes = openApiApp().openapi(metricsRoute, async (c) => {
  const q = c.req.valid("query");
  const now = Date.now();
  const since = (Math.floor(now / 60_000) - q.window + 1) * 60_000;
  // Every D1 bucket's rollups, merged (counters and histograms add up).
  const [{ batches, accepted, dead }, limiter] = await Promise.all([
    pipelineMetricsAcross(allDbs(c.env), since),
    limiterState(c.env.RATE_LIMITER),
  ]);
  const report = buildMetricsReport({
    now,
    windowMinutes: q.window,
    batches,
    acceptedPerMinute: accepted,
    deadLettersPerMinute: dead.perMinute,
    deadLettersOpen: dead.open,
    limiter,
  });
  if (q.format === "prometheus")
    return c.text(toPrometheus(report), 200, { "content-type": "text/plain; version=0.0.4" });
  return c.json(report, 200);
});
