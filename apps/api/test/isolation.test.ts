import { describe, expect, it } from "vitest";
import { call, newUser, postJson, sampleMessages, testEnv } from "./helpers";

describe("one user can never read another's data", () => {
  it("holds on every user route", async () => {
    const owner = await newUser("owner");
    const intruder = await newUser("intruder");
    const res = await postJson("/v1/sms", owner.key, { messages: [{ ...sampleMessages[0], id: "private-1" }] });
    const { ingestion_id } = (await res.json()) as { ingestion_id: string };
    // A transaction row as the consumer would write it.
    await testEnv.DB.prepare(
      "INSERT INTO transactions (id, user_id, sms_id, intent, direction, amount_minor, currency, occurred_at, occurred_at_ms, parser, confidence) VALUES ('tx_private', ?, 'private-1', 'transaction', 'debit', 125000, 'INR', '2026-11-12T10:00:00+05:30', 1, 'test', 1)",
    )
      .bind(owner.userId)
      .run();

    expect((await call("/v1/sms/private-1", { key: owner.key })).status).toBe(200);
    expect((await call("/v1/sms/private-1", { key: intruder.key })).status).toBe(404);
    expect((await call(`/v1/ingestions/${ingestion_id}`, { key: intruder.key })).status).toBe(404);
    const theirs = (await (await call("/v1/transactions", { key: intruder.key })).json()) as { items: unknown[] };
    expect(theirs.items).toEqual([]);
    const mine = (await (await call("/v1/transactions", { key: owner.key })).json()) as { items: { id: string }[] };
    expect(mine.items.map((t) => t.id)).toEqual(["tx_private"]);

    // Re-sending the owner's client id under another user creates that user's own SMS, not access.
    const theirsToo = await postJson("/v1/sms", intruder.key, {
      messages: [{ ...sampleMessages[1], id: "private-1" }],
    });
    expect(await theirsToo.json()).toMatchObject({ accepted: 1 });
    const ownerCopy = (await (await call("/v1/sms/private-1", { key: owner.key })).json()) as { body: string };
    expect(ownerCopy.body).toBe(sampleMessages[0]?.body);
  });

  it("user keys cannot reach admin routes", async () => {
    const user = await newUser();
    expect((await call("/admin/dead-letters", { key: user.key })).status).toBe(401);
    expect((await call("/admin/users", { method: "POST", key: user.key, body: "{}" })).status).toBe(401);
  });
});
