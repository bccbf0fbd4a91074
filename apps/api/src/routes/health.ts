import { createRoute, z } from "@hono/zod-openapi";
import { queueShards } from "@smsledger/core";
import { d1Shards } from "@smsledger/db";
import { openApiApp } from "../openapi/app";
import { jsonBody } from "../openapi/schemas";
import { limiterState } from "./metrics";

const Health = z
  .object({
    status: z.enum(["ok", "unhealthy"]),
    failed: z.array(z.string()),
    checks: z.record(z.string(), z.string()),
  })
  .openapi("Health");

const healthRoute = createRoute({
  method: "get",
  path: "/",
  summary: "Checks D1 (reachable and migrated), KV, the queue binding and the limiter",
  responses: { 200: jsonBody(Health, "Healthy"), 503: jsonBody(Health, "Names what failed") },
});

const failure = (error: unknown) => (error instanceof Error ? error.message : "failed");

/** Checks D1 (migrated), KV, the queue binding and the limiter Durable Object; 503 names whichever failed. */

export const healthRoutes = openApiApp().openapi(healthRoute, async (c) => {
  const checks: Record<string, string> = {};
  const probes: Record<string, () => Promise<unknown>> = {
    // A read of a migrated table in every D1 bucket: one reachable but not migrated is not healthy.
    d1: () => Promise.all(d1Shards(c.env).map((d1) => d1.prepare("SELECT 1 FROM users LIMIT 1").first())),
    kv: async () => {
      if (!c.env.TEMPLATES) throw new Error("KV binding missing");
      await c.env.TEMPLATES.get("health:probe");
    },
    queue: async () => {
      // SMS_QUEUE is the shard every deployment has; the others are optional but must be queues when bound.
      const shards = queueShards(c.env);
      if (!c.env.SMS_QUEUE || !shards.every((q) => typeof q.sendBatch === "function"))
        throw new Error("queue binding missing");
    },
    limiter: async () => {
      if (!(await limiterState(c.env.RATE_LIMITER))) throw new Error("limiter Durable Object unreachable");
    },
  };
  await Promise.all(
    Object.entries(probes).map(async ([name, probe]) => {
      try {
        await probe();
        checks[name] = "ok";
      } catch (error) {
        checks[name] = failure(error);
      }
    }),
  );
  const failed = Object.entries(checks)
    .filter(([, v]) => v !== "ok")
    .map(([k]) => k);
  if (failed.length) return c.json({ status: "unhealthy" as const, failed, checks }, 503);
  return c.json({ status: "ok" as const, failed, checks }, 200);
});
