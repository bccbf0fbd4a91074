import { describe, expect, it } from "vitest";
import { call, newUser, testEnv } from "./helpers";

const ADMIN = "test-admin-token";

describe("GET /v1/metrics", () => {
  it("is admin-only and rolls up consumer batches, ingestions and the limiter, in JSON and Prometheus text", async () => {
    const user = await newUser();
    expect((await call("/v1/metrics", { key: user.key })).status).toBe(401);
    const now = Date.now();
    await testEnv.DB.batch([
      testEnv.DB.prepare(
        `INSERT INTO batch_metrics (at, queue, messages, by_intent, by_path, by_state, template_hits, template_misses, upstream_calls, upstream_ok, upstream_latency, deferred, retries, dead_letters, lag)
         VALUES (?, 'smsledger-sms', 10, '{"transaction":6,"otp":4}', '{"rule":7,"template":2,"llm":1}', '{"parsed":6,"not_financial":4}', 2, 1, 1, 1, '[0,0,0,1,0,0,0,0,0,0,0,0,0]', 0, 1, 0, '[0,5,5,0,0,0,0,0,0,0,0,0,0]')`,
      ).bind(now),
      testEnv.DB.prepare(
        "INSERT INTO ingestions (id, user_id, format, accepted, duplicates, created_at) VALUES ('ing_m', ?, 'json', 10, 0, ?)",
      ).bind(user.userId, now),
    ]);
    const res = await call("/v1/metrics?window=5", { key: ADMIN });
    expect(res.status).toBe(200);
    const report = (await res.json()) as {
      per_minute: unknown[];
      totals: Record<string, unknown>;
      limiter: Record<string, unknown> | null;
    };
    expect(report.per_minute).toHaveLength(5);
    expect(report.totals).toMatchObject({
      processed: 10,
      by_path: { rule: 7, template: 2, llm: 1 },
      upstream_calls: 1,
      retries: 1,
      lag_p50_ms: 100,
      lag_p95_ms: 250,
    });
    expect(report.totals.accepted).toBeGreaterThanOrEqual(10);
    expect(report.totals.template_hit_rate).toBeCloseTo(2 / 3);
    expect(report.limiter).toMatchObject({ rate: expect.any(Number), pauses: expect.any(Number) });

    const prom = await call("/v1/metrics?format=prometheus&window=5", { key: ADMIN });
    expect(prom.headers.get("content-type")).toContain("text/plain");
    const text = await prom.text();
    expect(text).toContain('smsledger_sms_parser_path{window="5m",path="template"} 2');
    expect(text).toContain("# TYPE smsledger_limiter_rate gauge");
  });
});
