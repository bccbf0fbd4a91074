import { evictDurableObject, runInDurableObject } from "cloudflare:test";
import { describe, expect, inject, it } from "vitest";
import { fingerprint, parseSms, stateOf } from "@smsledger/core";
import type { RateLimiter } from "../src/limiter/rate-limiter";
import { clearTemplateCache } from "../src/templates/store";
import { deliver, envWith, job, recordQueued, testEnv } from "./helpers";
import { deliverUntilAcked } from "./redeliver";
import { CUT_BODY, CUT_SENDER, ZENITH_CASES, ZENITH_SENDER, zenith } from "./zenith";

const llmUrl = inject("fakeLlmUrl");
const admin = (path: string, body?: unknown) =>
  fetch(
    `${llmUrl.replace(/\/v1$/, "")}${path}`,
    body ? { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) } : {},
  );
const upstreamRequests = async () => ((await (await admin("/admin/stats")).json()) as { requests: number }).requests;
const withUpstream = (vars = {}) =>
  envWith({
    UPSTREAM_URL: llmUrl,
    UPSTREAM_MODEL: "fake-llm",
    UPSTREAM_MAX_RPS: "50",
    UPSTREAM_INITIAL_RPS: "50",
    ...vars,
  });

/** Forgets every learned template, in KV and in this isolate. */
async function forgetTemplates(): Promise<void> {
  clearTemplateCache();
  const { keys } = await testEnv.TEMPLATES.list({ prefix: "tpl:" });
  await Promise.all(keys.map((k) => testEnv.TEMPLATES.delete(k.name)));
}

const templateHits = async () =>
  (await testEnv.DB.prepare("SELECT COALESCE(SUM(template_hits), 0) AS n FROM batch_metrics").first<{ n: number }>())
    ?.n ?? 0;

async function queued(user: string, cases: typeof ZENITH_CASES, prefix = "z") {
  const jobs = cases.map((c, i) => job(user, `${prefix}${i}`, ZENITH_SENDER, zenith(c.amount, c.payee, c.ref, c.day)));
  for (const j of jobs) await recordQueued(j);
  return jobs;
}

const ledger = async (user: string) =>
  (
    await testEnv.DB.prepare(
      "SELECT sms_id, amount_minor, counterparty, reference, parser FROM transactions WHERE user_id = ? ORDER BY sms_id",
    )
      .bind(user)
      .all<{
        sms_id: string;
        amount_minor: number;
        counterparty: string;
        reference: string;
        parser: string;
      }>()
  ).results;

