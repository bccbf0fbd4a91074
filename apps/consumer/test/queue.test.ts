import { createExecutionContext, createMessageBatch, getQueueResult } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { correctTransaction, createDb } from "@smsledger/db";
import worker from "../src/index";
import { envWith, job, recordQueued, testEnv } from "./helpers";

async function deliver(jobs: unknown[], queue = "smsledger-sms", attempts = 1) {
  const batch = createMessageBatch(
    queue,
    jobs.map((body, i) => ({ id: `m${i}-${crypto.randomUUID()}`, timestamp: new Date(), attempts, body })),
  );
  const ctx = createExecutionContext();
  await worker.queue(batch, envWith({}));
  return getQueueResult(batch, ctx);
}

const debit =
  "Rs.1,250.00 debited from A/c XX4321 on 12-11-26 to VPA swiggy@axisbank (UPI Ref No 431298765432) - HDFC Bank";
const credit = "ICICI Bank Acct XX7788 credited with Rs 45,000.00 on 12-Nov-26 by NEFT from ACME PAYROLL.";
const otp = "482913 is your OTP for a transaction of Rs 2,000.00 at AMAZON. Do not share it with anyone - SBI";

describe("queue consumer", () => {
  it("parses a batch, writes transactions and states to D1, and acks every message", async () => {
    const user = `usr_${crypto.randomUUID()}`;
    const jobs = [
      job(user, "s1", "VM-HDFCBK-S", debit),
      job(user, "s2", "AD-ICICIB-S", credit),
      job(user, "s3", "VM-SBIOTP-S", otp),
    ];
    for (const j of jobs) await recordQueued(j);

    const result = await deliver(jobs);
    expect(result.explicitAcks).toHaveLength(3);
    expect(result.retryMessages).toHaveLength(0);

    const txs = await testEnv.DB.prepare(
      "SELECT sms_id, direction, amount_minor, currency, account FROM transactions WHERE user_id = ? ORDER BY sms_id",
    )
      .bind(user)
      .all();
    expect(txs.results).toEqual([
      { sms_id: "s1", direction: "debit", amount_minor: 125000, currency: "INR", account: "4321" },
      { sms_id: "s2", direction: "credit", amount_minor: 4500000, currency: "INR", account: "7788" },
    ]);
    const states = await testEnv.DB.prepare("SELECT id, state FROM sms WHERE user_id = ? ORDER BY id").bind(user).all();
    expect(states.results).toEqual([
      { id: "s1", state: "parsed" },
      { id: "s2", state: "parsed" },
      { id: "s3", state: "not_financial" },
    ]);
  });

  it("adds nothing when a message is redelivered", async () => {
    const user = `usr_${crypto.randomUUID()}`;
    const j = job(user, "s1", "VM-HDFCBK-S", debit);
    await recordQueued(j);
    await deliver([j]);
    await deliver([j], "smsledger-sms", 2);
    await deliver([j, j], "smsledger-sms", 3);
    const count = await testEnv.DB.prepare("SELECT COUNT(*) AS n FROM transactions WHERE user_id = ?")
      .bind(user)
      .first<{ n: number }>();
    expect(count?.n).toBe(1);
  });

  it("keeps a user's correction when the SMS is processed again", async () => {
    const user = `usr_${crypto.randomUUID()}`;
    const j = job(user, "c1", "VM-HDFCBK-S", debit);
    await recordQueued(j);
    await deliver([j]);
    const tx = await testEnv.DB.prepare("SELECT id FROM transactions WHERE user_id = ?")
      .bind(user)
      .first<{ id: string }>();
    const patch = { category: "groceries" as const, counterparty: "Corner Shop" };
    await correctTransaction(createDb(testEnv.DB), user, tx?.id as string, patch, 1);
    await deliver([j], "smsledger-sms", 2);
    const row = await testEnv.DB.prepare(
      "SELECT category, user_category, user_counterparty FROM transactions WHERE user_id = ?",
    )
      .bind(user)
      .first();
    expect(row).toMatchObject({ user_category: "groceries", user_counterparty: "Corner Shop" });
  });

  it("writes no transaction for an SMS whose record was withdrawn", async () => {
    const user = `usr_${crypto.randomUUID()}`;
    const result = await deliver([job(user, "gone", "VM-HDFCBK-S", debit)]);
    expect(result.explicitAcks).toHaveLength(1);
    const count = await testEnv.DB.prepare("SELECT COUNT(*) AS n FROM transactions WHERE user_id = ?")
      .bind(user)
      .first<{ n: number }>();
    expect(count?.n).toBe(0);
  });

  it("acks a malformed message instead of retrying it forever", async () => {
    const result = await deliver([{ not: "a job" }]);
    expect(result.explicitAcks).toHaveLength(1);
  });

  it("retries a failed batch instead of acking it and records the last error", async () => {
    const user = `usr_${crypto.randomUUID()}`;
    const j = job(user, "r1", "VM-HDFCBK-S", debit);
    await recordQueued(j);
    const faulty = envWith({ FAULTS: "d1_fail=1", RETRY_BASE_SECONDS: "4", RETRY_MAX_SECONDS: "1000" });
    const batch = createMessageBatch("smsledger-sms", [{ id: "r1-msg", timestamp: new Date(), attempts: 3, body: j }]);
    await worker.queue(batch, faulty);
    const result = await getQueueResult(batch, createExecutionContext());
    expect(result.explicitAcks).toEqual([]);
    expect(result.retryMessages).toHaveLength(1);
    expect(result.retryMessages[0]?.msgId).toBe("r1-msg");
    const row = await testEnv.DB.prepare("SELECT state, error, attempts FROM sms WHERE user_id = ? AND id = 'r1'")
      .bind(user)
      .first();
    expect(row).toEqual({ state: "queued", error: "injected fault: d1Fail", attempts: 3 });
  });

  it("never injects faults in production", async () => {
    const user = `usr_${crypto.randomUUID()}`;
    const j = job(user, "p1", "VM-HDFCBK-S", debit);
    await recordQueued(j);
    const prod = envWith({ FAULTS: "d1_fail=1,consumer_throw=1", ENVIRONMENT: "production" });
    const batch = createMessageBatch("smsledger-sms", [{ id: "p1-msg", timestamp: new Date(), attempts: 1, body: j }]);
    await worker.queue(batch, prod);
    expect((await getQueueResult(batch, createExecutionContext())).explicitAcks).toEqual(["p1-msg"]);
  });

  it("records dead letters with their last error, leaving SMS that reached a state alone", async () => {
    const user = `usr_${crypto.randomUUID()}`;
    const stuck = job(user, "dl", "VM-HDFCBK-S", debit);
    const done = job(user, "ok", "VM-HDFCBK-S", debit);
    await recordQueued(stuck);
    await recordQueued(done);
    await deliver([done]);
    await testEnv.DB.prepare("UPDATE sms SET error = 'D1 timeout', attempts = 6 WHERE user_id = ? AND id = 'dl'")
      .bind(user)
      .run();
    const result = await deliver([stuck, done], "smsledger-sms-dlq", 1);
    expect(result.explicitAcks).toHaveLength(2);
    expect(result.retryMessages).toEqual([]);
    const rows = await testEnv.DB.prepare("SELECT id, state FROM sms WHERE user_id = ? ORDER BY id").bind(user).all();
    expect(rows.results).toEqual([
      { id: "dl", state: "dead_lettered" },
      { id: "ok", state: "parsed" },
    ]);
    const letters = await testEnv.DB.prepare(
      "SELECT sms_id, status, last_error, attempts FROM dead_letters WHERE user_id = ?",
    )
      .bind(user)
      .all();
    expect(letters.results).toEqual([{ sms_id: "dl", status: "open", last_error: "D1 timeout", attempts: 6 }]);
    const events = await testEnv.DB.prepare("SELECT state FROM sms_events WHERE user_id = ? AND sms_id = 'dl'")
      .bind(user)
      .all();
    expect(events.results).toEqual([{ state: "dead_lettered" }]);
  });
});
