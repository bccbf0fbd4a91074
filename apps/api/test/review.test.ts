import { describe, expect, it } from "vitest";
import { fingerprint, kvRecipeStore, parseSms, stateOf } from "@smsledger/core";
import { createDb, outcomeOfReading, writeOutcomes } from "@smsledger/db";
import { call, newUser, postJson, sampleMessages, testEnv } from "./helpers";

const bankAlert = sampleMessages[0] as (typeof sampleMessages)[number];

const zorbly = (amount: string, name: string, ref: string, left: string, currency = "KES") => ({
  sender: "JX-ZORBLY",
  body: `Zorbly: ${currency} ${amount} shifted from pouch to ${name} ref ${ref}. Left ${left}`,
  received_at: "2026-11-12T10:01:00+05:30",
});

/**
 * Uploads SMS through the API and stores what the rules read of each, as the consumer does without an
 * upstream (no consumer runs in this suite). Returns their ids in upload order.
 */
async function ingestRead(key: string, userId: string, messages: object[]): Promise<string[]> {
  const ids = messages.map((_, i) => `m${i}_${crypto.randomUUID().slice(0, 8)}`);
  const posted = await postJson("/v1/sms", key, { messages: messages.map((m, i) => ({ ...m, id: ids[i] })) });
  expect(posted.status).toBe(202);
  const db = createDb(testEnv.DB);
  const outcomes = await Promise.all(
    messages.map((m, i) => {
      const job = {
        ...(m as { sender: string; body: string; received_at: string }),
        user_id: userId,
        sms_id: ids[i] as string,
      };
      const result = parseSms(job);
      return outcomeOfReading(job, result, stateOf(result, job.body, job.sender), 1);
    }),
  );
  await writeOutcomes(db, outcomes, Date.now());
  return ids;
}

