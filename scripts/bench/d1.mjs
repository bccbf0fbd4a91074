// Read-only SQL on the local D1 of a state dir. Miniflare keeps D1 in a WAL-mode SQLite file, so
// node:sqlite can read it while the Workers write (readers never block a WAL writer), far cheaper than
// spawning `wrangler d1 execute` (≈ 1-3 s of CPU per query on this machine). Falls back to execSql.
// With several D1 databases (--d1-shards), the others are attached and each table is read through a
// temporary view of all of them (UNION ALL), so every query below sees the whole deployment's rows.
import { readdirSync } from "node:fs";
import { join } from "node:path";

function d1Files(stateDir, expected) {
  const dir = join(stateDir, "v3/d1/miniflare-D1DatabaseObject");
  const files = readdirSync(dir).filter((f) => f.endsWith(".sqlite") && f !== "metadata.sqlite");
  if (files.length !== expected) throw new Error(`${files.length} D1 databases in ${dir}, expected ${expected}`);
  return files.map((f) => join(dir, f));
}

/** Temporary views (they shadow the tables of `main`) over every attached database's copy of each table. */
function unionViews(db, schemas) {
  const tables = db
    .prepare(
      "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%'",
    )
    .all()
    .map((r) => r.name);
  for (const table of tables)
    db.exec(
      `CREATE TEMP VIEW "${table}" AS ${schemas.map((s) => `SELECT * FROM ${s}."${table}"`).join(" UNION ALL ")}`,
    );
}

