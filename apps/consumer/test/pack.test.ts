// Many SMS per queue message (docs/scaling.md): ack and retry are per message, yet attempts, deferral,
// poison isolation and dead-lettering stay per job. The waiting jobs of a pack are re-sent (without the
// written ones) with their attempt counts; one that fails its last attempt is dead-lettered alone; the
// others are written once.
import { createExecutionContext, createMessageBatch, getQueueResult } from "cloudflare:test";
import { QUEUE_MAX_RETRIES } from "@smsledger/config";
import { enqueueJobs, type SmsJob } from "@smsledger/core";
import { createDb, listEvents } from "@smsledger/db";
import { describe, expect, inject, it } from "vitest";
import worker from "../src/index";
import { clearTemplateCache } from "../src/templates/store";
import { envWith, job, recordQueued, testEnv, upiDebits } from "./helpers";
import { ZENITH_CASES, ZENITH_SENDER, zenith } from "./zenith";

const SMS = 100;

/** Distinct UPI debits of a new user, recorded as the API does; those at `poisonAt` carry the poison marker. */
async function queuedJobs(count: number, poisonAt: number[] = []): Promise<{ user: string; jobs: SmsJob[] }> {
  const user = `usr_${crypto.randomUUID()}`;
  const jobs = upiDebits(user, count, { idPrefix: "p", firstAmount: 2_000, refBase: 6_100_000_000, poisonAt });
  for (const j of jobs) await recordQueued(j);
  return { user, jobs };
}

interface Row {
  id: string;
  state: string;
  attempts: number;
  error: string | null;
  events: number;
  txs: number;
}

/** Each SMS of the user: state, attempts, error, audit events after acceptance, transactions. */
async function smsRows(user: string): Promise<Row[]> {
  const rows = await testEnv.DB.prepare(
    `SELECT s.id, s.state, s.attempts, s.error,
       (SELECT COUNT(*) FROM transactions t WHERE t.user_id = s.user_id AND t.sms_id = s.id) AS txs
     FROM sms s WHERE s.user_id = ? ORDER BY s.id`,
  )
    .bind(user)
    .all<Omit<Row, "events">>();
  const db = createDb(testEnv.DB);
  const trails = await Promise.all(rows.results.map((r) => listEvents(db, user, r.id)));
  return rows.results.map((r, i) => ({ ...r, events: (trails[i]?.length ?? 1) - 1 }));
}

/** Polls until `done` holds for the user's rows (the real queue works in the background). */
async function rowsWhen(user: string, done: (rows: Row[]) => boolean, ms = 50_000): Promise<Row[]> {
  const deadline = Date.now() + ms;
  let rows = await smsRows(user);
  while (!done(rows) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    rows = await smsRows(user);
  }
  return rows;
}

/** Delivers one message carrying `jobs` as a pack; returns what the handler acked and retried. */
async function deliverPack(jobs: SmsJob[], attempts: number, env = envWith({})) {
  const batch = createMessageBatch("smsledger-sms", [
    { id: `pack-${crypto.randomUUID()}`, timestamp: new Date(), attempts, body: { pack: jobs } },
  ]);
  await worker.queue(batch, env);
  return getQueueResult(batch, createExecutionContext());
}

const stored = { state: "parsed", error: null, events: 1, txs: 1 };

describe("100 SMS packed through the real queue", () => {
  it("stores the 99 once on the first delivery; the poison alone is retried, then dead-lettered after its last attempt", async () => {
    // The test Worker's FAULTS (vitest.config.ts) include poison=1; RETRY_BASE_SECONDS is 0.
    const { user, jobs } = await queuedJobs(SMS, [42]);
    await enqueueJobs(testEnv.SMS_QUEUE, jobs);
    const rows = await rowsWhen(user, (r) => r.every((x) => x.state !== "queued"));

    const poison = jobs[42] as SmsJob;
    const good = rows.filter((r) => r.id !== poison.sms_id);
    expect(good).toHaveLength(SMS - 1);
    for (const row of good) expect(row).toEqual({ id: row.id, attempts: 1, ...stored });
    // Its attempts are the job's own across the pack and the messages it was re-sent in: max_retries + 1.
    const attempts = QUEUE_MAX_RETRIES + 1;
    expect(rows.find((r) => r.id === poison.sms_id)).toEqual({
      id: poison.sms_id,
      state: "dead_lettered",
      attempts,
      error: "injected fault: poison",
      events: 1,
      txs: 0,
    });
    const letters = await testEnv.DB.prepare("SELECT sms_id, status, attempts FROM dead_letters WHERE user_id = ?")
      .bind(user)
      .all();
    expect(letters.results).toEqual([{ sms_id: poison.sms_id, status: "open", attempts }]);
  }, 60_000);
});

