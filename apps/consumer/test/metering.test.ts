import { createExecutionContext, createMessageBatch, getQueueResult } from "cloudflare:test";
import { afterEach, describe, expect, it, vi } from "vitest";
import { flush, meterD1, meterDurableObjects, meterKv, METER_PREFIX, type MeterCounts } from "@smsledger/db/metering";
import worker from "../src/index";
import { envWith, job, recordQueued, testEnv } from "./helpers";
import { outcome, recordSms, writeBatch, type Alert } from "./ledger-helpers";
import { isRejected, kvRecipeStore, rememberRejection, RECIPE_KEYS } from "@smsledger/core";

/** Runs `work` and returns what the meter lines it printed add up to. */
async function metered(work: () => Promise<unknown>): Promise<{ lines: number; sum: Partial<MeterCounts> }> {
  flush("before"); // drop anything counted earlier in this isolate
  const log = vi.spyOn(console, "log");
  log.mockClear();
  await work();
  const lines = log.mock.calls.map((c) => String(c[0])).filter((l) => l.startsWith(METER_PREFIX));
  log.mockRestore();
  const sum: Record<string, number> = {};
  for (const line of lines) {
    const { worker: _w, ...units } = JSON.parse(line.slice(METER_PREFIX.length)) as Record<string, number | string>;
    for (const [k, v] of Object.entries(units)) sum[k] = (sum[k] ?? 0) + Number(v);
  }
  return { lines: lines.length, sum };
}

afterEach(() => vi.restoreAllMocks());

const debit =
  "Rs.2,310.00 debited from A/c XX5522 on 14-11-26 to VPA dosa.corner@okaxis (UPI Ref No 530187264511) - HDFC Bank";
const otp = "771204 is your OTP for a payment of Rs 900.00 at MEGAMART. Never share it - SBI";

