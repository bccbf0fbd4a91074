// `pnpm bench:regroup`: what regrouping costs per consumer batch as one user's history grows.
// Builds one user's history (regroup-history.ts) and writes it, oldest first, in consumer batches of
// --batch SMS through packages/db's real write path (writeOutcomes: the related-closure reads, core's
// assignLedger, the guarded D1 batch) against real D1 in workerd (wrangler's getPlatformProxy, local
// Miniflare). Reports ms and D1 rows read per batch around each --at history size, and the ledger
// checks at the end. The last stdout line is one JSON object.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { getPlatformProxy } from "wrangler";
import { createDb, writeOutcomes } from "../../packages/db/src/index.ts";
import { ledgerChecks } from "./ledger-checks.mjs";
import { buildHistory } from "./regroup-history.ts";

const { values: opts } = parseArgs({
  options: {
    at: { type: "string", default: "5000,50000" },
    batch: { type: "string", default: "100" },
    "per-day": { type: "string", default: "20" },
    window: { type: "string", default: "10" },
    seed: { type: "string", default: "7" },
  },
});
const checkpoints = opts.at
  .split(",")
  .map(Number)
  .sort((a, b) => a - b);
const batchSize = Number(opts.batch);
const window = Number(opts.window);
const total = checkpoints.at(-1) as number;
const root = join(import.meta.dirname, "../..");
const log = (...args: unknown[]) => console.error("[bench:regroup]", ...args);

const dir = mkdtempSync(join(tmpdir(), "smsledger-regroup-"));
writeFileSync(
  join(dir, "wrangler.jsonc"),
  JSON.stringify({
    name: "regroup-bench",
    compatibility_date: "2026-11-01",
    d1_databases: [{ binding: "DB", database_name: "bench", database_id: "00000000-0000-4000-8000-0000000000aa" }],
  }),
);
const { env, dispose } = await getPlatformProxy<{ DB: D1Database }>({
  configPath: join(dir, "wrangler.jsonc"),
  persist: { path: join(dir, "state") },
});
const d1 = env.DB;
const query = async (sql: string) => (await d1.prepare(sql).all()).results;

try {
  const migrations = join(root, "packages/db/migrations");
  for (const file of readdirSync(migrations)
    .filter((f) => f.endsWith(".sql"))
    .sort()) {
    const statements = readFileSync(join(migrations, file), "utf8")
      .split("--> statement-breakpoint")
      .filter((s) => s.trim());
    await d1.batch(statements.map((s) => d1.prepare(s)));
  }
  const userId = "usr_regroup_bench";
  const history = buildHistory(userId, total, Number(opts["per-day"]), Number(opts.seed));
  const smsRows = history.outcomes.map((o) => [o.smsId, o.transactions[0]?.sender ?? "VM-OTP-S"]);
  for (let i = 0; i < smsRows.length; i += 1000) {
    await d1
      .prepare(`INSERT INTO sms (user_id, id, ingestion_id, sender, body, received_at)
        SELECT ?1, j.value ->> '$[0]', 'ing_bench', j.value ->> '$[1]', 'x', '2019-01-01T00:00:00Z' FROM json_each(?2) j`)
      .bind(userId, JSON.stringify(smsRows.slice(i, i + 1000)))
      .run();
  }
  log(
    `history: ${history.outcomes.length} SMS, ${history.pairs.length} two-alert payments, ${history.transfers} transfers, ${history.refunds} refunds`,
  );

  const db = createDb(d1);
  const samples: {
    before: number;
    ms: number;
    rowsRead: number;
    roundTrips: number;
    closure: number;
    written: number;
    attempts: number;
  }[] = [];
  const t0 = Date.now();
  for (let i = 0; i < history.outcomes.length; i += batchSize) {
    const batch = history.outcomes.slice(i, i + batchSize);
    const start = performance.now();
    const { plan, attempts } = await writeOutcomes(db, batch, Date.now());
    const ms = performance.now() - start;
    samples.push({
      before: i,
      ms,
      rowsRead: plan.rowsRead,
      roundTrips: plan.roundTrips,
      closure: plan.closureRows,
      written: plan.rowsWritten,
      attempts,
    });
    if ((i / batchSize) % 50 === 0) log(`${i} SMS written, last batch ${ms.toFixed(1)} ms, ${plan.rowsRead} rows read`);
  }
  const totalS = (Date.now() - t0) / 1000;

  const stats = (list: number[]) => {
    const sorted = [...list].sort((a, b) => a - b);
    const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
    const mean = list.reduce((s, x) => s + x, 0) / list.length;
    return {
      mean: Math.round(mean * 10) / 10,
      p50: Math.round(at(50) * 10) / 10,
      p95: Math.round(at(95) * 10) / 10,
      max: Math.round(at(100) * 10) / 10,
    };
  };
  const perCheckpoint = Object.fromEntries(
    checkpoints.map((c) => {
      const last = samples.filter((s) => s.before >= c - window * batchSize && s.before < c);
      return [
        `history_${c}`,
        {
          batches: last.length,
          history_before: [last[0]?.before, last.at(-1)?.before],
          ms_per_batch: stats(last.map((s) => s.ms)),
          d1_rows_read_per_batch: stats(last.map((s) => s.rowsRead)),
          read_round_trips_per_batch: stats(last.map((s) => s.roundTrips)),
          closure_rows_per_batch: stats(last.map((s) => s.closure)),
          rows_regrouped_written_per_batch: stats(last.map((s) => s.written)),
        },
      ];
    }),
  );

  const rows = new Map(
    (
      (await query(`SELECT sms_id, duplicate_of FROM transactions WHERE user_id = '${userId}'`)) as {
        sms_id: string;
        duplicate_of: string | null;
      }[]
    ).map((r) => [r.sms_id, r]),
  );
  const pairs = history.pairs.filter(([a, b]) => rows.has(a) && rows.has(b));
  const doubleCounted = pairs.filter(
    ([a, b]) => rows.get(a)?.duplicate_of === null && rows.get(b)?.duplicate_of === null,
  ).length;
  const result = {
    bench: "regroup",
    command: `pnpm bench:regroup ${process.argv.slice(2).join(" ")}`.trim(),
    machine: `${availableParallelism()} cores, node ${process.version}`,
    load_average_at_start_of_report: loadavg().map((x) => Math.round(x * 100) / 100),
    sms: history.outcomes.length,
    batch: batchSize,
    per_day: Number(opts["per-day"]),
    write_s: totalS,
    ...perCheckpoint,
    version_conflicts: samples.filter((s) => s.attempts > 1).length,
    two_alert_payments: pairs.length,
    double_counted_payments: doubleCounted,
    ...(await ledgerChecks(query)),
  };
  console.log(JSON.stringify(result));
} finally {
  await dispose();
  rmSync(dir, { recursive: true, force: true });
}
