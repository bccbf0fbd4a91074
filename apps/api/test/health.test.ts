import { describe, expect, it } from "vitest";
import { call, callWithEnv, testEnv } from "./helpers";

interface Health {
  status: string;
  failed: string[];
  checks: Record<string, string>;
}

/** GET /health with some bindings replaced: a real unmigrated D1, or a binding left out. */
async function healthWith(overrides: Parameters<typeof callWithEnv>[0]): Promise<{ status: number; body: Health }> {
  const res = await callWithEnv(overrides, "/health");
  return { status: res.status, body: (await res.json()) as Health };
}

describe("GET /health", () => {
  it("answers 200 when D1, KV, the queue binding and the limiter Durable Object all answer", async () => {
    const res = await call("/health");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      status: "ok",
      failed: [],
      checks: { d1: "ok", kv: "ok", queue: "ok", limiter: "ok" },
    });
  });

  it("answers 503 naming d1 when the database is reachable but not migrated", async () => {
    const { status, body } = await healthWith({ DB: testEnv.UNMIGRATED_DB });
    expect(status).toBe(503);
    expect(body).toMatchObject({
      status: "unhealthy",
      failed: ["d1"],
      checks: { kv: "ok", queue: "ok", limiter: "ok" },
    });
    expect(body.checks.d1).toContain("no such table");
  });

  it("checks every D1 database of D1_SHARDS: a missing binding or an unmigrated database is named", async () => {
    const shards = (extra: Record<string, unknown>) =>
      ({ D1_SHARDS: "2", ...extra }) as Parameters<typeof callWithEnv>[0];
    const missing = await healthWith(shards({}));
    expect(missing.status).toBe(503);
    expect(missing.body.failed).toEqual(["d1"]);
    expect(missing.body.checks.d1).toContain("no D1 binding DB_1");
    const unmigrated = await healthWith(shards({ DB_1: testEnv.UNMIGRATED_DB }));
    expect(unmigrated.status).toBe(503);
    expect(unmigrated.body.checks.d1).toContain("no such table");
    expect((await healthWith(shards({ DB_1: testEnv.DB }))).status).toBe(200);
    expect((await healthWith({ D1_SHARDS: "two" })).body.checks.d1).toContain("D1_SHARDS must be a positive integer");
  });

  it("answers 503 naming each binding that is missing", async () => {
    const cases: [Parameters<typeof callWithEnv>[0], string][] = [
      [{ TEMPLATES: undefined }, "kv"],
      [{ SMS_QUEUE: undefined }, "queue"],
      [{ RATE_LIMITER: undefined }, "limiter"],
    ];
    for (const [overrides, name] of cases) {
      const { status, body } = await healthWith(overrides);
      expect(status, name).toBe(503);
      expect(body.failed, name).toEqual([name]);
      expect(body.checks[name], name).toMatch(/missing|unreachable/);
    }
  });

  it("names every failure at once", async () => {
    const everything = {
      DB: testEnv.UNMIGRATED_DB,
      TEMPLATES: undefined,
      SMS_QUEUE: undefined,
      RATE_LIMITER: undefined,
    };
    const { status, body } = await healthWith(everything);
    expect(status).toBe(503);
    expect(body.failed.sort()).toEqual(["d1", "kv", "limiter", "queue"]);
  });
});
