// One upstream call per new format whatever the load: while one batch asks the upstream about a format (holding
// the format's lease in the RateLimiter Durable Object), other batches' messages of it go back to the queue and
// read the recipe the answer taught. Real KV, Durable Object and D1; the fake upstream counts the calls.
import { describe, expect, inject, it } from "vitest";
import { clearTemplateCache } from "../src/templates/store";
import { deliver, envWith, job, recordQueued, testEnv } from "./helpers";
import { deliverUntilAcked } from "./redeliver";
import { ZENITH_CASES, ZENITH_SENDER, zenith } from "./zenith";

const llmUrl = inject("fakeLlmUrl");
const admin = (path: string, body?: unknown) =>
  fetch(
    `${llmUrl.replace(/\/v1$/, "")}${path}`,
    body ? { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) } : {},
  );
const upstreamRequests = async () => ((await (await admin("/admin/stats")).json()) as { requests: number }).requests;
const withUpstream = () =>
  envWith({
    UPSTREAM_URL: llmUrl,
    UPSTREAM_MODEL: "fake-llm",
    UPSTREAM_MAX_RPS: "50",
    UPSTREAM_INITIAL_RPS: "50",
  });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function forgetTemplates(): Promise<void> {
  clearTemplateCache();
  const { keys } = await testEnv.TEMPLATES.list({ prefix: "tpl:" });
  await Promise.all(keys.map((k) => testEnv.TEMPLATES.delete(k.name)));
}

async function queued(user: string, cases: typeof ZENITH_CASES, prefix: string) {
  const jobs = cases.map((c, i) => job(user, `${prefix}${i}`, ZENITH_SENDER, zenith(c.amount, c.payee, c.ref, c.day)));
  for (const j of jobs) await recordQueued(j);
  return jobs;
}

/** Waits until the fake upstream received `n` more requests than `before` (a batch is asking, holding its lease). */
async function untilAsked(before: number, n: number): Promise<void> {
  for (let i = 0; i < 200 && (await upstreamRequests()) - before < n; i++) await sleep(25);
}

const rows = async (user: string) =>
  (
    await testEnv.DB.prepare(
      `SELECT s.id, s.state, (SELECT COUNT(*) FROM transactions t WHERE t.user_id = s.user_id AND t.sms_id = s.id) AS txs,
         (SELECT MIN(t.parser) FROM transactions t WHERE t.user_id = s.user_id AND t.sms_id = s.id) AS parser
       FROM sms s WHERE s.user_id = ? ORDER BY s.id`,
    )
      .bind(user)
      .all<{ id: string; state: string; txs: number; parser: string | null }>()
  ).results;

/** The upstream answers slowly (as under load) while `body` runs. */
async function slowUpstream<T>(body: () => Promise<T>): Promise<T> {
  await admin("/admin/config", { down: false, capacity: null, latencyMs: 1_500 });
  try {
    return await body();
  } finally {
    await admin("/admin/config", { latencyMs: 0 });
  }
}

describe("single-flight of upstream questions per format (RateLimiter Durable Object)", () => {
  it("two batches of one new format arriving concurrently cause one upstream call", async () => {
    await forgetTemplates();
    const user = `usr_${crypto.randomUUID()}`;
    const first = await queued(user, ZENITH_CASES.slice(0, 2), "a");
    const second = await queued(user, ZENITH_CASES.slice(2, 4), "b");
    const before = await upstreamRequests();
    await slowUpstream(async () => {
      const asking = deliver(first, { env: withUpstream() });
      await untilAsked(before, 1);
      const waiting = await deliver(second, { env: withUpstream() });
      // The second batch does not ask: its messages go back to the queue while the first batch's call runs.
      expect(waiting.explicitAcks).toEqual([]);
      expect(waiting.retryMessages).toHaveLength(2);
      expect((await asking).explicitAcks).toHaveLength(2);
    });
    expect((await upstreamRequests()) - before).toBe(1);
    // Delivered again, as the queue would: read by the recipe the first batch's answer taught.
    await deliverUntilAcked(second, withUpstream());
    expect((await upstreamRequests()) - before).toBe(1);
    const stored = await rows(user);
    expect(stored.map((r) => [r.id, r.state, r.txs])).toEqual([
      ["a0", "parsed", 1],
      ["a1", "parsed", 1],
      ["b0", "parsed", 1],
      ["b1", "parsed", 1],
    ]);
    expect(stored.map((r) => r.parser?.split(":")[0])).toEqual(["llm", "template", "template", "template"]);
  });

  // RECIPE_SHARE_MIN_USERS (2) users ask at once, the answers that must agree, and the others wait; with the rules'
  // check one user asks, since the answer may read the others' SMS. The rules are unsure of this format, so a second
  // user asks once the first answer is in, and the two answers agree.
  it.each([
    ["0", 2],
    ["1", 1],
  ])(
    "a slow upstream does not multiply calls (RECIPE_RULES_CHECK=%s): the others wait and read it shared",
    async (check, askers) => {
      await forgetTemplates();
      const env = () => envWith({ ...withUpstream(), RECIPE_RULES_CHECK: check });
      const users = Array.from({ length: 4 }, () => `usr_${crypto.randomUUID()}`);
      const batches = await Promise.all(users.map((u, i) => queued(u, ZENITH_CASES.slice(i, i + 1), "s")));
      const before = await upstreamRequests();
      const results = await slowUpstream(() => Promise.all(batches.map((b) => deliver(b, { env: env() }))));
      expect((await upstreamRequests()) - before).toBe(askers);
      expect(results.map((r) => r.retryMessages.length).sort()).toEqual(askers === 2 ? [0, 0, 1, 1] : [0, 1, 1, 1]);
      for (const [i, r] of results.entries())
        if (r.retryMessages.length > 0) await deliverUntilAcked(batches[i] as never, env());
      expect((await upstreamRequests()) - before).toBe(2);
      const stored = await Promise.all(users.map(rows));
      expect(stored.flat().map((r) => [r.state, r.txs])).toEqual(users.map(() => ["parsed", 1]));
      expect(stored.flat().filter((r) => r.parser?.startsWith("template:"))).toHaveLength(2);
    },
  );
});
