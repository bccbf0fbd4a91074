// A message that fails on every attempt (made so by the `poison` fault: its body carries POISON_MARKER)
// must not take its batch with it: the other messages are stored and acked at once, and only the poison
// is retried, then dead-lettered alone with its error.
import { createExecutionContext, createMessageBatch, getQueueResult } from "cloudflare:test";
import { QUEUE_MAX_RETRIES } from "@smsledger/config";
import type { SmsJob } from "@smsledger/core";
import { createDb, listEvents } from "@smsledger/db";
import { describe, expect, it } from "vitest";
import worker from "../src/index";
import { envWith, recordQueued, testEnv, upiDebits } from "./helpers";

const BATCH = 100;

/** 100 distinct UPI debits of one user; the one at `poisonAt` carries the poison marker. */
async function batchWithPoison(poisonAt: number): Promise<{ user: string; jobs: SmsJob[]; poison: SmsJob }> {
  const user = `usr_${crypto.randomUUID()}`;
  const jobs = upiDebits(user, BATCH, {
    idPrefix: "s",
    firstAmount: 1_000,
    refBase: 5_100_000_000,
    poisonAt: [poisonAt],
  });
  for (const j of jobs) await recordQueued(j);
  return { user, jobs, poison: jobs[poisonAt] as SmsJob };
}

async function smsRows(user: string) {
  const rows = await testEnv.DB.prepare(
    `SELECT s.id, s.state, s.attempts, s.error,
       (SELECT COUNT(*) FROM transactions t WHERE t.user_id = s.user_id AND t.sms_id = s.id) AS txs
     FROM sms s WHERE s.user_id = ? ORDER BY s.id`,
  )
    .bind(user)
    .all<{ id: string; state: string; attempts: number; error: string | null; txs: number }>();
  // events: the audit trail's state changes after acceptance (its first event is `queued`).
  const db = createDb(testEnv.DB);
  const trails = await Promise.all(rows.results.map((r) => listEvents(db, user, r.id)));
  return rows.results.map(({ txs, ...r }, i) => ({ ...r, events: (trails[i]?.length ?? 1) - 1, txs }));
}

describe("a poison message in a batch of 100", () => {
  for (const poisonAt of [0, 37, 99]) {
    it(`stores and acks the other 99 in the same delivery, and retries only the poison (at ${poisonAt})`, async () => {
      const { user, jobs, poison } = await batchWithPoison(poisonAt);
      const queue = `smsledger-sms-poison-${crypto.randomUUID()}`;
      const batch = createMessageBatch(
        queue,
        jobs.map((body) => ({ id: `msg-${body.sms_id}`, timestamp: new Date(), attempts: 1, body })),
      );
      await worker.queue(batch, envWith({ FAULTS: "poison=1" }));
      const result = await getQueueResult(batch, createExecutionContext());

      expect(result.ackAll).toBe(false);
      expect(result.retryBatch.retry).toBe(false);
      expect([...result.explicitAcks].sort()).toEqual(jobs.filter((j) => j !== poison).map((j) => `msg-${j.sms_id}`));
      expect(result.retryMessages.map((m) => m.msgId)).toEqual([`msg-${poison.sms_id}`]);

      const rows = await smsRows(user);
      const good = rows.filter((r) => r.id !== poison.sms_id);
      expect(good).toHaveLength(99);
      // Each good SMS written exactly once: one state, one transaction, one audit event.
      for (const row of good)
        expect(row).toEqual({ id: row.id, state: "parsed", attempts: 1, error: null, events: 1, txs: 1 });
      expect(rows.find((r) => r.id === poison.sms_id)).toEqual({
        id: poison.sms_id,
        state: "queued",
        attempts: 1,
        error: "injected fault: poison",
        events: 0,
        txs: 0,
      });

      // Bisection: the good messages were written in at most ceil(log2 100) = 7 parts, one metrics row each.
      const parts = await testEnv.DB.prepare("SELECT messages FROM batch_metrics WHERE queue = ?")
        .bind(queue)
        .all<{ messages: number }>();
      expect(parts.results.reduce((sum, r) => sum + r.messages, 0)).toBe(99);
      expect(parts.results.length).toBeLessThanOrEqual(Math.ceil(Math.log2(BATCH)));
    });
  }

  it("gives the whole batch back, after a bounded number of tries, when every write fails (an outage)", async () => {
    const { user, jobs } = await batchWithPoison(-1);
    const queue = `smsledger-sms-outage-${crypto.randomUUID()}`;
    const messages = jobs.map((body) => ({ id: `msg-${body.sms_id}`, timestamp: new Date(), attempts: 2, body }));
    const batch = createMessageBatch(queue, messages);
    await worker.queue(batch, envWith({ FAULTS: "d1_fail=1" }));
    const result = await getQueueResult(batch, createExecutionContext());
    expect(result.explicitAcks).toEqual([]);
    expect(result.retryMessages).toHaveLength(BATCH);
    const rows = await smsRows(user);
    expect(rows.every((r) => r.state === "queued" && r.error === "injected fault: d1Fail" && r.attempts === 2)).toBe(
      true,
    );
  });
});

describe("a poison message through the real queue", () => {
  it("is retried alone until max_retries, then dead-lettered alone with its error; the 99 are stored once", async () => {
    // The test Worker's FAULTS (vitest.config.ts) include poison=1; RETRY_BASE_SECONDS is 0, so retries follow at once.
    const { user, jobs, poison } = await batchWithPoison(42);
    await testEnv.SMS_QUEUE.sendBatch(jobs.map((body) => ({ body })));

    const deadline = Date.now() + 50_000;
    let rows = await smsRows(user);
    while (rows.some((r) => r.state === "queued") && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      rows = await smsRows(user);
    }

    const good = rows.filter((r) => r.id !== poison.sms_id);
    expect(good).toHaveLength(99);
    // Stored on their first delivery, written once: never retried.
    for (const row of good)
      expect(row).toEqual({ id: row.id, state: "parsed", attempts: 1, error: null, events: 1, txs: 1 });

    // The poison: delivered exactly max_retries + 1 times (its attempt count is recorded on every failure).
    const attempts = QUEUE_MAX_RETRIES + 1;
    expect(rows.find((r) => r.id === poison.sms_id)).toEqual({
      id: poison.sms_id,
      state: "dead_lettered",
      attempts,
      error: "injected fault: poison",
      events: 1,
      txs: 0,
    });
    const letters = await testEnv.DB.prepare(
      "SELECT sms_id, status, last_error, attempts FROM dead_letters WHERE user_id = ?",
    )
      .bind(user)
      .all();
    expect(letters.results).toEqual([
      { sms_id: poison.sms_id, status: "open", last_error: "injected fault: poison", attempts },
    ]);
  }, 60_000);
});
