import { describe, expect, it } from "vitest";
import { call, newUser, testEnv } from "./helpers";

interface Row {
  id: string;
  sms: string;
  direction: "debit" | "credit";
  amount: number;
  at: string;
  counterparty?: string;
  category?: string;
  account?: string;
  intent?: string;
  duplicateOf?: string;
  linkKind?: "transfer" | "reversal";
}

/** The id a test wrote, without the user prefix that keeps ids unique across tests. */
const short = (id: string) => id.split(":").pop();

/** Ledger rows as the consumer writes them (ids prefixed with the user). */
async function seed(userId: string, rows: Row[]): Promise<void> {
  await testEnv.DB.batch(
    rows.map((r) =>
      testEnv.DB.prepare(
        `INSERT INTO transactions (id, user_id, sms_id, intent, direction, amount_minor, currency, account, counterparty, category,
           occurred_at, occurred_at_ms, parser, confidence, duplicate_of, link_kind)
         VALUES (?, ?, ?, ?, ?, ?, 'INR', ?, ?, ?, ?, ?, 'test', 0.9, ?, ?)`,
      ).bind(
        `${userId}:${r.id}`,
        userId,
        r.sms,
        r.intent ?? "transaction",
        r.direction,
        r.amount,
        r.account ?? "1234",
        r.counterparty ?? null,
        r.category ?? null,
        r.at,
        Date.parse(r.at),
        r.duplicateOf ? `${userId}:${r.duplicateOf}` : null,
        r.linkKind ?? null,
      ),
    ),
  );
}

const rows: Row[] = [
  {
    id: "t1",
    sms: "s1",
    direction: "debit",
    amount: 125000,
    at: "2026-10-05T10:00:00+05:30",
    counterparty: "SWIGGY",
    category: "food",
  },
  {
    id: "t2",
    sms: "s2",
    direction: "credit",
    amount: 4500000,
    at: "2026-10-31T18:00:00+05:30",
    counterparty: "ACME PAYROLL",
    category: "salary",
    account: "7788",
  },
  {
    id: "t3",
    sms: "s3",
    direction: "debit",
    amount: 49900,
    at: "2026-11-02T09:00:00+05:30",
    counterparty: "Netflix",
    category: "entertainment",
  },
  {
    id: "t4",
    sms: "s4",
    direction: "debit",
    amount: 300000,
    at: "2026-11-03T09:00:00+05:30",
    counterparty: "HDFC CARD",
    category: "transfer",
    linkKind: "transfer",
  },
  {
    id: "t5",
    sms: "s5",
    direction: "credit",
    amount: 49900,
    at: "2026-11-04T09:00:00+05:30",
    counterparty: "Netflix",
    category: "refund",
    intent: "refund",
  },
  {
    id: "t6",
    sms: "s6",
    direction: "debit",
    amount: 49900,
    at: "2026-11-02T09:01:00+05:30",
    counterparty: "Netflix",
    duplicateOf: "t3",
  },
];

describe("GET /v1/transactions filters", () => {
  it("filters by time, direction, intent, amount, account, counterparty and category", async () => {
    const { key, userId } = await newUser();
    await seed(userId, rows);
    const ids = async (query: string) =>
      ((await (await call(`/v1/transactions?${query}`, { key })).json()) as { items: { id: string }[] }).items.map(
        (t) => short(t.id),
      );
    expect(await ids("")).toEqual(["t5", "t4", "t3", "t2", "t1"]);
    expect(await ids("from=2026-11-01&to=2026-11-03")).toEqual(["t3"]);
    expect(await ids("direction=credit")).toEqual(["t5", "t2"]);
    expect(await ids("intent=refund")).toEqual(["t5"]);
    expect(await ids("min_amount=1000&max_amount=3000.00")).toEqual(["t4", "t1"]);
    expect(await ids("account=7788")).toEqual(["t2"]);
    expect(await ids("counterparty=netf")).toEqual(["t5", "t3"]);
    expect(await ids("category=salary")).toEqual(["t2"]);
    expect(await ids("include_duplicates=true&counterparty=netflix")).toEqual(["t5", "t6", "t3"]);
  });

  it("searches counterparties for a literal % or _ (LIKE wildcards escaped)", async () => {
    const { key, userId } = await newUser();
    const names = ["50% OFF MART", "500 MART", "a_b traders", "axb traders", "back\\slash co", "backslash co"];
    const row = (counterparty: string, i: number): Row => ({
      id: `c${i}`,
      sms: `sc${i}`,
      direction: "debit",
      amount: 100 + i,
      at: `2026-11-0${i + 1}T10:00:00Z`,
      counterparty,
    });
    await seed(userId, names.map(row));
    const found = async (text: string) => {
      const res = await call(`/v1/transactions?counterparty=${encodeURIComponent(text)}`, { key });
      return ((await res.json()) as { items: { counterparty: string }[] }).items.map((t) => t.counterparty);
    };
    expect(await found("50%")).toEqual(["50% OFF MART"]);
    expect(await found("a_b")).toEqual(["a_b traders"]);
    expect(await found("k\\s")).toEqual(["back\\slash co"]);
    expect(await found("mart")).toEqual(["500 MART", "50% OFF MART"]);
  });

  it("lists the SMS merged into a transaction and its link", async () => {
    const { key, userId } = await newUser();
    await seed(userId, rows);
    const page = (await (await call("/v1/transactions", { key })).json()) as {
      items: { id: string; sms_ids: string[]; link_kind: string | null }[];
    };
    expect(page.items.find((t) => short(t.id) === "t3")).toMatchObject({ sms_ids: ["s3", "s6"], link_kind: null });
    expect(page.items.find((t) => short(t.id) === "t4")).toMatchObject({ link_kind: "transfer" });
  });

  it("names bad filters", async () => {
    const { key } = await newUser();
    const res = await call("/v1/transactions?direction=sideways&min_amount=-5&bogus=1", { key });
    expect(res.status).toBe(400);
    const fields = ((await res.json()) as { fields: { field: string }[] }).fields.map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(["direction", "min_amount"]));
  });

  it("exports CSV with ?format=csv or Accept: text/csv", async () => {
    const { key, userId } = await newUser();
    await seed(userId, rows);
    for (const res of [
      await call("/v1/transactions?format=csv", { key }),
      await call("/v1/transactions", { key, headers: { accept: "text/csv" } }),
    ]) {
      expect(res.headers.get("content-type")).toContain("text/csv");
      const lines = (await res.text()).trim().split("\r\n");
      expect(lines[0]).toContain("id,occurred_at,direction,amount");
      expect(lines).toHaveLength(6);
      expect(lines.find((l) => l.startsWith(`"${userId}:t1"`))).toContain('"1250.00"');
    }
  });
});

