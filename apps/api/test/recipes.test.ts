import { describe, expect, it } from "vitest";
import { fingerprint, kvRecipeStore, learnRecipe, RECIPE_KEYS, type ParseResult } from "@smsledger/core";
import { call, testEnv } from "./helpers";

const ADMIN = "test-admin-token";
const admin = (path: string, body?: unknown) =>
  call(path, {
    method: "POST",
    key: ADMIN,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

const kv = (testEnv as unknown as { TEMPLATES: KVNamespace }).TEMPLATES;
const SENDER = "VM-ZENITH-S";
const body = (amount: string) =>
  `ZENITH COOP: you paid ${amount} (INR) from acct ending 4455 to ACME on 12/11. Ref ZX99812.`;
const answer: ParseResult = {
  intent: "transaction",
  direction: "debit",
  amount_minor: 9900,
  currency: "INR",
  account: "4455",
  account_kind: "bank",
  counterparty: "ACME",
  method: "OTHER",
  reference: "ZX99812",
  balance_minor: null,
  occurred_at: null,
  institution: null,
  category: null,
  parser: "llm:t",
  confidence: 0.8,
};

describe("POST /admin/recipes/:fingerprint/promote", () => {
  it("shares the recipe a user taught with every user, and names bad input", async () => {
    const fp = fingerprint(SENDER, body("99.00"));
    const recipe = learnRecipe(
      { sender: SENDER, body: body("99.00"), received_at: "2026-11-12T10:00:00+05:30" },
      answer,
    );
    if (!recipe) throw new Error("not learned");
    expect((await admin(`/admin/recipes/${fp}/promote`)).status).toBe(404);
    await kvRecipeStore(kv).putOwn(fp, "usr_teacher", recipe);
    expect((await admin("/admin/recipes/not-a-fingerprint/promote")).status).toBe(400);
    const bad = await admin(`/admin/recipes/${fp}/promote`, { user_id: 5 });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { fields: { field: string }[] }).fields[0]?.field).toBe("user_id");
    const ok = await admin(`/admin/recipes/${fp}/promote`, { user_id: "usr_teacher" });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({
      fingerprint: fp,
      promoted_by: "admin",
      taught_by: 1,
      intent: "transaction",
    });
    const shared = JSON.parse((await kv.get(RECIPE_KEYS.shared(fp))) ?? "null") as { taughtBy: string[] };
    expect(shared.taughtBy).toEqual(["usr_teacher"]);
    expect((await call(`/admin/recipes/${fp}/promote`, { method: "POST" })).status).toBe(401);
  });
});

describe("DELETE /admin/users/:userId", () => {
  it("erases the templates only that user taught", async () => {
    const created = (await (await admin("/admin/users", { name: "Teacher" })).json()) as { user_id: string };
    const fp = fingerprint(SENDER, body("5.00"));
    const recipe = learnRecipe(
      { sender: SENDER, body: body("5.00"), received_at: "2026-11-12T10:00:00+05:30" },
      { ...answer, amount_minor: 500 },
    );
    if (!recipe) throw new Error("not learned");
    await kvRecipeStore(kv).putOwn(fp, created.user_id, recipe);
    await kvRecipeStore(kv).putShared(fp, { recipe, taughtBy: [created.user_id], promotedBy: "admin" });
    const erased = await call(`/admin/users/${created.user_id}`, { method: "DELETE", key: ADMIN });
    expect(erased.status).toBe(204);
    expect(await kv.get(RECIPE_KEYS.own(fp, created.user_id))).toBeNull();
    expect(await kv.get(RECIPE_KEYS.shared(fp))).toBeNull();
  });
});

describe("amounts at their currency's exponent", () => {
  it("shows 3-decimal currencies (OMR) with 3 decimals, not 10x too large", async () => {
    const userId = `usr_${crypto.randomUUID().replaceAll("-", "")}`;
    const { newApiKey } = await import("@smsledger/core");
    const { createDb, createUserWithKey } = await import("@smsledger/db");
    const key = await newApiKey();
    await createUserWithKey(
      createDb(testEnv.DB),
      { id: userId, name: "omr" },
      { id: `key_${userId}`, hash: key.hash, prefix: key.prefix },
    );
    const insert = (id: string, currency: string, amount: number, balance: number) =>
      testEnv.DB.prepare(
        `INSERT INTO transactions (id, user_id, sms_id, intent, direction, amount_minor, currency, balance_minor, occurred_at, occurred_at_ms, parser, confidence)
         VALUES (?, ?, ?, 'transaction', 'debit', ?, ?, ?, '2026-11-12T10:00:00+04:00', ?, 'llm:t', 0.8)`,
      ).bind(
        `${userId}:${id}`,
        userId,
        id,
        amount,
        currency,
        balance,
        Date.parse("2026-11-12T10:00:00+04:00") + amount,
      );
    await testEnv.DB.batch([
      insert("s1", "OMR", 50_750, 120_000),
      insert("s2", "INR", 50_750, 120_000),
      insert("s3", "JPY", 500, 12_000),
    ]);
    const items = (
      (await (await call("/v1/transactions", { key: key.key })).json()) as {
        items: { currency: string; amount: string; balance: string }[];
      }
    ).items;
    const byCurrency = Object.fromEntries(items.map((i) => [i.currency, [i.amount, i.balance]]));
    expect(byCurrency).toEqual({ OMR: ["50.750", "120.000"], INR: ["507.50", "1200.00"], JPY: ["500", "12000"] });
  });
});
