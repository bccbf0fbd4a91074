import { beforeAll, describe, expect, it } from "vitest";
import { call, newUser, testEnv } from "./helpers";

const CANONICAL = 100_000;
const DUPLICATES = 10_000;
const START_MS = Date.parse("2026-01-01T00:00:00Z");

/**
 * Seeds a user's ledger in one SQL statement through the real D1: `CANONICAL` rows t1…t100000 a minute
 * apart, then `DUPLICATES` more rows, each another alert of every tenth row (t10, t20, …).
 */
async function seedLedger(userId: string): Promise<void> {
  await testEnv.DB.prepare(
    `INSERT INTO transactions (id, user_id, sms_id, intent, direction, amount_minor, currency, account, counterparty,
       occurred_at, occurred_at_ms, parser, confidence, duplicate_of)
     WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${CANONICAL + DUPLICATES})
     SELECT ?1 || ':t' || i, ?1, 's' || i, 'transaction', 'debit', 100 + i, 'INR', '4321', 'shop ' || i,
       strftime('%Y-%m-%dT%H:%M:%SZ', t / 1000, 'unixepoch'), t, 'test', 0.9,
       CASE WHEN i > ${CANONICAL} THEN ?1 || ':t' || ((i - ${CANONICAL}) * 10) END
     FROM (SELECT i, ${START_MS} + (CASE WHEN i > ${CANONICAL} THEN (i - ${CANONICAL}) * 10 ELSE i END) * 60000 AS t FROM n)`,
  )
    .bind(userId)
    .run();
}

describe("a ledger of 100,000 transactions (110,000 alerts)", () => {
  let user: { userId: string; key: string };

  beforeAll(async () => {
    user = await newUser("heavy");
    const started = Date.now();
    await seedLedger(user.userId);
    console.log(`seeded ${CANONICAL + DUPLICATES} rows in ${Date.now() - started} ms`);
  }, 120_000);

  it("lists a page of 100 and of 500 with their merged alerts", async () => {
    for (const limit of [100, 500]) {
      const res = await call(`/v1/transactions?limit=${limit}`, { key: user.key });
      expect(res.status).toBe(200);
      const page = (await res.json()) as { items: { id: string; sms_ids: string[] }[]; next_cursor: string | null };
      expect(page.items).toHaveLength(limit);
      expect(page.items[0]).toMatchObject({ id: `${user.userId}:t100000`, sms_ids: ["s100000", "s110000"] });
      expect(page.items[1]?.sms_ids).toEqual(["s99999"]);
      expect(page.items.filter((t) => t.sms_ids.length === 2)).toHaveLength(limit / 10);
      expect(page.next_cursor).toBeTypeOf("string");
    }
  });

  it("exports all 100,000 rows as CSV, each with its merged alerts", async () => {
    const started = Date.now();
    const res = await call("/v1/transactions?format=csv", { key: user.key });
    expect(res.status).toBe(200);
    const lines = (await res.text()).trimEnd().split("\r\n");
    console.log(`CSV export of ${lines.length - 1} rows in ${Date.now() - started} ms`);
    expect(lines).toHaveLength(CANONICAL + 1);
    expect(lines[1]?.startsWith(`"${user.userId}:t100000"`)).toBe(true);
    expect(lines.at(-1)?.startsWith(`"${user.userId}:t1"`)).toBe(true);
    expect(lines.filter((line) => / s1\d{5}"$/.test(line))).toHaveLength(DUPLICATES);
    expect(new Set(lines).size).toBe(lines.length);
  }, 300_000);
});