describe("formats the rules cannot read", () => {
  it("are really unknown to the rule parser (precondition of these tests)", () => {
    for (const c of ZENITH_CASES) {
      const body = zenith(c.amount, c.payee, c.ref, c.day);
      expect(stateOf(parseSms({ sender: ZENITH_SENDER, body, received_at: "2026-11-12T10:00:00+05:30" }), body)).toBe(
        "needs_review",
      );
    }
    const fps = new Set(ZENITH_CASES.map((c) => fingerprint(ZENITH_SENDER, zenith(c.amount, c.payee, c.ref, c.day))));
    expect(fps.size).toBe(1);
  });

  it("ask the upstream once per format, then re-extract each message's own values with the learned template", async () => {
    await forgetTemplates();
    await admin("/admin/config", { down: false, capacity: null });
    const user = `usr_${crypto.randomUUID()}`;
    const before = await upstreamRequests();
    const hitsBefore = await templateHits();
    const jobs = await queued(user, ZENITH_CASES.slice(0, 3));
    const first = await deliver(jobs, { env: withUpstream() });
    expect(first.explicitAcks).toHaveLength(3);
    expect((await upstreamRequests()) - before).toBe(1);
    // The metric counts every message a template read, same-batch followers of the upstream answer included.
    expect((await templateHits()) - hitsBefore).toBe(2);

    const rows = await ledger(user);
    expect(rows.map((r) => [r.amount_minor, r.counterparty, r.reference])).toEqual([
      [421050, "ACME TRADERS", "ZX99812"],
      [9900, "BOLT CABS", "ZX10001"],
      [11500000, "SHREE RENTALS", "ZX20002"],
    ]);
    expect(rows.filter((r) => r.parser.startsWith("llm:"))).toHaveLength(1);
    expect(rows.filter((r) => r.parser.startsWith("template:"))).toHaveLength(2);
    const stored = await testEnv.TEMPLATES.list({ prefix: "tpl:" });
    expect(stored.keys.length).toBeGreaterThan(0);

    // A later batch of the same user and format, in a fresh isolate cache: read from KV, no upstream call.
    clearTemplateCache();
    const later = await queued(user, ZENITH_CASES.slice(3), "later");
    const second = await deliver(later, { env: withUpstream() });
    expect(second.explicitAcks).toHaveLength(2);
    expect((await upstreamRequests()) - before).toBe(1);
    expect(
      (await ledger(user))
        .filter((r) => r.sms_id.startsWith("later"))
        .map((r) => [r.amount_minor, r.counterparty, r.parser.split(":")[0]]),
    ).toEqual([
      [1225, "TEA POINT", "template"],
      [64000, "CITY PHARMA", "template"],
    ]);

    // Another user's SMS of the format are not read with this user's recipe: their first one asks the upstream.
    clearTemplateCache();
    const other = await queued(`${user}-2`, ZENITH_CASES.slice(3));
    await deliverUntilAcked(other, withUpstream());
    expect((await upstreamRequests()) - before).toBe(2);
    expect((await ledger(`${user}-2`)).map((r) => r.parser.split(":")[0])).toEqual(["llm", "template"]);

    // Two users' answers agreed: the recipe is shared, and a third user is read without an upstream call.
    clearTemplateCache();
    const third = await queued(`${user}-3`, ZENITH_CASES.slice(0, 2));
    await deliverUntilAcked(third, withUpstream());
    expect((await upstreamRequests()) - before).toBe(2);
    expect((await ledger(`${user}-3`)).map((r) => [r.amount_minor, r.parser.split(":")[0]])).toEqual([
      [421050, "template"],
      [9900, "template"],
    ]);
  });

  it("are stored as needs_review when no upstream is configured", async () => {
    await forgetTemplates();
    const user = `usr_${crypto.randomUUID()}`;
    const jobs = await queued(user, ZENITH_CASES.slice(0, 2));
    const result = await deliver(jobs);
    expect(result.explicitAcks).toHaveLength(2);
    const states = await testEnv.DB.prepare("SELECT state FROM sms WHERE user_id = ?").bind(user).all();
    expect(states.results).toEqual([{ state: "needs_review" }, { state: "needs_review" }]);
    expect(await ledger(user)).toEqual([]);
  });

  it("a money answer that cannot be grounded sends an SMS the rules call not financial to review, never drops it", async () => {
    await forgetTemplates();
    await admin("/admin/config", { down: false, capacity: null });
    const received_at = "2026-11-12T10:00:00+05:30";
    expect(stateOf(parseSms({ sender: CUT_SENDER, body: CUT_BODY, received_at }), CUT_BODY, CUT_SENDER)).toBe(
      "not_financial",
    );
    const user = `usr_${crypto.randomUUID()}`;
    const asked = job(user, "cut0", CUT_SENDER, CUT_BODY);
    await recordQueued(asked);
    // A message given back while it waits for an upstream permit is delivered again, as the queue would; it must
    // be settled by the upstream's answer, before the last attempt (which stores any SMS as needs_review).
    const deliveries = await deliverUntilAcked([asked], withUpstream());
    expect(deliveries).toBeLessThan(11);
    const state = async (id: string) => {
      const row = testEnv.DB.prepare("SELECT state FROM sms WHERE user_id = ? AND id = ?").bind(user, id);
      return (await row.first<{ state: string }>())?.state;
    };
    expect(await state("cut0")).toBe("needs_review");
    expect(await ledger(user)).toEqual([]);
    // Without an upstream the rules' verdict stands.
    const alone = job(user, "cut1", CUT_SENDER, CUT_BODY);
    await recordQueued(alone);
    await deliver([alone]);
    expect(await state("cut1")).toBe("not_financial");
  });

  it("go back to the queue while the upstream is down, and to needs_review on the last attempt", async () => {
    await forgetTemplates();
    await admin("/admin/config", { down: true });
    try {
      const user = `usr_${crypto.randomUUID()}`;
      const jobs = await queued(user, ZENITH_CASES.slice(0, 2));
      const retried = await deliver(jobs, { env: withUpstream(), attempts: 2 });
      expect(retried.explicitAcks).toEqual([]);
      expect(retried.retryMessages).toHaveLength(2);
      const states = await testEnv.DB.prepare("SELECT state FROM sms WHERE user_id = ?").bind(user).all();
      expect(states.results).toEqual([{ state: "queued" }, { state: "queued" }]);

      const last = await deliver(jobs, { env: withUpstream(), attempts: 11 });
      expect(last.explicitAcks).toHaveLength(2);
      const after = await testEnv.DB.prepare("SELECT state FROM sms WHERE user_id = ?").bind(user).all();
      expect(after.results).toEqual([{ state: "needs_review" }, { state: "needs_review" }]);
    } finally {
      await admin("/admin/config", { down: false });
    }
  });
});

describe("RateLimiter Durable Object", () => {
  it("grants permits from its bucket, pauses on Retry-After, and keeps its state across restarts", async () => {
    const namespace = testEnv.RATE_LIMITER as unknown as DurableObjectNamespace<RateLimiter>;
    const stub = namespace.get(namespace.idFromName("limiter-under-test"));
    const first = await stub.acquire(1000);
    expect(first.granted).toBeGreaterThan(0);
    expect(first.granted).toBeLessThan(1000);
    expect(first.retryAfterMs).toBeGreaterThan(0);

    await stub.report({ ok: 0, slow: 0, rateLimited: 1, serverErrors: 0, timeouts: 0, retryAfterMs: 30_000 });
    const paused = await stub.acquire(1);
    expect(paused.granted).toBe(0);
    expect(paused.retryAfterMs).toBeGreaterThan(25_000);

    const before = await stub.snapshot();
    expect(before.pauses).toBeGreaterThanOrEqual(1);
    await evictDurableObject(stub);
    const after = await namespace.get(namespace.idFromName("limiter-under-test")).snapshot();
    expect(after.pausedUntil).toBe(before.pausedUntil);
    expect(after.rate).toBe(before.rate);
    const stored = await runInDurableObject(stub as DurableObjectStub<RateLimiter>, (_instance, state) =>
      state.storage.get("state"),
    );
    expect(stored).toMatchObject({ pausedUntil: before.pausedUntil });
  });
});
