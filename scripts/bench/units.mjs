// Billable units of a `pnpm bench` run and their price at Cloudflare's list prices (prices.json).
// The Workers run with METER=1 (packages/db/src/metering): each invocation prints one
// `METER {"worker":"api"|"consumer",...}` line into wrangler's output (the stack log); the sum of the
// lines written after the upload started is the run's usage. Storage comes from the D1 file (dbstat).
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** Sums the METER lines of the log after byte offset `from`, per worker and in total. */
export function meterTotals(logFile, from = 0) {
  const text = readFileSync(logFile).subarray(from).toString("utf8");
  const byWorker = {};
  const total = {};
  let lines = 0;
  for (const m of text.matchAll(/METER (\{[^\n]*\})/g)) {
    const { worker, ...units } = JSON.parse(m[1]);
    lines++;
    byWorker[worker] ??= {};
    for (const [k, v] of Object.entries(units)) {
      byWorker[worker][k] = (byWorker[worker][k] ?? 0) + v;
      total[k] = (total[k] ?? 0) + v;
    }
  }
  return { lines, by_worker: byWorker, total };
}

/** Bytes of the local D1 database (pages in use) and per table/index (SQLite's dbstat). */
export function storageSnapshot(d1) {
  const one = (sql) => Object.values(d1.query(sql)[0] ?? {})[0] ?? 0;
  // Summed over every D1 database (d1.mjs attaches them as schemas).
  const schemas = d1.schemas ?? ["main"];
  let bytes = 0;
  const objects = {};
  for (const s of schemas) {
    const p = s === "main" ? "PRAGMA " : `PRAGMA ${s}.`;
    bytes += (one(`${p}page_count`) - one(`${p}freelist_count`)) * one(`${p}page_size`);
    try {
      for (const r of d1.query(`SELECT name, SUM(pgsize) AS b FROM dbstat('${s}') GROUP BY name`))
        objects[r.name] = (objects[r.name] ?? 0) + r.b;
    } catch {}
  }
  return { bytes, objects };
}

/** Storage added by the run, per SMS stored, and how many SMS one database holds before its cap. */
export function storageFigures(before, after, sms, prices) {
  const perSms = (after.bytes - before.bytes) / sms;
  const capBytes = prices.storage.d1_max_database_gb * prices.storage.gb_bytes;
  const byObject = Object.entries(after.objects)
    .map(([name, b]) => [name, Math.round(((b - (before.objects[name] ?? 0)) / sms) * 10) / 10])
    .filter(([, b]) => b > 0)
    .sort((a, b) => b[1] - a[1]);
  return {
    bytes_per_sms: Math.round(perSms * 10) / 10,
    sms_per_10gb_database: Math.floor(capBytes / perSms),
    bytes_per_sms_by_table_or_index: Object.fromEntries(byObject),
    usd_per_month_per_million_sms_stored: round4(
      ((perSms * 1e6) / prices.storage.gb_bytes) * prices.storage.d1_usd_per_gb_month,
    ),
  };
}

const round4 = (x) => Math.round(x * 1e4) / 1e4;

export function loadPrices(root) {
  return JSON.parse(readFileSync(join(root, "scripts/bench/prices.json"), "utf8"));
}

/**
 * Per million SMS: each unit and its price. `meter` is meterTotals().total, `sms` the SMS accepted,
 * `workerdCpuS` the workerd process's CPU seconds over the run (an upper bound of Workers CPU: locally
 * the same process also runs D1, Queues, KV and the Durable Object), `upstreamCalls` the LLM calls.
 */
export function unitCosts({ meter, sms, workerdCpuS, upstreamCalls, prices }) {
  const perMillion = (x) => Math.round((x / sms) * 1e6);
  const units = {
    worker_invocations: perMillion(meter.invocations ?? 0),
    worker_cpu_ms: perMillion(workerdCpuS * 1000),
    d1_rows_read: perMillion(meter.d1_rows_read ?? 0),
    d1_rows_written: perMillion(meter.d1_rows_written ?? 0),
    queue_ops: perMillion((meter.queue_writes ?? 0) + (meter.queue_reads ?? 0) + (meter.queue_deletes ?? 0)),
    kv_reads: perMillion(meter.kv_reads ?? 0),
    kv_writes: perMillion((meter.kv_writes ?? 0) + (meter.kv_deletes ?? 0) + (meter.kv_lists ?? 0)),
    do_requests: perMillion(meter.do_requests ?? 0),
  };
  const usd = Object.fromEntries(
    Object.entries(units).map(([k, n]) => [k, round4((n / 1e6) * prices.units[k].usd_per_million)]),
  );
  return {
    prices_retrieved: prices.retrieved,
    per_million_sms: {
      ...units,
      upstream_llm_calls: perMillion(upstreamCalls),
      d1_statements: perMillion(meter.d1_statements ?? 0),
    },
    per_sms: {
      d1_rows_written: round4((meter.d1_rows_written ?? 0) / sms),
      d1_rows_read: round4((meter.d1_rows_read ?? 0) / sms),
      queue_ops: round4(units.queue_ops / 1e6),
      workerd_cpu_ms: round4((workerdCpuS * 1000) / sms),
    },
    usd_per_million_sms: { ...usd, total_excluding_llm: round4(Object.values(usd).reduce((s, x) => s + x, 0)) },
  };
}
