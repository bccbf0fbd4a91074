// The bulk and linking statements are SQL text, so check that they compile against the migrated
// schema under the newest SQLite at hand (Node's), not only under the one inside local workerd.
import { readdirSync, readFileSync } from "node:fs";
import { DatabaseSync } from "node:sqlite";
import { describe, expect, it } from "vitest";
import type { Db } from "../src/client";
import {
  afterQueuedStatements,
  insertQueuedStatements,
  insertTransactionsStatements,
  updateStatesStatements,
} from "../src/queries/bulk";
import { correctTransaction } from "../src/queries/corrections";
import { planRegroup } from "../src/queries/ledger-write";
import { outcomeStatements, type SmsOutcome } from "../src/queries/results";
import { summarise, type SummaryGroup } from "../src/queries/summary";
import { chargeUsageStatement, releaseUsageStatement } from "../src/queries/usage";

function migrated(): DatabaseSync {
  const db = new DatabaseSync(":memory:");
  const dir = new URL("../migrations/", import.meta.url);
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith(".sql"))
    .sort()) {
    for (const statement of readFileSync(new URL(file, dir), "utf8").split("--> statement-breakpoint")) {
      if (statement.trim()) db.exec(statement);
    }
  }
  return db;
}

/** Collects the SQL text of the statements a builder prepares (D1 answers every read with no rows). */
function capture(seen: string[]): Db {
  const statement = { all: async () => ({ results: [] }), toSQL: undefined };
  const d1 = {
    prepare: (text: string) => ({ bind: () => (seen.push(text), { ...statement, bind: () => statement }) }),
    batch: async (list: unknown[]) => list.map(() => ({ results: [], meta: { rows_read: 0 } })),
  };
  return { $client: d1 } as unknown as Db;
}
function texts(build: (db: Db) => unknown): string[] {
  const seen: string[] = [];
  build(capture(seen));
  return seen;
}
async function asyncTexts(build: (db: Db) => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  await build(capture(seen));
  return seen;
}
const tx = {
  id: "tx_1",
  userId: "u",
  smsId: "s",
  seq: 0,
  intent: "refund" as const,
  direction: "credit" as const,
  amountMinor: 100,
  currency: "INR",
  counterparty: "SHOP",
  reference: "R1",
  occurredAt: "2026-11-12T10:00:00Z",
  occurredAtMs: 1,
  parser: "t",
  confidence: 1,
};
const outcome: SmsOutcome = {
  userId: "u",
  smsId: "s",
  state: "parsed",
  intent: "refund",
  parser: "t",
  confidence: 1,
  attempts: 1,
  transactions: [tx],
};
const ledgerTexts = [
  ...(await asyncTexts((db) =>
    planRegroup(db, [
      {
        ...tx,
        account: null,
        accountKind: null,
        category: null,
        sender: null,
        duplicateOf: null,
        linkKind: null,
        counterpartId: null,
        linkReason: null,
        userCategory: null,
        userCounterparty: null,
        correctedAt: null,
      },
    ]),
  )),
  ...(await asyncTexts((db) => correctTransaction(db, "u", "tx_1", { category: "food", counterparty: null }, 1))),
  ...(await asyncTexts(async (db) => {
    for (const group of ["month", "category", "counterparty", "account"] as SummaryGroup[]) {
      await summarise(db, "u", { group, fromMs: 0, toMs: 1, offsetMs: 0, includeTransfers: false });
    }
  })),
];

describe("bulk and linking SQL", () => {
  const statements = [
    ...ledgerTexts,
    ...texts((db) => outcomeStatements(db, [outcome], 1)),
    ...texts((db) => insertQueuedStatements(db, "u", "ing", [["s", "VM-HDFCBK-S", "body", "2026-11-12T10:00:00Z"]], 1)),
    ...texts((db) => afterQueuedStatements(db, { id: "ing", userId: "u", format: "json" }, 1, 1)),
    ...texts((db) =>
      updateStatesStatements(
        db,
        [{ user_id: "u", sms_id: "s", state: "parsed", intent: null, parser: null, confidence: null, attempts: 1 }],
        1,
      ),
    ),
    ...texts((db) => insertTransactionsStatements(db, [{} as never], 1)),
    ...texts((db) => [chargeUsageStatement(db, { id: "ing", userId: "u" }, 1, { sms: 5, bytes: 500 })]),
    ...texts((db) => [releaseUsageStatement(db, "u", ["s"])]),
  ];

  it("covers every statement", () => {
    expect(statements.length).toBeGreaterThanOrEqual(16);
  });

  it.each(statements.map((text, i) => [i, text] as const))("statement %i compiles", (_i, text) => {
    const db = migrated();
    expect(() => db.prepare(text)).not.toThrow();
  });
});

describe("the storage quota", () => {
  it("fails a write past the quota by the CHECK of user_usage, and counts bytes as UTF-8", () => {
    const db = migrated();
    db.exec(`INSERT INTO sms (user_id, id, ingestion_id, sender, body, received_at, created_at)
             VALUES ('u', 'a', 'i', 'AB', 'é', 't', 1)`);
    const [text] = texts((d) => [chargeUsageStatement(d, { id: "i", userId: "u" }, 1, { sms: 1, bytes: 100 })]);
    const charge = (max: number) => db.prepare(text as string).run("i", "u", 1, max, 100);
    charge(1);
    expect(db.prepare("SELECT sms_count, sms_bytes FROM user_usage").get()).toEqual({ sms_count: 1, sms_bytes: 4 });
    expect(() => charge(1)).toThrow(/user_usage_within_quota/);
    charge(2);
    expect(db.prepare("SELECT sms_count FROM user_usage").get()).toEqual({ sms_count: 2 });
  });
});
