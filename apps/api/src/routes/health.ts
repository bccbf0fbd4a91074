import { Hono } from "hono";
import { queueShards } from "@smsledger/core";
import type { AppEnv } from "../env";
import { limiterState } from "./metrics";

export const healthRoutes = new Hono<AppEnv>();

const failure = (error: unknown) => (error instanceof Error ? error.message : "failed");

/** Checks D1 (migrated), KV, the queue binding and the limiter Durable Object; 503 names whichever failed. */
healthRoutes.get("/", async (c) => {
  const checks: Record<string, string> = {};
  const probes: Record<string, () => Promise<unknown>> = {
    // A read of a migrated table: a database that is reachable but not migrated is not healthy.
    d1: () => c.env.DB.prepare("SELECT 1 FROM users LIMIT 1").first(),
    kv: async () => {
      if (!c.env.TEMPLATES) throw new Error("KV binding missing");
      await c.env.TEMPLATES.get("health:probe");
    },
    queue: async () => {
      // SMS_QUEUE is the shard every deployment has; the others are optional but must be queues when bound.
      const shards = queueShards(c.env);
      if (!c.env.SMS_QUEUE || !shards.every((q) => typeof q.sendBatch === "function")) throw new Error("queue binding missing");
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
  const failed = Object.entries(checks).filter(([, v]) => v !== "ok").map(([k]) => k);
  return c.json({ status: failed.length ? "unhealthy" : "ok", failed, checks }, failed.length ? 503 : 200);
});