/** Returns query(sql) -> rows; schemas (the attached databases, for per-database PRAGMAs); close(). */
export async function openD1(stateDir, execSql, d1Shards = 1) {
  try {
    const emit = process.emitWarning;
    process.emitWarning = () => {}; // node:sqlite's "experimental" warning
    const { DatabaseSync } = await import("node:sqlite").finally(() => (process.emitWarning = emit));
    const [first, ...others] = d1Files(stateDir, d1Shards);
    const db = new DatabaseSync(first, { readOnly: true });
    db.exec("PRAGMA busy_timeout = 5000");
    const schemas = ["main", ...others.map((_, i) => `shard${i + 1}`)];
    for (const [i, file] of others.entries()) db.prepare(`ATTACH DATABASE ? AS shard${i + 1}`).run(file);
    if (others.length) unionViews(db, schemas);
    return { via: "node:sqlite", schemas, query: (sql) => db.prepare(sql).all(), close: () => db.close() };
  } catch (error) {
    if (d1Shards > 1) throw error; // `wrangler d1 execute` reads one database: the figures would miss the others
    console.error(`bench: node:sqlite unavailable (${error.message}); using wrangler d1 execute`);
    return {
      via: "wrangler d1 execute",
      schemas: ["main"],
      query: (sql) => JSON.parse(execSql(sql).replace(/^[^[]*/s, ""))[0].results,
      close() {},
    };
  }
}

const one = (d1, sql) => Object.values(d1.query(sql)[0] ?? {})[0] ?? 0;

/** SMS still queued (not in a terminal state). */
export const queuedCount = (d1) => one(d1, "SELECT COUNT(*) FROM sms WHERE state = 'queued'");

/**
 * SMS the consumer wrote so far, read from its per-batch rollups and the dead letters (a few thousand small
 * rows): a cheap progress figure to poll. It may run ahead (a redelivered SMS counts again), never behind, so
 * the drain loop uses it to decide when the exact count (a scan of every SMS row) is worth running.
 */
export const writtenCount = (d1) =>
  one(d1, "SELECT (SELECT COALESCE(SUM(messages), 0) FROM batch_metrics) + (SELECT COUNT(*) FROM dead_letters)");

/** Every check and figure that comes from D1 once the run is over. */
export function collect(d1, { userIds, uploadedIds, uploadEndedAt }) {
  const inUsers = `user_id IN (${userIds.map((id) => `'${id.replaceAll("'", "''")}'`).join(",")})`;
  const states = Object.fromEntries(
    d1.query(`SELECT state, COUNT(*) AS n FROM sms WHERE ${inUsers} GROUP BY state`).map((r) => [r.state, r.n]),
  );
  const rows = d1.query(`SELECT user_id AS u, id FROM sms WHERE ${inUsers}`);
  const seen = new Map();
  for (const { u, id } of rows) seen.set(`${u}\n${id}`, (seen.get(`${u}\n${id}`) ?? 0) + 1);
  let missing = 0;
  for (const key of uploadedIds) if (!seen.has(key)) missing++;
  const unexpected = [...seen.keys()].filter((k) => !uploadedIds.has(k)).length;
  const lags = d1
    .query(`SELECT processed_at - created_at AS lag FROM sms WHERE ${inUsers} AND processed_at IS NOT NULL`)
    .map((r) => r.lag);
  const times = d1.query(
    `SELECT MIN(created_at) AS first_created, MAX(created_at) AS last_created, MAX(processed_at) AS last_processed FROM sms WHERE ${inUsers}`,
  )[0];
  const processedDuringUpload = uploadEndedAt
    ? one(d1, `SELECT COUNT(*) FROM sms WHERE ${inUsers} AND processed_at <= ${Number(uploadEndedAt)}`)
    : null;
  const batches = d1.query(
    `SELECT COUNT(*) AS batches, SUM(messages) AS messages, SUM(template_hits) AS template_hits, SUM(template_misses) AS template_misses,
            SUM(upstream_calls) AS upstream_calls, SUM(upstream_ok) AS upstream_ok, SUM(deferred) AS deferred, SUM(retries) AS retries,
            MIN(at) AS first_at, MAX(at) AS last_at FROM batch_metrics WHERE queue NOT LIKE '%dlq%'`,
  )[0];
  const byPath = {};
  for (const { by_path } of d1.query("SELECT by_path FROM batch_metrics"))
    for (const [k, v] of Object.entries(JSON.parse(by_path))) byPath[k] = (byPath[k] ?? 0) + v;
  return {
    states,
    sms_rows: rows.length,
    missing_rows: missing,
    unexpected_rows: unexpected,
    duplicate_sms_rows: rows.length - seen.size,
    duplicate_transaction_rows: one(
      d1,
      "SELECT COUNT(*) FROM (SELECT 1 FROM transactions GROUP BY user_id, sms_id, seq HAVING COUNT(*) > 1)",
    ),
    orphan_transactions: one(
      d1,
      "SELECT COUNT(*) FROM transactions t WHERE NOT EXISTS (SELECT 1 FROM sms s WHERE s.user_id = t.user_id AND s.id = t.sms_id AND s.state = 'parsed')",
    ),
    transactions: one(d1, `SELECT COUNT(*) FROM transactions WHERE ${inUsers}`),
    events: one(d1, "SELECT COUNT(*) FROM sms_events"),
    lags,
    times,
    processed_during_upload: processedDuringUpload,
    batches: { ...batches, by_path: byPath },
  };
}

/**
 * Issue 8 on the corpus: of the payments that produced two alerts, how many became one ledger row,
 * how many would be counted twice, and what a naive sum would over-count per month.
 */
export function alertPairFigures(d1, pairs, userIds) {
  const rows = new Map();
  for (const userId of new Set(pairs.map(([u]) => userIds[u]))) {
    const found = d1.query(
      `SELECT sms_id, id, duplicate_of, amount_minor FROM transactions WHERE user_id = '${userId.replaceAll("'", "''")}'`,
    );
    for (const row of found) rows.set(`${userId}\n${row.sms_id}`, row);
  }
  let merged = 0;
  let doubleCounted = 0;
  let unread = 0;
  let overcountMinor = 0;
  for (const [u, bankId, upiId] of pairs) {
    const a = rows.get(`${userIds[u]}\n${bankId}`);
    const b = rows.get(`${userIds[u]}\n${upiId}`);
    if (!a || !b) {
      unread++;
      continue;
    }
    const counted = [a, b].filter((row) => row.duplicate_of === null);
    if (counted.length === 1 && [a, b].some((row) => row.duplicate_of === counted[0].id)) merged++;
    if (counted.length > 1) doubleCounted++;
    overcountMinor += a.amount_minor;
  }
  const all = d1.query("SELECT COUNT(*) AS n, SUM(duplicate_of IS NOT NULL) AS merged FROM transactions")[0];
  return {
    pairs: pairs.length,
    merged_pairs: merged,
    double_counted_pairs: doubleCounted,
    pairs_not_both_read: unread,
    share_of_alerts_merged: all.n ? Math.round((all.merged / all.n) * 10000) / 10000 : 0,
    naive_sum_overcount_inr: overcountMinor / 100,
  };
}
