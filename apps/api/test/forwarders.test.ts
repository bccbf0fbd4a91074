import { describe, expect, it } from "vitest";
import { call, newUser, testEnv } from "./helpers";

/** "SMS Gateway for Android": the `sms:received` webhook as the app sends it. */
const smsGate = {
  deviceId: "ffffffff9a1c2b3d0000018c",
  event: "sms:received",
  id: "Ey6ECgOkVVFjz3CL48B8C",
  webhookId: "LreFUt-Z3sSq0JufY9uWB",
  payload: {
    messageId: "abc123",
    message:
      "Rs.2,340.00 debited from A/c XX9102 on 03-12-26 to VPA groceryhub@okaxis (UPI Ref No 612345098761). Not you? Call 18002586161 - HDFC Bank",
    phoneNumber: "VM-HDFCBK-S",
    simNumber: 1,
    receivedAt: "2026-12-03T09:15:42.000+05:30",
  },
};

/** "Incoming SMS to URL forwarder": its default template (stamps are bare epoch milliseconds). */
const smsToUrl = {
  from: "AD-ICICIB-S",
  text: "ICICI Bank Acct XX5531 credited with Rs 18,250.00 on 04-Dec-26 by NEFT from NORTHWIND TRADERS. Avl Bal Rs 40,118.20.",
  sentStamp: 1796365800000,
  receivedStamp: 1796365803512,
  sim: "sim1",
};

const post = (key: string, body: unknown, query = "") =>
  call(`/v1/sms${query}`, {
    method: "POST",
    key,
    headers: { "content-type": "application/json; charset=utf-8" },
    body: JSON.stringify(body),
  });

async function stored(userId: string) {
  const rows = await testEnv.DB.prepare("SELECT sender, body, received_at AS receivedAt FROM sms WHERE user_id = ?")
    .bind(userId)
    .all();
  return rows.results as { sender: string; body: string; receivedAt: string }[];
}

describe("POST /v1/sms takes forwarder apps' webhooks", () => {
  it("maps SMS Gateway for Android's sms:received to one SMS; its retry is a duplicate", async () => {
    const { key, userId } = await newUser("sms-gate");
    const res = await post(key, smsGate);
    expect(res.status).toBe(202);
    expect(await res.json()).toMatchObject({ accepted: 1, duplicates: 0 });
    expect(await stored(userId)).toEqual([
      { sender: "VM-HDFCBK-S", body: smsGate.payload.message, receivedAt: "2026-12-03T09:15:42.000+05:30" },
    ]);
    expect(await (await post(key, smsGate)).json()).toMatchObject({ accepted: 0, duplicates: 1 });
  });

  it("maps Incoming SMS to URL forwarder's template, dated by sentStamp (numbers or quoted)", async () => {
    const { key, userId } = await newUser("sms-to-url");
    expect(await (await post(key, smsToUrl, "?source=sms-to-url")).json()).toMatchObject({ accepted: 1 });
    const [row] = await stored(userId);
    expect(row).toMatchObject({ sender: "AD-ICICIB-S", body: smsToUrl.text });
    expect(Date.parse(row?.receivedAt ?? "")).toBe(smsToUrl.sentStamp);
    // A custom template that quotes the stamps: the same SMS, so a duplicate.
    const quoted = { ...smsToUrl, sentStamp: String(smsToUrl.sentStamp), receivedStamp: "1796365809999" };
    expect(await (await post(key, quoted)).json()).toMatchObject({ accepted: 0, duplicates: 1 });
  });

  it("names the forwarder's own bad field, not our format's", async () => {
    const { key, userId } = await newUser("bad forwarder");
    const noText = await post(key, { ...smsGate, payload: { ...smsGate.payload, message: "" } });
    expect(noText.status).toBe(400);
    expect(await noText.json()).toMatchObject({ error: "invalid_request", fields: [{ field: "payload.message" }] });
    const noStamp = await post(key, { from: "AD-ICICIB-S", text: "hello" });
    expect(noStamp.status).toBe(400);
    expect(await noStamp.json()).toMatchObject({ fields: [{ field: "sentStamp" }] });
    const unknown = await post(key, { hello: "world" });
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { fields: { field: string }[] }).fields.map((f) => f.field)).toContain(
      "messages",
    );
    expect(await stored(userId)).toEqual([]);
  });

  it("holds a body to the format ?source= names", async () => {
    const { key, userId } = await newUser("source");
    const res = await post(key, smsGate, "?source=sms-to-url");
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ fields: [{ field: "source" }] });
    const bad = await post(key, smsGate, "?source=pigeon");
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: "invalid_query", fields: [{ field: "source" }] });
    expect(await stored(userId)).toEqual([]);
  });
});