describe("billable units metering (METER=1, bench only)", () => {
  it("counts one invocation, a queue read and delete per message, and D1 rows from every statement", async () => {
    const user = `usr_${crypto.randomUUID()}`;
    const jobs = [job(user, "m1", "VM-HDFCBK-S", debit), job(user, "m2", "VM-SBIOTP-S", otp)];
    for (const j of jobs) await recordQueued(j);
    const messages = jobs.map((body, i) => ({ id: `x${i}-${user}`, timestamp: new Date(), attempts: 1, body }));
    const batch = createMessageBatch("smsledger-sms", messages);
    const ctx = createExecutionContext();
    const { lines, sum } = await metered(() => worker.queue(batch, envWith({ METER: "1" })));
    expect((await getQueueResult(batch, ctx)).explicitAcks).toHaveLength(2);
    expect(lines).toBe(1);
    expect(sum.invocations).toBe(1);
    expect(sum.queue_reads).toBe(2);
    expect(sum.queue_deletes).toBe(2);
    // Two SMS rows updated, one transaction and its index entries, audit events, a metrics row.
    expect(sum.d1_rows_written).toBeGreaterThanOrEqual(5);
    expect(sum.d1_rows_read).toBeGreaterThan(0);
  });

  it("writes a new transaction as one row and its 3 index entries, plus the SMS state and the ledger version", async () => {
    expect(meterD1(testEnv.DB)).toBe(true);
    const user = `usr_${crypto.randomUUID()}`;
    const card: Alert = {
      sms: "w1",
      sender: "AD-HDFCBK-S",
      direction: "debit",
      amount: 45000,
      account: "1234",
      minute: 0,
    };
    const withRef: Alert = { ...card, sms: "w2", amount: 46000, reference: "RRN-9", minute: 5 };
    await recordSms([
      [user, card],
      [user, withRef],
    ]);
    const written = async (alerts: Alert[]) => {
      const { sum } = await metered(async () => {
        await writeBatch(alerts.map((a) => outcome(user, a)));
        flush("test");
      });
      return sum.d1_rows_written;
    };
    // SMS state 1 + the row, transactions_user_sms_seq_uq, transactions_user_time_idx 3 + the user's first ledger
    // version 2 (its row and primary-key entry). The assignment rides in the insert: no update of the new row;
    // no amount or merchant index entry.
    expect(await written([card])).toBe(6);
    // A reference adds its partial index entry; the version is an update now (1).
    expect(await written([withRef])).toBe(6);
    // A redelivery inserts nothing; it rewrites the SMS state, the stored row's assignment and the version.
    expect(await written([card])).toBe(3);
  });

  it("checks a format's rejections with KV gets (reads), not a list (billed like a write)", async () => {
    const kv = meterKv(testEnv.TEMPLATES);
    const store = kvRecipeStore(kv);
    const fp = `fp-meter-${crypto.randomUUID()}`;
    const [a, b, c] = ["usr_ra", "usr_rb", "usr_rc"];
    const check = async (user: string) => {
      let rejected = false;
      const { sum } = await metered(async () => {
        rejected = await isRejected(store, fp, user);
        flush("test");
      });
      return { rejected, reads: sum.kv_reads ?? 0, lists: sum.kv_lists ?? 0 };
    };
    expect(await check(a)).toEqual({ rejected: false, reads: 2, lists: 0 });
    await rememberRejection(store, fp, a);
    expect(await check(a)).toEqual({ rejected: true, reads: 1, lists: 0 });
    // One user's rejected answer stops only that user asking; a second user's stops everyone (shareMinUsers 2).
    expect((await check(c)).rejected).toBe(false);
    await rememberRejection(store, fp, b);
    expect(await check(c)).toEqual({ rejected: true, reads: 2, lists: 0 });
    // The format's mark lasts while two users' rejections do: until the earlier of the two expires.
    const { keys } = await testEnv.TEMPLATES.list({ prefix: RECIPE_KEYS.rejectedFormat(fp) });
    const { keys: mine } = await testEnv.TEMPLATES.list({ prefix: RECIPE_KEYS.rejection(fp, a) });
    expect(keys[0]?.expiration).toBeDefined();
    expect(keys[0]?.expiration).toBeLessThanOrEqual(mine[0]?.expiration ?? 0);
  });

  it("prints nothing and wraps nothing when METER is unset", async () => {
    const user = `usr_${crypto.randomUUID()}`;
    const j = job(user, "m1", "VM-SBIOTP-S", otp);
    await recordQueued(j);
    const batch = createMessageBatch("smsledger-sms", [
      { id: `y-${user}`, timestamp: new Date(), attempts: 1, body: j },
    ]);
    const { lines } = await metered(() => worker.queue(batch, envWith({})));
    expect(lines).toBe(0);
  });

  it("reads rows_read of raw() statements (drizzle's selects), which the public API does not return", async () => {
    const user = `usr_${crypto.randomUUID()}`;
    for (const id of ["a", "b", "c", "d", "e"]) await recordQueued(job(user, id, "VM-SBIOTP-S", otp));
    expect(meterD1(testEnv.DB)).toBe(true);
    const { sum } = await metered(async () => {
      const rows = await testEnv.DB.prepare("SELECT id FROM sms WHERE user_id = ?").bind(user).raw();
      expect(rows).toHaveLength(5);
      flush("test");
    });
    expect(sum.d1_statements).toBe(1);
    expect(sum.d1_rows_read).toBeGreaterThanOrEqual(5);
    expect(sum.d1_rows_written ?? 0).toBe(0);
  });

  it("counts KV reads and writes and Durable Object requests", async () => {
    const kv = meterKv(testEnv.TEMPLATES);
    const limiter = meterDurableObjects(testEnv.RATE_LIMITER);
    const { sum } = await metered(async () => {
      await kv.put(`meter-test-${crypto.randomUUID()}`, "1");
      await kv.get("meter-test-missing");
      const stub = limiter.get(limiter.idFromName("meter-test")) as unknown as { snapshot(): Promise<unknown> };
      await stub.snapshot();
      flush("test");
    });
    expect(sum).toMatchObject({ kv_writes: 1, kv_reads: 1, do_requests: 1 });
  });
});
