#!/usr/bin/env node
// `pnpm bench:clients`: many concurrent clients (default 1,000), each uploading its own user's inbox in
// requests of 100 SMS, against the local stack (`pnpm bench`'s machinery, scripts/bench/e2e.mjs, with
// --users = --concurrency and --batch 100). Reports what was refused (429/503, each with Retry-After; any other
// non-202 answer, a 500 above all, fails the run), the latency of accepted requests, and lost/duplicated.
// Extra arguments go to e2e.mjs (e.g. --sms). The last stdout line is one JSON object.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const { values: opts, tokens } = parseArgs({
  options: { clients: { type: "string", default: "1000" }, sms: { type: "string", default: "100000" } },
  strict: false,
  tokens: true,
});
// Unknown options (e.g. `--port 8891`) reach e2e.mjs as given: with strict off, parseArgs reads their value as a
// positional token that follows the option, so both are passed on in order.
const passOn = tokens
  .filter((t) => t.kind !== "option-terminator" && !(t.kind === "option" && ["clients", "sms"].includes(t.name)))
  .map((t) => (t.kind === "positional" ? t.value : t.value !== undefined ? `${t.rawName}=${t.value}` : t.rawName));
const args = ["--users", opts.clients, "--concurrency", opts.clients, "--batch", "100", "--sms", opts.sms, ...passOn];
const e2e = join(dirname(fileURLToPath(import.meta.url)), "e2e.mjs");
const stdio = ["ignore", "pipe", "inherit"];
const run = spawnSync(process.execPath, [e2e, ...args], { stdio, encoding: "utf8", maxBuffer: 1 << 28 });
const last = run.stdout.trim().split("\n").pop() ?? "{}";
let r;
try {
  r = JSON.parse(last);
} catch {
  console.log(JSON.stringify({ ok: false, error: `e2e.mjs printed no result (exit ${run.status})` }));
  process.exit(1);
}
const statuses = r.upload_statuses ?? {};
const summary = {
  command: `node scripts/bench/clients.mjs ${process.argv.slice(2).join(" ")}`.trim(),
  clients: Number(opts.clients),
  sms: r.sms,
  requests_accepted: statuses[202] ?? 0,
  refused: { 429: statuses[429] ?? 0, 503: statuses[503] ?? 0 },
  refused_without_retry_after: r.refused_without_retry_after,
  statuses,
  server_errors: Object.entries(statuses)
    .filter(([s]) => Number(s) >= 500 && Number(s) !== 503)
    .reduce((n, [, c]) => n + c, 0),
  accepted_latency_ms: r.accepted_latency_ms,
  all_answers_latency_ms: r.ingest_latency_ms,
  lost: r.lost,
  duplicated: r.duplicated,
  end_to_end_sms_per_s: r.end_to_end_sms_per_s,
  load_average: { start: r.load_average_at_start, end: r.load_average_at_end },
  git: r.git,
  error: r.error,
};
summary.ok = r.ok === true && summary.server_errors === 0 && summary.refused_without_retry_after === 0;
console.log(JSON.stringify(summary));
process.exit(summary.ok ? 0 : 1);
