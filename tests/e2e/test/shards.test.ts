import consumer from "@smsledger/consumer";
import type { ConsumerEnv } from "@smsledger/consumer/bindings";
import { userBucket } from "@smsledger/core";
import { d1For } from "@smsledger/db";
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { api, postSms, testEnv, until } from "./helpers";

// The e2e Worker runs with D1_SHARDS = 2 (wrangler.jsonc): `DB` is bucket 0 and the directory, `DB_1` bucket 1.
const ADMIN = "test-admin-token";
// Tables every ingesting user has rows in (audit events are stored only for rare states: see the dead-letter case).
const DATA_TABLES = ["sms", "transactions", "ingestions", "user_usage", "ledger_versions"];
const ERASED_TABLES = [...DATA_TABLES, "sms_events", "dead_letters", "ledger_corrections"];
const DIRECTORY_TABLES = [
  ["users", "id"],
  ["api_keys", "user_id"],
] as const;

const admin = (path: string, init: RequestInit = {}) =>
  api(path, ADMIN, { ...init, headers: { "content-type": "application/json", ...(init.headers ?? {}) } });
const json = async <T>(response: Promise<Response>): Promise<T> => (await response).json() as Promise<T>;
const databases = () => [testEnv.DB, testEnv.DB_1];

interface User {
  userId: string;
  key: string;
}

/** Users created through the admin API until one falls in `bucket` (ids are random; half of them do). */
async function userInBucket(bucket: number): Promise<User> {
  for (let tries = 0; tries < 64; tries++) {
    const created = await json<{ user_id: string; api_key: { key: string } }>(
      admin("/admin/users", { method: "POST", body: JSON.stringify({ name: `bucket ${bucket}` }) }),
    );
    if (userBucket(created.user_id, 2) === bucket) return { userId: created.user_id, key: created.api_key.key };
  }
  throw new Error(`no user id hashed to bucket ${bucket}`);
}

