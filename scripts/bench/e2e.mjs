#!/usr/bin/env node
// `pnpm bench`: end-to-end benchmark of the local stack (both Workers under wrangler dev + fake LLM).
// Builds a mixed corpus, uploads it as U users with C concurrent clients, waits until every SMS is
// terminal, checks that nothing was lost or duplicated, and reports rates, latencies, lag, upstream
// use and memory. Writes bench-results/e2e-<timestamp>.{json,md}; the last stdout line is one JSON object.
import { spawn, spawnSync } from "node:child_process";
import { closeSync, copyFileSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { register } from "tsx/esm/api";
import { buildCorpus, rng } from "./corpus.mjs";
import { alertPairFigures, collect, openD1, queuedCount, writtenCount } from "./d1.mjs";
import { ledgerChecks } from "./ledger-checks.mjs";
import { sampler, snapshot, threadCpu, tree } from "./memory.mjs";
import { startFrozenWorkers } from "./stack.mjs";
import { stackLogFigures } from "./stacklog.mjs";
import { percentile, targets, writeResults } from "./report.mjs";
import { loadPrices, meterTotals, storageFigures, storageSnapshot, unitCosts } from "./units.mjs";

const { values: opts } = parseArgs({
  options: {
    sms: { type: "string", default: "100000" },
    users: { type: "string", default: "1000" },
    concurrency: { type: "string", default: "100" },
    "unknown-formats": { type: "string", default: "50" },
    "unknown-share": { type: "string", default: "0.1" },
    "dup-rate": { type: "string", default: "0.01" },
    "pair-share": { type: "string", default: "0.02" },
    "fault-rate": { type: "string", default: "0" },
    batch: { type: "string", default: "1000" },
    format: { type: "string", default: "json" },
    port: { type: "string", default: "8795" },
    "llm-port": { type: "string", default: "8796" },
    "llm-capacity": { type: "string", default: "50" },
    "llm-latency-ms": { type: "string", default: "200" },
    "timeout-seconds": { type: "string", default: "900" },
    seed: { type: "string", default: "42" },
    "keep-state": { type: "boolean", default: false },
    // D1 databases the users are spread over (D1_SHARDS): DB, DB_1 … DB_{N-1}.
    "d1-shards": { type: "string", default: "1" },
    // Diagnostic: run the API without the queue consumer and stop after the upload (ingest alone).
    "ingest-only": { type: "boolean", default: false },
  },
});
const n = (name) => Number(opts[name]);
const total = n("sms");
const userCount = Math.min(n("users"), total);
const faultRate = n("fault-rate");
const base = `http://127.0.0.1:${opts.port}`;
const log = (...args) => console.error(`[bench +${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...args);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const t0 = Date.now();

const stateDir = mkdtempSync(join(tmpdir(), "smsledger-bench-"));
process.env.SMSLEDGER_STATE_DIR = stateDir;
process.env.D1_SHARDS = opts["d1-shards"]; // read by local-stack.mjs (migrations of every database)
const { root, applyMigrations, d1Shards, execSql, newKey, waitForHealth } = await import("../lib/local-stack.mjs");
// The API calls go through the typed client (api.ts, upload.ts: type-checked by packages/client); tsx loads them.
register();
const { createUser, waitForApi } = await import("./api.ts");
const { planRequests, upload } = await import("./upload.ts");
const { fetchAskedFormats } = await import("./asked-formats.ts");

const result = {
  started_at: new Date().toISOString(),
  command: `node scripts/bench/e2e.mjs ${process.argv.slice(2).join(" ")}`.trim(),
  machine: `${availableParallelism()} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}`,
  sms: total,
  users: userCount,
  d1_shards: d1Shards,
  concurrency: n("concurrency"),
  unknown_formats: n("unknown-formats"),
  fault_rate: faultRate,
  ingest_only: opts["ingest-only"],
  load_average_at_start: loadavg().map((x) => Math.round(x * 100) / 100),
  format: opts.format,
  phases_s: {},
};
// Which code was measured (read-only git queries; the Workers are bundled from the working tree).
const git = (args) => spawnSync("git", args, { cwd: root, encoding: "utf8" }).stdout?.trim() ?? "";
result.git = {
  head: git(["rev-parse", "--short", "HEAD"]),
  dirty_files: git(["status", "--porcelain"]).split("\n").filter(Boolean).length,
};

// 1. Corpus and the fake LLM's answers for the LLM-only formats.
const corpus = buildCorpus({
  total,
  users: userCount,
  unknownFormats: n("unknown-formats"),
  unknownShare: n("unknown-share"),
  fixturesDir: join(root, "packages/core/test/fixtures"),
  seed: n("seed"),
  pairShare: n("pair-share"),
});
const r = rng(n("seed") + 1);
let resent = 0;
for (const list of corpus.perUser) {
  const copies = list.filter(() => r() < n("dup-rate"));
  resent += copies.length;
  list.push(...copies.map((m) => ({ ...m })));
}
const fixturesFile = join(stateDir, "llm-fixtures.jsonl");
writeFileSync(fixturesFile, corpus.llmFixtures.map((f) => JSON.stringify(f)).join("\n") + "\n");
result.mix = { ...corpus.mix, resent_duplicates: resent, known_templates: corpus.knownFormats };
result.phases_s.corpus = (Date.now() - t0) / 1000;
log(`corpus: ${JSON.stringify(result.mix)}; ${corpus.llmFixtures.length} LLM fixtures`);

// 2. The stack: fake LLM and both Workers (a frozen build, see stack.mjs), each in its own process group.
const logFile = join(stateDir, "stack.log");
const logFd = openSync(logFile, "a");
const llm = spawn(
  process.execPath,
  [
    join(root, "tools/fake-llm/bin/fake-llm.mjs"),
    "--port",
    opts["llm-port"],
    "--capacity",
    opts["llm-capacity"],
    "--latency-ms",
    opts["llm-latency-ms"],
    "--source",
    "fixtures",
    "--fixtures",
    fixturesFile,
    "--seed",
    "1",
  ],
  { cwd: join(root, "tools/fake-llm"), stdio: ["ignore", logFd, logFd], detached: true },
);
const admin = newKey();
const faults = faultRate > 0 ? `consumer_throw=${faultRate},d1_fail=${faultRate},upstream_fail=${faultRate}` : "";
let dev;
const stop = () => {
  for (const child of [dev, llm]) {
    if (!child) continue;
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {}
  }
};
/** CPU seconds used so far by workerd, wrangler's node processes, the fake LLM and this client. */
function cpuNow() {
  const llmPids = new Set(tree([llm.pid]));
  const out = { workerd: 0, wrangler_node: 0, fake_llm: 0, bench_client: 0 };
  for (const p of snapshot([dev.pid, llm.pid]).processes) {
    const label = llmPids.has(p.pid) ? "fake_llm" : p.name === "workerd" ? "workerd" : "wrangler_node";
    out[label] += p.cpu_s;
  }
  const own = process.cpuUsage();
  out.bench_client = (own.user + own.system) / 1e6;
  return out;
}
const cpuDelta = (a, b) => Object.fromEntries(Object.keys(b).map((k) => [k, Math.round((b[k] - a[k]) * 100) / 100]));

for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => (stop(), process.exit(130)));

let d1;
let memory;
try {
  applyMigrations();
  dev = startFrozenWorkers({
    root,
    stateDir,
    port: opts.port,
    stdio: ["ignore", logFd, logFd],
    consume: !opts["ingest-only"],
    d1Shards,
    vars: {
      ADMIN_TOKEN: admin,
      RETRY_BASE_SECONDS: "1",
      UPSTREAM_URL: `http://127.0.0.1:${opts["llm-port"]}/v1`,
      UPSTREAM_MODEL: "fake-llm",
      METER: "1", // billable units per invocation in the log (units.mjs)
      ...(faults ? { FAULTS: faults } : {}),
      // The rules' check of recipes (default on); RECIPE_RULES_CHECK=0 in the bench's environment measures it off.
      ...(process.env.RECIPE_RULES_CHECK ? { RECIPE_RULES_CHECK: process.env.RECIPE_RULES_CHECK } : {}),
    },
  });

  await waitForApi(base, 180_000);
  await waitForHealth(`http://127.0.0.1:${opts["llm-port"]}`, 30_000);
  result.phases_s.stack_start = (Date.now() - t0) / 1000 - result.phases_s.corpus;
  d1 = await openD1(stateDir, execSql, d1Shards);
  log(`stack up (D1 read via ${d1.via}); creating ${userCount} users`);

  // 3. Users through the admin API.
  const tUsers = Date.now();
  const users = new Array(userCount);
  let nextUser = 0;
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      while (nextUser < userCount) {
        const u = nextUser++;
        users[u] = await createUser(base, admin, `bench user ${u}`);
      }
    }),
  );
  result.phases_s.users = (Date.now() - tUsers) / 1000;
  const uploadedIds = new Set();
  corpus.perUser.forEach((list, u) => {
    for (const m of list) uploadedIds.add(`${users[u].id}\n${m.id}`);
  });
  result.unique_uploaded = uploadedIds.size;

  // 4. Upload with C clients, then wait for every SMS to be terminal.
  const plan = planRequests(users, corpus.perUser, Math.min(1000, n("batch")));
  log(`uploading ${total + resent} SMS in ${plan.length} requests with ${n("concurrency")} clients`);
  await sleep(1000); // the users' METER lines reach the log before the upload's start is marked
  const meterFrom = statSync(logFile).size;
  const storageBefore = storageSnapshot(d1);
  memory = sampler([dev.pid, llm.pid], 500);
  const cpuStart = cpuNow();
  const up = await upload({ base, plan, concurrency: n("concurrency"), format: opts.format });
  const uploadS = (up.endedAt - up.startedAt) / 1000;
  result.phases_s.upload = uploadS;
  const cpuUploaded = cpuNow();
  log(`uploaded: ${up.accepted} accepted, ${up.duplicates} duplicates in ${uploadS} s; draining`);

  const deadline = Date.now() + n("timeout-seconds") * 1000;
  let queued = Infinity;
  let lastLog = 0;
  // The exact count scans every SMS row (no index holds `state`): polled 4×/s it took a core from the stack.
  // It runs once the cheap written count reaches what was accepted, and every 10 s regardless.
  let lastExact = 0;
  while (Date.now() < deadline && !opts["ingest-only"]) {
    if (writtenCount(d1) >= up.accepted || Date.now() - lastExact > 10_000) {
      queued = queuedCount(d1);
      lastExact = Date.now();
      if (queued === 0) break;
    }
    if (Date.now() - lastLog > 5000) log(`${queued} SMS still queued`), (lastLog = Date.now());
    await sleep(250);
  }
  const drainSeen = Date.now();
  result.load_average_at_end = loadavg().map((x) => Math.round(x * 100) / 100);
  const cpuDrained = cpuNow();
  result.cpu_s = { upload: cpuDelta(cpuStart, cpuUploaded), drain: cpuDelta(cpuUploaded, cpuDrained) };
  // Whole-life CPU per thread of each workerd process: one "workerd#main" thread does nearly all the work.
  result.workerd_thread_cpu_s = Object.fromEntries(
    snapshot([dev.pid])
      .processes.filter((p) => p.name === "workerd")
      .map((p) => [p.pid, threadCpu(p.pid)]),
  );
  const mem = memory.stop();
  memory = null;
  const final = snapshot([dev.pid, llm.pid]);
  result.storage = storageFigures(storageBefore, storageSnapshot(d1), up.accepted, loadPrices(root));
  result.meter_from_log_offset = meterFrom;
  const llmStats = await (await fetch(`http://127.0.0.1:${opts["llm-port"]}/admin/stats`)).json();
  result.upstream_formats = await fetchAskedFormats(`http://127.0.0.1:${opts["llm-port"]}`);

  // 5. Checks and figures.
  const c = collect(d1, { userIds: users.map((u) => u.id), uploadedIds, uploadEndedAt: up.endedAt });
  // How the users and their SMS spread over the D1 databases (bucket order unknown: by file).
  result.d1_spread = d1.schemas.map((s) => ({
    sms: d1.query(`SELECT COUNT(*) AS n FROM ${s}.sms`)[0]?.n ?? 0,
    users_with_sms: d1.query(`SELECT COUNT(DISTINCT user_id) AS n FROM ${s}.sms`)[0]?.n ?? 0,
  }));
  result.alert_pairs = opts["ingest-only"]
    ? null
    : alertPairFigures(
        d1,
        corpus.pairs,
        users.map((u) => u.id),
      );
  // Ledger soundness: merged share, transfers counted by one leg only, links to rows that are not main rows.
  result.ledger = opts["ingest-only"]
    ? null
    : await ledgerChecks(
        (sql) => d1.query(sql),
        users.map((u) => u.id),
      );
  const lastTerminal = c.times.last_processed ?? drainSeen;
  const e2eS = (lastTerminal - up.startedAt) / 1000;
  const nonTerminal = opts["ingest-only"] ? 0 : (c.states.queued ?? 0);
  Object.assign(result, {
    ingest_sms_per_s: Math.round(up.accepted / uploadS),
    end_to_end_sms_per_s: Math.round(up.accepted / e2eS),
    accepted_latency_ms: Object.fromEntries(
      [50, 95, 99, 100].map((p) => [p === 100 ? "max" : `p${p}`, percentile(up.acceptedLatenciesMs, p)]),
    ),
    refused_without_retry_after: up.refusedWithoutRetryAfter,
    ingest_latency_ms: {
      p50: percentile(up.latenciesMs, 50),
      p95: percentile(up.latenciesMs, 95),
      p99: percentile(up.latenciesMs, 99),
      max: percentile(up.latenciesMs, 100),
      requests: up.latenciesMs.length,
    },
    lag_ms: {
      p50: percentile(c.lags, 50),
      p95: percentile(c.lags, 95),
      p99: percentile(c.lags, 99),
      max: percentile(c.lags, 100),
    },
    upstream_calls: llmStats.requests,
    template_hits: c.batches.template_hits ?? 0,
    peak_memory_mib: { vmhwm_sum: final.hwm_sum_mib, peak_rss_sum: mem.peak_rss_sum_mib },
    lost: c.missing_rows + nonTerminal + (result.unique_uploaded - up.accepted > 0 ? 0 : 0),
    duplicated:
      c.duplicate_sms_rows +
      c.unexpected_rows +
      c.duplicate_transaction_rows +
      c.orphan_transactions +
      Math.max(0, up.accepted - result.unique_uploaded),
    states: c.states,
    accepted: up.accepted,
    duplicates: up.duplicates,
    expected_duplicates: resent,
    upload_retries: up.retries,
    upload_statuses: up.statuses,
    transactions: c.transactions,
    sms_events_rows: c.events,
    processed_during_upload: c.processed_during_upload,
    checks: {
      sms_rows: c.sms_rows,
      unique_uploaded: result.unique_uploaded,
      accepted_equals_unique: up.accepted === result.unique_uploaded,
      duplicates_equal_resent: up.duplicates === resent,
      missing_rows: c.missing_rows,
      non_terminal: nonTerminal,
      duplicate_sms_rows: c.duplicate_sms_rows,
      unexpected_rows: c.unexpected_rows,
      duplicate_transaction_rows: c.duplicate_transaction_rows,
      orphan_transactions: c.orphan_transactions,
    },
    consumer: {
      batches: c.batches.batches,
      mean_batch: c.batches.batches ? Math.round((c.batches.messages / c.batches.batches) * 10) / 10 : null,
      by_path: c.batches.by_path,
      template_misses: c.batches.template_misses,
      upstream_calls_counted: c.batches.upstream_calls,
      deferred: c.batches.deferred,
      retried_sms: c.batches.retries,
      active_s: c.batches.last_at ? (c.batches.last_at - c.batches.first_at) / 1000 : null,
      sms_per_s_while_active:
        c.batches.last_at > c.batches.first_at
          ? Math.round(c.batches.messages / ((c.batches.last_at - c.batches.first_at) / 1000))
          : null,
    },
    fake_llm: llmStats,
    memory_processes: final.processes,
  });
  result.phases_s.drain_after_upload = Math.round((lastTerminal - up.endedAt) / 10) / 100;
  result.phases_s.end_to_end = e2eS;
  result.phases_s.api_insert_window = Math.round((c.times.last_created - c.times.first_created) / 10) / 100;
  if (opts["ingest-only"]) (result.end_to_end_sms_per_s = null), (result.lag_ms = null);
  const ledgerSound =
    opts["ingest-only"] ||
    (result.ledger.half_counted_transfers === 0 &&
      result.ledger.dangling_links === 0 &&
      result.alert_pairs.double_counted_pairs === 0);
  result.ok =
    ledgerSound &&
    result.lost === 0 &&
    result.duplicated === 0 &&
    (queued === 0 || opts["ingest-only"]) &&
    result.checks.accepted_equals_unique &&
    result.checks.duplicates_equal_resent;
} catch (error) {
  result.ok = false;
  result.error = String(error?.stack ?? error);
} finally {
  memory?.stop();
  d1?.close();
  stop();
  closeSync(logFd);
}
try {
  result.stack_log = stackLogFigures(logFile, result.phases_s.end_to_end);
} catch (error) {
  result.stack_log = { error: String(error) };
}
try {
  const meter = meterTotals(logFile, result.meter_from_log_offset ?? 0);
  const cpu = result.cpu_s ? result.cpu_s.upload.workerd + result.cpu_s.drain.workerd : 0;
  result.meter = meter;
  result.units = unitCosts({
    meter: meter.total,
    sms: result.accepted,
    workerdCpuS: cpu,
    upstreamCalls: result.upstream_calls,
    prices: loadPrices(root),
  });
} catch (error) {
  result.units = { error: String(error) };
}
result.targets = targets(result);
const files = writeResults(root, result);
try {
  copyFileSync(logFile, files.json.replace(/\.json$/, ".stack.log"));
} catch {}
if (!opts["keep-state"]) rmSync(stateDir, { recursive: true, force: true });
else log(`state kept in ${stateDir}`);
log(`wrote ${files.json} and ${files.md}`);
const { memory_processes, fake_llm, ...line } = result;
console.log(JSON.stringify(line));
process.exit(result.ok ? 0 : 1);