describe("PATCH /v1/transactions/:id", () => {
  it("corrects category and counterparty for the owner only", async () => {
    const owner = await newUser();
    const other = await newUser();
    await seed(owner.userId, rows.slice(0, 1));
    const patch = (key: string, body: unknown) =>
      call(`/v1/transactions/${owner.userId}:t1`, {
        method: "PATCH",
        key,
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
    expect((await patch(other.key, { category: "groceries" })).status).toBe(404);
    const res = await patch(owner.key, { category: "groceries", counterparty: "Swiggy Instamart" });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      category: "groceries",
      counterparty: "Swiggy Instamart",
      corrected: true,
    });
    expect((await patch(owner.key, { category: "not-a-category" })).status).toBe(400);
    expect((await patch(owner.key, {})).status).toBe(400);
    const stored = await testEnv.DB.prepare("SELECT category, user_category FROM transactions WHERE id = ?")
      .bind(`${owner.userId}:t1`)
      .first();
    expect(stored).toEqual({ category: "food", user_category: "groceries" });
  });
});

describe("GET /v1/summary", () => {
  it("computes income, expense and net in SQL, netting refunds and leaving out transfers and duplicates", async () => {
    const { key, userId } = await newUser();
    await seed(userId, rows);
    const byMonth = (await (await call("/v1/summary?group=month", { key })).json()) as {
      items: unknown[];
      totals: unknown[];
    };
    expect(byMonth.items).toEqual([
      { key: "2026-10", currency: "INR", income: "45000.00", expense: "1250.00", net: "43750.00", count: 2 },
      { key: "2026-11", currency: "INR", income: "0.00", expense: "0.00", net: "0.00", count: 2 },
    ]);
    const withTransfers = (await (await call("/v1/summary?group=month&include_transfers=true", { key })).json()) as {
      items: { key: string; expense: string }[];
    };
    expect(withTransfers.items.find((i) => i.key === "2026-11")?.expense).toBe("3000.00");
    const byCategory = (await (
      await call("/v1/summary?group=category&from=2026-10-01&to=2026-11-01", { key })
    ).json()) as { items: { key: string }[] };
    expect(byCategory.items.map((i) => i.key)).toEqual(["food", "salary"]);
    expect((await call("/v1/summary?group=weekday", { key })).status).toBe(400);
  });
});

describe("DELETE /v1/sms/:id", () => {
  it("deletes the SMS and what was read from it, for the owner only", async () => {
    const owner = await newUser();
    const other = await newUser();
    await testEnv.DB.prepare(
      "INSERT INTO sms (user_id, id, ingestion_id, sender, body, received_at, state) VALUES (?, 's1', 'ing', 'X', 'Rs 5 debited', '2026-11-01T00:00:00Z', 'parsed')",
    )
      .bind(owner.userId)
      .run();
    await seed(owner.userId, rows.slice(0, 1));
    expect((await call("/v1/sms/s1", { method: "DELETE", key: other.key })).status).toBe(404);
    expect((await call("/v1/sms/s1", { method: "DELETE", key: owner.key })).status).toBe(204);
    expect((await call("/v1/sms/s1", { key: owner.key })).status).toBe(404);
    const left = await testEnv.DB.prepare("SELECT COUNT(*) AS n FROM transactions WHERE user_id = ?")
      .bind(owner.userId)
      .first<{ n: number }>();
    expect(left?.n).toBe(0);
  });
});