const count = async (d1: D1Database, table: string, column: string, userId: string) =>
  (await d1.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE ${column} = ?`).bind(userId).first<{ n: number }>())?.n ??
  -1;

const messages = (tag: string) => [
  {
    sender: "VM-HDFCBK-S",
    body: `Rs.1,250.00 debited from A/c XX4321 on 12-11-26 to VPA ${tag}@axisbank (UPI Ref No 431298765432) - HDFC Bank`,
    received_at: "2026-11-12T10:00:00+05:30",
  },
  {
    sender: "AD-ICICIB-S",
    body: `ICICI Bank Acct XX7788 credited with Rs 45,000.00 on 12-Nov-26 by NEFT from ${tag.toUpperCase()} PAYROLL.`,
    received_at: "2026-11-12T11:00:00+05:30",
  },
  {
    sender: "VM-SBIOTP-S",
    body: "482913 is your OTP for a transaction of Rs 2,000.00 at AMAZON. Valid for 5 mins. Do not share it - SBI",
    received_at: "2026-11-12T12:00:00+05:30",
  },
];

type Ledger = { items: { sms_id: string; amount: string; direction: string }[] };

/** Posts the three messages for each user at once and waits for both ledgers. */
async function ingestBoth(a: User, b: User): Promise<[Ledger, Ledger]> {
  const posted = await Promise.all([postSms(a.key, messages("asha")), postSms(b.key, messages("bala"))]);
  expect(posted.map((r) => r.status)).toEqual([202, 202]);
  const ledgers = await Promise.all(
    [a, b].map((user) =>
      until(
        () => json<Ledger>(api("/v1/transactions", user.key)),
        (page) => page.items.length >= 2,
      ),
    ),
  );
  for (const ledger of ledgers) expect(ledger.items).toHaveLength(2);
  return ledgers as [Ledger, Ledger];
}

describe("D1 sharded by user bucket (D1_SHARDS = 2)", () => {
  it("stores each user's rows in its bucket's database only, keeps the directory in DB, and reads ledgers back", async () => {
    const [a, b] = [await userInBucket(0), await userInBucket(1)];
    expect(d1For(testEnv, a.userId)).toBe(testEnv.DB);
    expect(d1For(testEnv, b.userId)).toBe(testEnv.DB_1);
    const [ledgerA, ledgerB] = await ingestBoth(a, b);
    for (const ledger of [ledgerA, ledgerB])
      expect(ledger.items.map((t) => [t.direction, t.amount]).sort()).toEqual([
        ["credit", "45000.00"],
        ["debit", "1250.00"],
      ]);
    // Every SMS terminal, in its own database.
    for (const [user, d1] of [
      [a, testEnv.DB],
      [b, testEnv.DB_1],
    ] as const) {
      const states = await until(
        async () =>
          (await d1.prepare("SELECT state FROM sms WHERE user_id = ?").bind(user.userId).all<{ state: string }>())
            .results,
        (rows) => rows.length === 3 && rows.every((r) => r.state !== "queued"),
      );
      expect(states.map((r) => r.state).sort()).toEqual(["not_financial", "parsed", "parsed"]);
    }

    for (const table of DATA_TABLES) {
      expect(await count(testEnv.DB, table, "user_id", a.userId), `${table} of a in DB`).toBeGreaterThan(0);
      expect(await count(testEnv.DB_1, table, "user_id", a.userId), `${table} of a in DB_1`).toBe(0);
      expect(await count(testEnv.DB_1, table, "user_id", b.userId), `${table} of b in DB_1`).toBeGreaterThan(0);
      expect(await count(testEnv.DB, table, "user_id", b.userId), `${table} of b in DB`).toBe(0);
    }
    for (const [table, column] of DIRECTORY_TABLES)
      for (const user of [a, b]) {
        expect(await count(testEnv.DB, table, column, user.userId), `${table} in DB`).toBe(1);
        expect(await count(testEnv.DB_1, table, column, user.userId), `${table} in DB_1`).toBe(0);
      }

    // Reads stay in the caller's database: one user's SMS is not found with the other's key.
    expect((await api(`/v1/sms/${ledgerB.items[0]?.sms_id}`, b.key)).status).toBe(200);
    expect((await api(`/v1/sms/${ledgerB.items[0]?.sms_id}`, a.key)).status).toBe(404);
    const summary = await json<Record<string, unknown>>(api("/v1/summary?from=2026-11-01&to=2026-11-30", b.key));
    expect(JSON.stringify(summary)).toContain("45000.00");
  });

  it("merges the admin metrics of both databases", async () => {
    const [a, b] = [await userInBucket(0), await userInBucket(1)];
    await ingestBoth(a, b);
    const window = 60;
    const since = (Math.floor(Date.now() / 60_000) - window + 1) * 60_000;
    const processedIn = async (d1: D1Database) =>
      (
        await d1
          .prepare("SELECT COALESCE(SUM(messages), 0) AS n FROM batch_metrics WHERE at >= ?")
          .bind(since)
          .first<{ n: number }>()
      )?.n ?? 0;
    const acceptedIn = async (d1: D1Database) =>
      (
        await d1
          .prepare("SELECT COALESCE(SUM(accepted), 0) AS n FROM ingestions WHERE created_at >= ?")
          .bind(since)
          .first<{ n: number }>()
      )?.n ?? 0;
    const before = await Promise.all(databases().map(async (d1) => [await processedIn(d1), await acceptedIn(d1)]));
    const report = await json<{ totals: { processed: number; accepted: number } }>(
      admin(`/v1/metrics?window=${window}`),
    );
    const after = await Promise.all(databases().map(async (d1) => [await processedIn(d1), await acceptedIn(d1)]));
    // Both databases did work; the report counts more than either alone: the sum, as far as concurrent tests allow.
    for (const [i, name] of ["processed", "accepted"].entries()) {
      const total = report.totals[name as "processed" | "accepted"];
      const sum = (rows: number[][]) => rows.reduce((s, r) => s + (r[i] ?? 0), 0);
      const [sumBefore, sumAfter] = [sum(before), sum(after)];
      for (const rows of before) expect(rows[i], `${name} per database`).toBeGreaterThan(0);
      expect(total, name).toBeGreaterThanOrEqual(sumBefore);
      expect(total, name).toBeLessThanOrEqual(sumAfter);
    }
  });

  it("lists dead letters of both databases, and replays and discards each in its own", async () => {
    const [a, b] = [await userInBucket(0), await userInBucket(1)];
    for (const [user, d1] of [
      [a, testEnv.DB],
      [b, testEnv.DB_1],
    ] as const)
      await d1.batch([
        d1
          .prepare(
            "INSERT INTO sms (user_id, id, ingestion_id, sender, body, received_at, state) VALUES (?, 'dead', 'ing_x', 'VM-SBIOTP-S', '482913 is your OTP. Do not share it - SBI', '2026-11-12T10:00:00+05:30', 'dead_lettered')",
          )
          .bind(user.userId),
        d1
          .prepare(
            "INSERT INTO dead_letters (user_id, sms_id, ingestion_id, last_error, attempts) VALUES (?, 'dead', 'ing_x', 'boom', 10)",
          )
          .bind(user.userId),
      ]);
    const listed = await json<{ items: { user_id: string; sms_id: string; body: string }[] }>(
      admin("/admin/dead-letters?status=open&limit=500"),
    );
    const ours = listed.items.filter((i) => i.user_id === a.userId || i.user_id === b.userId);
    expect(ours.map((i) => i.user_id).sort()).toEqual([a.userId, b.userId].sort());
    expect(ours.every((i) => i.body.includes("OTP"))).toBe(true);

    expect((await admin(`/admin/dead-letters/${b.userId}/dead/replay`, { method: "POST" })).status).toBe(202);
    const replayed = await until(
      async () =>
        (
          await testEnv.DB_1.prepare("SELECT state FROM sms WHERE user_id = ? AND id = 'dead'")
            .bind(b.userId)
            .first<{ state: string }>()
        )?.state,
      (state) => state === "not_financial",
    );
    expect(replayed).toBe("not_financial");
    expect((await admin(`/admin/dead-letters/${a.userId}/dead`, { method: "DELETE" })).status).toBe(204);
    const statusIn = async (d1: D1Database, userId: string) =>
      (
        await d1
          .prepare("SELECT status FROM dead_letters WHERE user_id = ? AND sms_id = 'dead'")
          .bind(userId)
          .first<{ status: string }>()
      )?.status;
    expect(await statusIn(testEnv.DB, a.userId)).toBe("discarded");
    expect(await statusIn(testEnv.DB_1, b.userId)).toBe("replayed");
    // The replay's audit event is in b's database only.
    expect(await count(testEnv.DB_1, "sms_events", "user_id", b.userId)).toBeGreaterThan(0);
    expect(await count(testEnv.DB, "sms_events", "user_id", b.userId)).toBe(0);
  });

  it("sweeps stuck SMS in every database", async () => {
    const [a, b] = [await userInBucket(0), await userInBucket(1)];
    const old = Date.now() - 3 * 3_600_000;
    for (const [user, d1] of [
      [a, testEnv.DB],
      [b, testEnv.DB_1],
    ] as const)
      await d1.batch([
        d1
          .prepare(
            "INSERT INTO sms (user_id, id, ingestion_id, sender, body, received_at, created_at) VALUES (?, 'stuck', 'ing', 'VM-SBIOTP-S', '482913 is your OTP. Do not share it - SBI', '2026-11-12T10:00:00Z', ?)",
          )
          .bind(user.userId, old),
        // As the API records it: the chunk also charges the user's usage row, through which the sweeper
        // finds the users of each database.
        d1
          .prepare(
            "INSERT INTO user_usage (user_id, sms_count, sms_bytes, max_sms, max_bytes) VALUES (?, 1, 52, 1000000, 536870912) ON CONFLICT (user_id) DO NOTHING",
          )
          .bind(user.userId),
      ]);
    const ctx = createExecutionContext();
    await consumer.scheduled(createScheduledController(), testEnv as unknown as ConsumerEnv, ctx);
    await waitOnExecutionContext(ctx);
    for (const [user, d1] of [
      [a, testEnv.DB],
      [b, testEnv.DB_1],
    ] as const) {
      const state = await until(
        async () =>
          (
            await d1
              .prepare("SELECT state FROM sms WHERE user_id = ? AND id = 'stuck'")
              .bind(user.userId)
              .first<{ state: string }>()
          )?.state,
        (s) => s === "not_financial",
      );
      expect(state).toBe("not_financial");
    }
  });

  it("erases a user from its bucket's database and the directory, leaving the other bucket alone", async () => {
    const [a, b] = [await userInBucket(0), await userInBucket(1)];
    await ingestBoth(a, b);
    for (const table of DATA_TABLES)
      expect(await count(testEnv.DB_1, table, "user_id", b.userId), `${table} of b`).toBeGreaterThan(0);
    expect((await admin(`/admin/users/${b.userId}`, { method: "DELETE" })).status).toBe(204);
    for (const table of ERASED_TABLES)
      for (const d1 of databases()) expect(await count(d1, table, "user_id", b.userId), `${table} of b`).toBe(0);
    for (const table of DATA_TABLES)
      expect(await count(testEnv.DB, table, "user_id", a.userId), `${table} of a`).toBeGreaterThan(0);
    for (const [table, column] of DIRECTORY_TABLES) {
      expect(await count(testEnv.DB, table, column, b.userId), table).toBe(0);
      expect(await count(testEnv.DB, table, column, a.userId), table).toBe(1);
    }
    expect((await api("/v1/transactions", b.key)).status).toBe(401);
    expect((await admin(`/admin/users/${b.userId}`, { method: "DELETE" })).status).toBe(404);
    expect((await api("/v1/transactions", a.key)).status).toBe(200);
  });
});
