import { describe, expect, it } from "vitest";
import { call, postJson, sampleMessages, testEnv } from "./helpers";

const ADMIN = "test-admin-token";
const admin = (path: string, init: RequestInit = {}) =>
  call(path, { ...init, key: ADMIN, headers: { "content-type": "application/json", ...(init.headers ?? {}) } });

describe("admin routes", () => {
  it("need the admin token, compared exactly", async () => {
    expect((await call("/admin/dead-letters")).status).toBe(401);
    expect((await call("/admin/dead-letters", { key: "test-admin-tokem" })).status).toBe(401);
    expect((await admin("/admin/dead-letters")).status).toBe(200);
  });

  it("create a user whose key works once shown, and revoke keys", async () => {
    const created = await admin("/admin/users", { method: "POST", body: JSON.stringify({ name: "Asha" }) });
    expect(created.status).toBe(201);
    const { user_id, api_key } = (await created.json()) as { user_id: string; api_key: { id: string; key: string } };
    expect(api_key.key).toMatch(/^sl_/);
    const stored = await testEnv.DB.prepare("SELECT key_hash FROM api_keys WHERE id = ?")
      .bind(api_key.id)
      .first<{ key_hash: string }>();
    expect(stored?.key_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored?.key_hash).not.toContain(api_key.key);
    expect((await call("/v1/transactions", { key: api_key.key })).status).toBe(200);

    const second = await admin(`/admin/users/${user_id}/keys`, {
      method: "POST",
      body: JSON.stringify({ label: "phone" }),
    });
    const extra = (await second.json()) as { id: string; key: string };
    expect((await call("/v1/transactions", { key: extra.key })).status).toBe(200);

    expect((await admin(`/admin/keys/${api_key.id}`, { method: "DELETE" })).status).toBe(204);
    expect((await call("/v1/transactions", { key: api_key.key })).status).toBe(401);
    expect((await call("/v1/transactions", { key: extra.key })).status).toBe(200);
    expect((await admin(`/admin/keys/${api_key.id}`, { method: "DELETE" })).status).toBe(404);
  });

  it("rejects a bad body naming the field", async () => {
    const res = await admin("/admin/users", { method: "POST", body: JSON.stringify({ name: 7 }) });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ fields: [{ field: "name" }] });
  });

  it("erase every row of a deleted user", async () => {
    const created = (await (
      await admin("/admin/users", { method: "POST", body: JSON.stringify({ name: "Leaving" }) })
    ).json()) as {
      user_id: string;
      api_key: { key: string };
    };
    await postJson("/v1/sms", created.api_key.key, { messages: sampleMessages });
    const usage = await testEnv.DB.prepare("SELECT sms_count FROM user_usage WHERE user_id = ?")
      .bind(created.user_id)
      .first();
    expect(usage).toEqual({ sms_count: 3 });
    expect((await admin(`/admin/users/${created.user_id}`, { method: "DELETE" })).status).toBe(204);
    for (const table of ["sms", "sms_events", "ingestions", "api_keys", "transactions", "dead_letters", "user_usage"]) {
      const n = await testEnv.DB.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE user_id = ?`)
        .bind(created.user_id)
        .first<{ n: number }>();
      expect(n?.n, table).toBe(0);
    }
    expect((await call("/v1/transactions", { key: created.api_key.key })).status).toBe(401);
  });
});

describe("dead letters", () => {
  async function deadLetter(userId: string, smsId: string) {
    await testEnv.DB.batch([
      testEnv.DB.prepare(
        "INSERT INTO sms (user_id, id, ingestion_id, sender, body, received_at, state) VALUES (?, ?, 'ing_x', 'VM-HDFCBK-S', 'Rs 5 debited', '2026-11-12T10:00:00+05:30', 'dead_lettered')",
      ).bind(userId, smsId),
      testEnv.DB.prepare(
        "INSERT INTO dead_letters (user_id, sms_id, ingestion_id, last_error, attempts) VALUES (?, ?, 'ing_x', 'boom', 6)",
      ).bind(userId, smsId),
    ]);
  }

  it("are listed with their last error, replayed to queued, or discarded", async () => {
    const user = `usr_${crypto.randomUUID()}`;
    await deadLetter(user, "d1");
    await deadLetter(user, "d2");
    const list = (await (await admin("/admin/dead-letters?status=open")).json()) as {
      items: { user_id: string; sms_id: string; last_error: string }[];
    };
    const mine = list.items.filter((i) => i.user_id === user);
    expect(mine.map((i) => [i.sms_id, i.last_error]).sort()).toEqual([
      ["d1", "boom"],
      ["d2", "boom"],
    ]);

    const replay = await admin(`/admin/dead-letters/${user}/d1/replay`, { method: "POST" });
    expect(replay.status).toBe(202);
    const row = await testEnv.DB.prepare("SELECT state FROM sms WHERE user_id = ? AND id = 'd1'").bind(user).first();
    expect(row).toEqual({ state: "queued" });
    expect((await admin(`/admin/dead-letters/${user}/d1/replay`, { method: "POST" })).status).toBe(404);

    expect((await admin(`/admin/dead-letters/${user}/d2`, { method: "DELETE" })).status).toBe(204);
    const statuses = await testEnv.DB.prepare(
      "SELECT sms_id, status FROM dead_letters WHERE user_id = ? ORDER BY sms_id",
    )
      .bind(user)
      .all();
    expect(statuses.results).toEqual([
      { sms_id: "d1", status: "replayed" },
      { sms_id: "d2", status: "discarded" },
    ]);
    const d2 = await testEnv.DB.prepare("SELECT state FROM sms WHERE user_id = ? AND id = 'd2'").bind(user).first();
    expect(d2).toEqual({ state: "dead_lettered" });
  });
});
