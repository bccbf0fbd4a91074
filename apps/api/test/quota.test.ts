import { describe, expect, it } from "vitest";
import { callWithEnv, newUser, testEnv } from "./helpers";

const SMS_QUOTA = { USER_QUOTA_SMS: "5" };

const message = (i: number) => ({
  id: `q-${i}`,
  sender: "JD-KOTAKB-S",
  body: `Sent Rs.${210 + i}.00 from Kotak Bank A/c X5512 to canteen${i}@okicici on 14-11-26. UPI Ref 63307${i}118842.`,
  received_at: "2026-11-14T13:05:00+05:30",
});
const bytesOf = (m: { sender: string; body: string }) => new TextEncoder().encode(m.sender + m.body).length;

function upload(vars: Record<string, string>, key: string, messages: unknown[]) {
  const body = JSON.stringify({ messages });
  return callWithEnv(vars, "/v1/sms", { method: "POST", key, headers: { "content-type": "application/json" }, body });
}

function uploadNdjson(vars: Record<string, string>, key: string, body: string) {
  return callWithEnv(vars, "/v1/sms", {
    method: "POST",
    key,
    headers: { "content-type": "application/x-ndjson" },
    body,
  });
}

/** What D1 holds for a user: SMS rows, their bytes, ingestion rows, and the usage counter. */
async function stored(userId: string) {
  const truth = await testEnv.DB.prepare(
    `SELECT count(*) AS sms, coalesce(sum(length(CAST(sender AS BLOB)) + length(CAST(body AS BLOB))), 0) AS bytes,
       (SELECT count(*) FROM ingestions WHERE user_id = ?1) AS ingestions FROM sms WHERE user_id = ?1`,
  )
    .bind(userId)
    .first<{ sms: number; bytes: number; ingestions: number }>();
  const usage = await testEnv.DB.prepare(
    "SELECT sms_count AS sms, sms_bytes AS bytes FROM user_usage WHERE user_id = ?",
  )
    .bind(userId)
    .first<{ sms: number; bytes: number }>();
  return { ...truth, usage };
}

describe("per-user storage quota", () => {
  it("refuses a JSON upload past the SMS quota whole, with a 413 naming the quota", async () => {
    const { key, userId } = await newUser();
    expect((await upload(SMS_QUOTA, key, [0, 1, 2].map(message))).status).toBe(202);
    const over = await upload(SMS_QUOTA, key, [3, 4, 5].map(message));
    expect(over.status).toBe(413);
    expect(await over.json()).toMatchObject({
      error: "quota_exceeded",
      message: expect.stringContaining("5 SMS"),
      fields: [{ field: "messages" }],
      quota: { sms: 5 },
      usage: { sms: 3 },
    });
    const after = await stored(userId);
    expect(after).toMatchObject({ sms: 3, ingestions: 1, usage: { sms: 3, bytes: after.bytes } });

    // Exactly up to the quota is fine; re-sent SMS are duplicates and take no room.
    expect(await (await upload(SMS_QUOTA, key, [3, 4].map(message))).json()).toMatchObject({ accepted: 2 });
    const resent = await upload(SMS_QUOTA, key, [0, 1, 2, 3, 4].map(message));
    expect(await resent.json()).toMatchObject({ accepted: 0, duplicates: 5 });
    expect((await upload(SMS_QUOTA, key, [message(5)])).status).toBe(413);

    // Deleting an SMS frees its room.
    expect((await callWithEnv(SMS_QUOTA, "/v1/sms/q-0", { method: "DELETE", key })).status).toBe(204);
    expect((await upload(SMS_QUOTA, key, [message(5)])).status).toBe(202);
    const final = await stored(userId);
    expect(final).toMatchObject({ sms: 5, usage: { sms: 5, bytes: final.bytes } });
  });

  it("refuses an upload past the byte quota", async () => {
    const { key, userId } = await newUser();
    const one = bytesOf(message(0));
    const vars = { USER_QUOTA_BYTES: String(2 * one + 10) };
    expect((await upload(vars, key, [message(0), message(1)])).status).toBe(202);
    const over = await upload(vars, key, [message(2)]);
    expect(over.status).toBe(413);
    expect(await over.json()).toMatchObject({
      error: "quota_exceeded",
      quota: { bytes: 2 * one + 10 },
      usage: { sms: 2, bytes: 2 * one },
    });
    expect(await stored(userId)).toMatchObject({ sms: 2, usage: { sms: 2, bytes: 2 * one } });
  });

  it("lets exactly one of two concurrent uploads that together pass the quota through", async () => {
    const { key, userId } = await newUser();
    const results = await Promise.all(
      [
        [0, 1, 2],
        [3, 4, 5],
      ].map((ids) => upload(SMS_QUOTA, key, ids.map(message))),
    );
    expect(results.map((r) => r.status).sort()).toEqual([202, 413]);
    expect(await stored(userId)).toMatchObject({ sms: 3, ingestions: 1, usage: { sms: 3 } });
  });

  it("keeps the NDJSON lines that fit, in order, and stops at the first that does not", async () => {
    const { key, userId } = await newUser();
    const lines = [message(1), "{bad json", message(2), message(3), message(4), message(5), message(6), message(7)];
    const body = lines.map((l) => (typeof l === "string" ? l : JSON.stringify(l))).join("\n");
    const res = await uploadNdjson(SMS_QUOTA, key, body);
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({
      error: "quota_exceeded",
      accepted: 5,
      rejected: 1,
      errors: [{ line: 2 }],
      incomplete: { reason: "quota_exceeded", resume_from_line: 7 },
      quota: { sms: 5 },
    });
    const ids = await testEnv.DB.prepare("SELECT id FROM sms WHERE user_id = ? ORDER BY id")
      .bind(userId)
      .all<{ id: string }>();
    expect(ids.results.map((r) => r.id)).toEqual(["q-1", "q-2", "q-3", "q-4", "q-5"]);
    expect(await stored(userId)).toMatchObject({ usage: { sms: 5 } });
  });

  it("crosses a chunk boundary: keeps the first 700 of 1,000 NDJSON lines under a 700-SMS quota", async () => {
    const { key, userId } = await newUser();
    const body = Array.from({ length: 1000 }, (_, i) => JSON.stringify(message(i))).join("\n");
    const vars = { USER_QUOTA_SMS: "700" };
    const res = await uploadNdjson(vars, key, body);
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({
      accepted: 700,
      incomplete: { reason: "quota_exceeded", resume_from_line: 701 },
    });
    expect(await stored(userId)).toMatchObject({ sms: 700, usage: { sms: 700 } });
  });
});
