// The audit trail (GET /v1/sms/:id `events`, listEvents): `queued` at ingestion and the state the consumer
// read an SMS into are read from the SMS row, not stored twice; dead-lettering and replays are rows.
import { createMessageBatch } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { createDb, listEvents, reopenDeadLetter } from "@smsledger/db";
import worker from "../src/index";
import { envWith, job, recordQueued, testEnv } from "./helpers";

const debit =
  "Rs.640.00 debited from A/c XX9051 on 15-11-26 to VPA tea.stall@okicici (UPI Ref No 530911872345) - HDFC Bank";

async function deliver(queue: string, body: unknown, id: string): Promise<void> {
  const batch = createMessageBatch(queue, [{ id, timestamp: new Date(), attempts: 1, body }]);
  await worker.queue(batch, envWith({}));
}

async function rowTimes(user: string, id: string) {
  return testEnv.DB.prepare("SELECT created_at AS c, processed_at AS p, parser FROM sms WHERE user_id = ? AND id = ?")
    .bind(user, id)
    .first<{ c: number; p: number | null; parser: string | null }>();
}

describe("audit trail", () => {
  it("shows queued at acceptance, then the state read with its parser, with no sms_events row written", async () => {
    const user = `usr_${crypto.randomUUID()}`;
    const j = job(user, "a1", "VM-HDFCBK-S", debit);
    await recordQueued(j);
    await deliver("smsledger-sms", j, `a1-${user}`);
    const row = await rowTimes(user, "a1");
    expect(row?.parser).toMatch(/debit/);
    expect(await listEvents(createDb(testEnv.DB), user, "a1")).toEqual([
      { state: "queued", detail: null, at: row?.c },
      { state: "parsed", detail: row?.parser, at: row?.p },
    ]);
    const stored = await testEnv.DB.prepare("SELECT COUNT(*) AS n FROM sms_events WHERE user_id = ?")
      .bind(user)
      .first<{ n: number }>();
    expect(stored?.n).toBe(0);
  });

  it("keeps dead-lettering and a replay as rows, in order, before the state read after the replay", async () => {
    const user = `usr_${crypto.randomUUID()}`;
    const j = job(user, "d1", "VM-HDFCBK-S", debit);
    await recordQueued(j);
    await deliver("smsledger-sms-dlq", j, `d1-dlq-${user}`);
    const db = createDb(testEnv.DB);
    expect((await listEvents(db, user, "d1")).map((e) => e.state)).toEqual(["queued", "dead_lettered"]);
    expect(await reopenDeadLetter(db, user, "d1", Date.now())).not.toBeNull();
    expect((await listEvents(db, user, "d1")).map((e) => e.state)).toEqual(["queued", "dead_lettered", "queued"]);
    await deliver("smsledger-sms", j, `d1-again-${user}`);
    const trail = await listEvents(db, user, "d1");
    expect(trail.map((e) => [e.state, e.detail])).toEqual([
      ["queued", null],
      ["dead_lettered", null],
      ["queued", "replayed by admin"],
      ["parsed", (await rowTimes(user, "d1"))?.parser],
    ]);
    expect(trail.map((e) => e.at)).toEqual([...trail.map((e) => e.at)].sort((a, b) => a - b));
  });
});
