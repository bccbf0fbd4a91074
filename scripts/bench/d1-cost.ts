// Dev probe (run with tsx): what one consumer batch of 100 outcomes costs outside workerd.
// Builds the consumer's D1 batch with packages/db's outcomeStatements (drizzle, as in the Worker) and
// runs the same SQL on an in-memory SQLite (node:sqlite) with the real migrations, timing
// (a) statement building (drizzle toSQL) and (b) raw SQLite execution, per batch.
// Usage: packages/core/node_modules/.bin/tsx scripts/bench/d1-cost.ts [batches] [users per batch]
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { createDb, insertQueuedSms, outcomeStatements, type SmsOutcome } from "../../packages/db/src/index.ts";

const root = join(import.meta.dirname, "../..");
const batches = Number(process.argv[2] ?? 200);
// Users whose SMS share one batch: ~1-2 in `pnpm bench` (each user's 100 SMS are enqueued together), many in production.
const usersPerBatch = Number(process.argv[3] ?? 2);
const sqlite = new DatabaseSync(":memory:");
const migrations = join(root, "packages/db/migrations");
for (const f of readdirSync(migrations)
  .filter((f) => f.endsWith(".sql"))
  .sort())
  for (const stmt of readFileSync(join(migrations, f), "utf8").split("--> statement-breakpoint"))
    if (stmt.trim()) sqlite.exec(stmt);

// A D1 stand-in that only records statements (so building can be timed apart from executing).
type Bound = { sql: string; params: unknown[] };
const fakeD1 = {
  prepare: (sql: string) => ({
    sql,
    params: [] as unknown[],
    bind(...params: unknown[]) {
      return { sql, params, bind: this.bind };
    },
  }),
  batch: async (list: Bound[]) => list.map(() => ({ results: [] })),
};
const db = createDb(fakeD1 as never);

let buildMs = 0,
  execMs = 0,
  statementsTotal = 0;
const failed = new Set<string>();
const byKind = new Map<string, number>();
const insertSms = sqlite.prepare(
  "INSERT INTO sms (user_id, id, ingestion_id, sender, body, received_at) VALUES (?, ?, 'ing', 'VM-HDFCBK-S', 'body', '2026-11-12T10:00:00+05:30')",
);
for (let b = 0; b < batches; b++) {
  const outcomes: SmsOutcome[] = [];
  for (let i = 0; i < 100; i++) {
    const userId = `usr_${(b * usersPerBatch + Math.floor((i * usersPerBatch) / 100)) % 1000}`;
    const smsId = `b${b * 100 + i}`;
    insertSms.run(userId, smsId);
    const parsed = i % 10 < 7;
    outcomes.push({
      userId,
      smsId,
      state: parsed ? "parsed" : "not_financial",
      intent: parsed ? "transaction" : "otp",
      parser: "rules:hdfc",
      confidence: 0.9,
      attempts: 1,
      transactions:
        parsed && i % 2 === 0
          ? [
              {
                id: `tx_${smsId}`,
                userId,
                smsId,
                seq: 0,
                intent: "transaction",
                direction: "debit",
                amountMinor: 125000,
                currency: "INR",
                account: "1234",
                accountKind: "bank",
                counterparty: "SWIGGY",
                method: "UPI",
                reference: "431298765432",
                balanceMinor: null,
                occurredAt: "2026-11-12T10:00:00+05:30",
                occurredAtMs: 1794456000000,
                institution: "HDFC Bank",
                category: "food",
                parser: "rules:hdfc",
                confidence: 0.9,
              } as never,
            ]
          : [],
    });
  }
  const t0 = performance.now();
  const stmts = outcomeStatements(db, outcomes, Date.now()).map((s) =>
    "toSQL" in s ? (s as { toSQL(): Bound }).toSQL() : (s as unknown as Bound),
  );
  const t1 = performance.now();
  sqlite.exec("BEGIN");
  for (const s of stmts) {
    const ts = performance.now();
    try {
      sqlite.prepare(s.sql).run(...(s.params as never[]));
    } catch (error) {
      failed.add(`${String(error).slice(0, 80)} in: ${s.sql.replace(/\s+/g, " ").slice(0, 60)}`);
    }
    const kind = s.sql.trimStart().slice(0, 30).replace(/\s+/g, " ").split(" ").slice(0, 3).join(" ");
    if (b >= 10) byKind.set(kind, (byKind.get(kind) ?? 0) + performance.now() - ts);
  }
  sqlite.exec("COMMIT");
  const t2 = performance.now();
  if (b >= 10) (buildMs += t1 - t0), (execMs += t2 - t1), (statementsTotal += stmts.length);
}
const n = batches - 10;
// The API side: building insertQueuedSms's statements for one request of 100 and of 1000 SMS (no execution).
// (Signature of packages/db at the time of writing: (db, {id, userId, format}, rows, messages, at, quota).)
const ingestBuildMs: Record<string, number> = {};
for (const size of [100, 1000]) {
  const rows = Array.from({ length: size }, (_, i) => ({
    userId: "usr_1",
    id: `s${i}`,
    ingestionId: "ing_1",
    sender: "VM-HDFCBK-S",
    body: "Rs.1,250.00 debited from A/c XX4321 on 12-11-26 to VPA swiggy@axisbank (UPI Ref No 431298765432) - HDFC Bank",
    receivedAt: "2026-11-12T10:00:00+05:30",
  }));
  const ingestion = { id: "ing_1", userId: "usr_1", format: "json" as const };
  const call = () =>
    insertQueuedSms(db, ingestion as never, rows as never, rows.length as never, Date.now() as never, {
      sms: 1e9,
      bytes: 1e12,
    });
  for (let w = 0; w < 5; w++) await call();
  const t0 = performance.now();
  for (let k = 0; k < 20; k++) await call();
  ingestBuildMs[`${size}_sms`] = +((performance.now() - t0) / 20).toFixed(2);
}
console.log(
  JSON.stringify({
    batches: n,
    users_per_batch: usersPerBatch,
    statements_per_batch: Math.round(statementsTotal / n),
    build_ms_per_batch: +(buildMs / n).toFixed(2),
    sqlite_exec_ms_per_batch: +(execMs / n).toFixed(2),
    exec_ms_per_batch_by_statement: Object.fromEntries([...byKind].map(([k, v]) => [k, +(v / n).toFixed(2)])),
    failed_in_node_sqlite: [...failed],
    ingest_build_ms_per_request: ingestBuildMs,
  }),
);
