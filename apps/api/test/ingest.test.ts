import { describe, expect, it } from "vitest";
import { call, newUser, postJson, sampleMessages, testEnv } from "./helpers";

describe("POST /v1/sms", () => {
  it("accepts new SMS, records them as queued, and counts re-sent ones as duplicates", async () => {
    const { key, userId } = await newUser();
    const first = await postJson("/v1/sms", key, { messages: sampleMessages });
    expect(first.status).toBe(202);
    const body = (await first.json()) as { ingestion_id: string; accepted: number; duplicates: number };
    expect(body).toMatchObject({ accepted: 3, duplicates: 0 });
    expect(body.ingestion_id).toMatch(/^ing_/);

    const rows = await testEnv.DB.prepare("SELECT id, state FROM sms WHERE user_id = ?").bind(userId).all();
    expect(rows.results).toHaveLength(3);

    const again = await postJson("/v1/sms", key, { messages: sampleMessages });
    expect(again.status).toBe(202);
    expect(await again.json()).toMatchObject({ accepted: 0, duplicates: 3 });
    const count = await testEnv.DB.prepare("SELECT COUNT(*) AS n FROM sms WHERE user_id = ?")
      .bind(userId)
      .first<{ n: number }>();
    expect(count?.n).toBe(3);
  });

  it("uses the client id when given, scoped to the user", async () => {
    const a = await newUser("a");
    const b = await newUser("b");
    const message = { ...sampleMessages[0], id: "phone-msg-42" };
    expect(await (await postJson("/v1/sms", a.key, { messages: [message] })).json()).toMatchObject({ accepted: 1 });
    // Same client id from another user is that user's own message, not a duplicate.
    expect(await (await postJson("/v1/sms", b.key, { messages: [message] })).json()).toMatchObject({ accepted: 1 });
    const read = await call("/v1/sms/phone-msg-42", { key: a.key });
    expect(read.status).toBe(200);
    expect(await read.json()).toMatchObject({ id: "phone-msg-42", state: expect.any(String), sender: "VM-HDFCBK-S" });
  });

  it("counts a message repeated inside one request once", async () => {
    const { key } = await newUser();
    const res = await postJson("/v1/sms", key, { messages: [sampleMessages[0], sampleMessages[0]] });
    expect(await res.json()).toMatchObject({ accepted: 1, duplicates: 1 });
  });

  it("rejects requests without a valid key with 401", async () => {
    expect((await postJson("/v1/sms", "", { messages: sampleMessages })).status).toBe(401);
    const res = await postJson("/v1/sms", "sl_not-a-real-key", { messages: sampleMessages });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: "unauthorized" });
  });

  it("answers 400 naming each bad field and records nothing", async () => {
    const { key, userId } = await newUser();
    const res = await postJson("/v1/sms", key, {
      messages: [sampleMessages[0], { sender: "", body: "x", received_at: "yesterday" }],
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { fields: { field: string }[] };
    const fields = body.fields.map((f) => f.field);
    expect(fields).toContain("messages.1.sender");
    expect(fields).toContain("messages.1.received_at");
    const count = await testEnv.DB.prepare("SELECT COUNT(*) AS n FROM sms WHERE user_id = ?")
      .bind(userId)
      .first<{ n: number }>();
    expect(count?.n).toBe(0);
  });

  it("answers 400 for malformed JSON and 415 for another content type", async () => {
    const { key } = await newUser();
    const bad = await call("/v1/sms", {
      method: "POST",
      key,
      headers: { "content-type": "application/json" },
      body: "{nope",
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: "invalid_json" });
    const wrongType = await call("/v1/sms", {
      method: "POST",
      key,
      headers: { "content-type": "text/plain" },
      body: "{}",
    });
    expect(wrongType.status).toBe(415);
  });
});

describe("reads are scoped to the user", () => {
  it("never shows one user's SMS to another", async () => {
    const a = await newUser("a");
    const b = await newUser("b");
    await postJson("/v1/sms", a.key, { messages: [{ ...sampleMessages[1], id: "only-a" }] });
    expect((await call("/v1/sms/only-a", { key: a.key })).status).toBe(200);
    expect((await call("/v1/sms/only-a", { key: b.key })).status).toBe(404);
    const list = await call("/v1/transactions", { key: b.key });
    expect(await list.json()).toEqual({ items: [], next_cursor: null });
  });
});

describe("GET /health", () => {
  it("reports D1 as ok", async () => {
    const res = await call("/health");
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ok", checks: { d1: "ok" } });
  });
});