const asJson = { "content-type": "application/json" };
const resolve = (key: string, id: string, body: unknown, headers: Record<string, string> = asJson) =>
  call(`/v1/sms/${id}/resolve`, {
    method: "POST",
    key,
    headers,
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

type ListPage = { items: { id: string; state: string; sender: string }[]; next_cursor: string | null };
const list = async (key: string, query = "") => (await call(`/v1/sms${query}`, { key })).json() as Promise<ListPage>;

const kes = { intent: "transaction", direction: "debit", currency: "KES" };

describe("GET /v1/sms?state=", () => {
  it("lists the user's SMS of one state (default needs_review), newest first, a page at a time", async () => {
    const { userId, key } = await newUser();
    const other = await newUser();
    const unread = await ingestRead(key, userId, [
      zorbly("10.00", "Amani Njeri", "AA1BB2CC3D", "90.00"),
      zorbly("11.00", "Amani Njeri", "AA1BB2CC3E", "79.00"),
      zorbly("12.00", "Amani Njeri", "AA1BB2CC3F", "67.00"),
    ]);
    await ingestRead(key, userId, [bankAlert]);
    await ingestRead(other.key, other.userId, [zorbly("13.00", "Amani Njeri", "AA1BB2CC3G", "54.00")]);

    const first = await list(key, "?limit=2");
    expect(first.items.map((i) => i.state)).toEqual(["needs_review", "needs_review"]);
    expect(first.next_cursor).not.toBeNull();
    const second = await list(key, `?state=needs_review&limit=2&cursor=${first.next_cursor}`);
    expect(second.next_cursor).toBeNull();
    const seen = [...first.items, ...second.items].map((i) => i.id);
    expect(seen.sort()).toEqual([...unread].sort());

    const parsed = await list(key, "?state=parsed");
    expect(parsed.items.map((i) => i.sender)).toEqual(["VM-HDFCBK-S"]);
    expect((await list(other.key)).items).toHaveLength(1);
  });

  it("names a bad parameter", async () => {
    const { key } = await newUser();
    const cases = [
      ["?state=lost", "state"],
      ["?limit=0", "limit"],
      ["?cursor=zz", "cursor"],
      ["?colour=red", "(body)"],
    ];
    for (const [query, field] of cases) {
      const response = await call(`/v1/sms${query}`, { key });
      expect(response.status, query).toBe(400);
      const body = (await response.json()) as { error: string; fields: { field: string }[] };
      expect(body.error).toBe("invalid_query");
      expect(body.fields.map((f) => f.field)).toContain(field);
    }
  });
});

describe("POST /v1/sms/:id/resolve", () => {
  it("stores the transaction, which joins the ledger's grouping like any other alert", async () => {
    const { userId, key } = await newUser();
    // The bank's own alert (read by the rules) and a wallet's alert of the same payment (needs_review).
    const [, unread] = await ingestRead(key, userId, [
      bankAlert,
      zorbly("1,250.00", "swiggy", "431298765432", "900.00", "INR"),
    ]);
    const response = await resolve(key, unread as string, {
      ...kes,
      currency: "INR",
      amount: "1250.00",
      counterparty: "swiggy",
      reference: "431298765432",
      balance: "900.00",
      category: "food",
    });
    expect(response.status).toBe(200);
    type Answer = { sms: { state: string; transactions: { amount: string }[] }; recipe: { fingerprint: string } };
    const body = (await response.json()) as Answer;
    expect(body.sms.state).toBe("parsed");
    expect(body.sms.transactions.map((t) => t.amount)).toEqual(["1250.00"]);

    const ledger = (await (await call("/v1/transactions", { key })).json()) as { items: { sms_ids: string[] }[] };
    expect(ledger.items).toHaveLength(1);
    expect(ledger.items[0]?.sms_ids).toHaveLength(2);
    expect(ledger.items[0]?.sms_ids).toContain(unread);

    const recipe = await kvRecipeStore(testEnv.TEMPLATES).own(body.recipe.fingerprint, userId);
    expect(recipe?.learnedFrom).toBe("review");
    expect(await kvRecipeStore(testEnv.TEMPLATES).shared(body.recipe.fingerprint)).toBeNull();
    const sameFormat = zorbly("2,999.00", "zomato", "998877665544", "12.00", "INR");
    expect(body.recipe.fingerprint).toBe(fingerprint(sameFormat.sender, sameFormat.body));
  });

  it("takes not_transaction: the SMS becomes not_financial, with no transaction", async () => {
    const { userId, key } = await newUser();
    const [id] = await ingestRead(key, userId, [zorbly("20.00", "Amani Njeri", "AA1BB2CC4A", "70.00")]);
    const response = await resolve(key, id as string, { not_transaction: true });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ sms: { state: "not_financial", intent: "other", transactions: [] } });
    expect((await (await call("/v1/transactions", { key })).json()) as object).toEqual({
      items: [],
      next_cursor: null,
    });
  });

  it("answers 404 for another user's SMS, 409 when not needs_review, and one 200 to concurrent resolutions", async () => {
    const alice = await newUser();
    const bob = await newUser();
    const unreadSms = zorbly("30.00", "Amani Njeri", "AA1BB2CC5A", "60.00");
    const [unread, parsed] = await ingestRead(alice.key, alice.userId, [unreadSms, bankAlert]);
    const fields = { ...kes, amount: "30.00" };
    expect((await resolve(bob.key, unread as string, fields)).status).toBe(404);
    expect((await resolve(alice.key, "no-such-sms", fields)).status).toBe(404);
    const conflict = await resolve(alice.key, parsed as string, fields);
    expect(conflict.status).toBe(409);
    expect(await conflict.json()).toMatchObject({ error: "conflict", fields: [{ field: "id" }] });

    const twice = [1, 2].map(() => resolve(alice.key, unread as string, fields));
    const answers = await Promise.all(twice);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const events = await testEnv.DB.prepare(
      "SELECT state FROM sms_events WHERE user_id = ? AND sms_id = ? AND state = 'resolved'",
    )
      .bind(alice.userId, unread)
      .all();
    expect(events.results).toHaveLength(1);
  });

  it("names the field: 400 malformed, 422 not in the SMS text", async () => {
    const { userId, key } = await newUser();
    const [id] = await ingestRead(key, userId, [zorbly("40.00", "Amani Njeri", "AA1BB2CC6A", "50.00")]);
    const cases: [unknown, number, string][] = [
      [{}, 400, "intent"],
      [{ intent: "transaction", amount: "40.00", currency: "KES" }, 400, "direction"],
      [{ ...kes, amount: "forty" }, 400, "amount"],
      [{ ...kes, amount: "40.001" }, 400, "amount"],
      [{ not_transaction: true, amount: "40.00" }, 400, "amount"],
      [{ ...kes, amount: "40.00", colour: "red" }, 400, "(body)"],
      [{ ...kes, amount: "41.00" }, 422, "amount"],
      [{ ...kes, amount: "40.00", currency: "USD" }, 422, "currency"],
      [{ ...kes, amount: "40.00", counterparty: "Someone Else" }, 422, "counterparty"],
      [{ ...kes, amount: "40.00", date: "2026-01-17T03:04:05+03:00" }, 422, "date"],
      ["{not json", 400, "(body)"],
    ];
    for (const [body, status, field] of cases) {
      const response = await resolve(key, id as string, body);
      expect(response.status, JSON.stringify(body)).toBe(status);
      const answer = (await response.json()) as { fields: { field: string }[] };
      expect(
        answer.fields.map((f) => f.field),
        JSON.stringify(body),
      ).toContain(field);
    }
    const wrongType = await resolve(key, id as string, { ...kes, amount: "40.00" }, { "content-type": "text/plain" });
    expect(wrongType.status).toBe(415);
    const tooBig = await resolve(key, id as string, { ...kes, amount: "40.00", counterparty: "x".repeat(5000) });
    expect(tooBig.status).toBe(413);
    // Nothing of the refused attempts was written.
    expect((await list(key)).items.map((i) => i.id)).toEqual([id]);
  });
});

describe("OpenAPI of the review routes", () => {
  it("documents them from their route definitions", async () => {
    const doc = (await (await call("/openapi.json")).json()) as {
      paths: Record<string, Record<string, { parameters?: { name: string }[]; responses: Record<string, unknown> }>>;
    };
    const parameters = doc.paths["/v1/sms"]?.get?.parameters?.map((p) => p.name);
    expect(parameters).toEqual(expect.arrayContaining(["state", "limit", "cursor"]));
    expect(doc.paths["/v1/sms"]?.post).toBeDefined();
    expect(Object.keys(doc.paths["/v1/sms/{id}/resolve"]?.post?.responses ?? {})).toEqual(
      expect.arrayContaining(["200", "400", "404", "409", "422"]),
    );
  });
});
