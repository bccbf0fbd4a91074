// Percentiles and the JSON + Markdown result files of the end-to-end benchmark.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Nearest-rank percentile of an unsorted list; null when empty. */
export function percentile(values, p) {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return Math.round(sorted[rank] * 10) / 10;
}

const TARGETS = [
  ["end_to_end_sms_per_s", ">=", 3300],
  ["ingest_sms_per_s", ">=", 10000],
  ["ingest_latency_ms.p99", "<", 250],
  ["lost", "==", 0],
  ["duplicated", "==", 0],
  ["alert_pairs.double_counted_pairs", "==", 0],
  ["ledger.half_counted_transfers", "==", 0],
];

const get = (obj, path) => path.split(".").reduce((o, k) => (o == null ? o : o[k]), obj);

/** Target checks (only meaningful at the issue's scale: 100k SMS, 1000 users, 100 clients). */
export function targets(result) {
  return TARGETS.map(([path, op, want]) => {
    const got = get(result, path);
    const ok = got != null && (op === ">=" ? got >= want : op === "<" ? got < want : got === want);
    return { metric: path, target: `${op} ${want}`, got, ok };
  });
}

function markdown(result) {
  const row = (k, v) => `| ${k} | ${typeof v === "object" && v !== null ? `\`${JSON.stringify(v)}\`` : v} |`;
  const lines = [
    `# smsledger end-to-end benchmark, ${result.started_at}`,
    "",
    `\`${result.command}\``,
    "",
    `${result.sms} SMS, ${result.users} users, ${result.concurrency} clients, ${result.unknown_formats} LLM-only formats, fault rate ${result.fault_rate}, ${result.format} uploads, ${result.machine}.`,
    "",
    "| figure | value |",
    "| --- | --- |",
  ];
  for (const key of [
    "ok",
    "ingest_sms_per_s",
    "end_to_end_sms_per_s",
    "ingest_latency_ms",
    "lag_ms",
    "upstream_calls",
    "template_hits",
    "peak_memory_mib",
    "lost",
    "duplicated",
    "d1_shards",
    "d1_spread",
    "alert_pairs",
    "ledger",
    "states",
    "phases_s",
    "processed_during_upload",
    "cpu_s",
    "workerd_thread_cpu_s",
    "checks",
    "accepted",
    "duplicates",
    "upload_retries",
    "consumer",
    "stack_log",
    "mix",
    "fake_llm",
    "load_average_at_start",
    "load_average_at_end",
    "git",
  ]) {
    if (key in result) lines.push(row(key, result[key]));
  }
  lines.push(
    "",
    "## Targets (100k SMS / 1000 users / 100 clients)",
    "",
    "| metric | target | got | met |",
    "| --- | --- | --- | --- |",
  );
  for (const t of result.targets ?? [])
    lines.push(`| ${t.metric} | ${t.target} | ${t.got} | ${t.ok ? "yes" : "**no**"} |`);
  if (result.memory_processes) {
    lines.push(
      "",
      "## Memory per process (MiB)",
      "",
      "| pid | name | VmHWM | VmRSS at end |",
      "| --- | --- | --- | --- |",
    );
    for (const p of result.memory_processes) lines.push(`| ${p.pid} | ${p.name} | ${p.hwm_mib} | ${p.rss_mib} |`);
  }
  if (result.error) lines.push("", `Error: ${result.error}`);
  return `${lines.join("\n")}\n`;
}

/** Writes bench-results/e2e-<timestamp>.json and .md; returns their paths. */
export function writeResults(root, result) {
  const dir = join(root, "bench-results");
  mkdirSync(dir, { recursive: true });
  const stamp = result.started_at.replace(/[:.]/g, "-");
  const json = join(dir, `e2e-${stamp}.json`);
  const md = join(dir, `e2e-${stamp}.md`);
  writeFileSync(json, `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(md, markdown(result));
  return { json, md };
}