describe("one delivery of a pack", () => {
  it("acks the pack and re-sends only the poison, with its attempt count", async () => {
    const { user, jobs } = await queuedJobs(10, [3]);
    const result = await deliverPack(jobs, 1, envWith({ FAULTS: "poison=1" }));
    expect(result.retryMessages).toEqual([]);
    expect(result.explicitAcks).toHaveLength(1);
    const rows = await smsRows(user);
    const poison = rows.find((r) => r.id === jobs[3]?.sms_id);
    // Recorded at this failure; the re-sent message (the real queue) carries on from attempt 2.
    expect(poison?.error).toBe("injected fault: poison");
    expect(rows.filter((r) => r.state === "parsed")).toHaveLength(9);
    const after = await rowsWhen(user, (r) => r.every((x) => x.state !== "queued"));
    expect(after.find((r) => r.id === jobs[3]?.sms_id)).toMatchObject({
      state: "dead_lettered",
      attempts: QUEUE_MAX_RETRIES + 1,
    });
  }, 60_000);

  it("gives the whole pack back when every job fails (an outage): one retry, no re-sends", async () => {
    const { user, jobs } = await queuedJobs(20);
    const result = await deliverPack(jobs, 3, envWith({ FAULTS: "d1_fail=1" }));
    expect(result.explicitAcks).toEqual([]);
    expect(result.retryMessages).toHaveLength(1);
    const rows = await smsRows(user);
    expect(rows.every((r) => r.state === "queued" && r.attempts === 3 && r.error === "injected fault: d1Fail")).toBe(
      true,
    );
  });

  it("on the pack's last attempt, writes the good jobs and dead-letters the poison itself", async () => {
    const { user, jobs } = await queuedJobs(8, [5]);
    const last = QUEUE_MAX_RETRIES + 1;
    const result = await deliverPack(jobs, last, envWith({ FAULTS: "poison=1" }));
    expect(result.retryMessages).toEqual([]);
    expect(result.explicitAcks).toHaveLength(1);
    const rows = await smsRows(user);
    expect(rows.filter((r) => r.state === "parsed")).toHaveLength(7);
    expect(rows.find((r) => r.id === jobs[5]?.sms_id)).toMatchObject({ state: "dead_lettered", attempts: last });
  });

  it("a job waiting for the upstream is re-sent; the readable ones are written now", async () => {
    const llmUrl = inject("fakeLlmUrl");
    const admin = (path: string, body: unknown) =>
      fetch(`${llmUrl.replace(/\/v1$/, "")}${path}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
    clearTemplateCache();
    const { keys } = await testEnv.TEMPLATES.list({ prefix: "tpl:" });
    await Promise.all(keys.map((k) => testEnv.TEMPLATES.delete(k.name)));
    await admin("/admin/config", { down: true });
    try {
      // Messages the rules settle on their own (no money in them): they never wait for the upstream.
      const user = `usr_${crypto.randomUUID()}`;
      const known = [0, 1, 2].map((i) =>
        job(
          user,
          `k${i}`,
          "AD-DLVRYS",
          `Your order ${4_821 + i} from Fresh Basket is out for delivery. Track it in the app.`,
        ),
      );
      for (const j of known) await recordQueued(j);
      const c = ZENITH_CASES[0] as (typeof ZENITH_CASES)[number];
      const unknown = job(user, "z0", ZENITH_SENDER, zenith(c.amount, c.payee, c.ref, c.day));
      await recordQueued(unknown);
      const env = envWith({
        UPSTREAM_URL: llmUrl,
        UPSTREAM_MODEL: "fake-llm",
        UPSTREAM_MAX_RPS: "50",
        UPSTREAM_INITIAL_RPS: "50",
      });
      const result = await deliverPack([...known, unknown], 2, env);
      expect(result.retryMessages).toEqual([]);
      expect(result.explicitAcks).toHaveLength(1);
      const rows = await smsRows(user);
      expect(rows.filter((r) => r.state === "not_financial").map((r) => r.attempts)).toEqual([2, 2, 2]);
      expect(rows.find((r) => r.id === "z0")?.state).toBe("queued");
      // The re-sent job reaches the test Worker's consumer (no upstream configured there: review), as delivery 3.
      const after = await rowsWhen(user, (r) => r.every((x) => x.state !== "queued"));
      expect(after.find((r) => r.id === "z0")).toMatchObject({ state: "needs_review", attempts: 3 });
    } finally {
      await admin("/admin/config", { down: false });
    }
  }, 60_000);
});

describe("the dead-letter queue", () => {
  it("records every job of a dead-lettered pack, with the job's attempts", async () => {
    const { user, jobs } = await queuedJobs(5);
    const body = { pack: jobs.map((j, i) => ({ ...j, prior_attempts: i })) };
    const batch = createMessageBatch("smsledger-sms-dlq", [
      { id: `dlq-${crypto.randomUUID()}`, timestamp: new Date(), attempts: 1, body },
    ]);
    await worker.queue(batch, envWith({}));
    const result = await getQueueResult(batch, createExecutionContext());
    expect(result.explicitAcks).toHaveLength(1);
    const letters = await testEnv.DB.prepare(
      "SELECT sms_id, attempts FROM dead_letters WHERE user_id = ? ORDER BY sms_id",
    )
      .bind(user)
      .all();
    expect(letters.results).toEqual(jobs.map((j, i) => ({ sms_id: j.sms_id, attempts: i + 1 })));
    expect((await smsRows(user)).every((r) => r.state === "dead_lettered")).toBe(true);
  });
});
