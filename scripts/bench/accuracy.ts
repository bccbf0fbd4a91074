/**
 * `pnpm bench:accuracy FILE.jsonl [FILE ...]`: accuracy of rules alone (the parser CLI) and of the whole pipeline
 * (local stack, learned templates, the fake upstream answering each message with its label: a perfect LLM) on
 * labelled SMS. A benchmark, not a test. The last stdout line is one JSON object with every figure.
 */
import { loadavg } from "node:os";
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { fingerprint, parseSms, ruleVerdict } from "../../packages/core/src/index.ts";
import { loadCases, perfectAnswers, type Case } from "./accuracy/cases";
import { runPipeline, type Upload } from "./accuracy/pipeline";
import { printScore } from "./accuracy/print";
import { runParserCli, rulesAlone } from "./accuracy/rules";
import { misses, score } from "./accuracy/score";

const USAGE = `usage: pnpm bench:accuracy FILE.jsonl [FILE ...] [--users 5] [--port 8787] [--sample N] [--seed 1]
                [--rules-only] [--misses] [--keep-state] [--timeout-seconds 1200]
FILE: JSONL or a JSON array of {sender, body, received_at, expected} (fixtures) or {..., expect} (score cases).`;

const { values: opts, positionals: files } = parseArgs({
  allowPositionals: true,
  options: {
    users: { type: "string", default: "5" },
    port: { type: "string", default: "8787" },
    sample: { type: "string" },
    seed: { type: "string", default: "1" },
    "rules-only": { type: "boolean", default: false },
    misses: { type: "boolean", default: false },
    "keep-state": { type: "boolean", default: false },
    "timeout-seconds": { type: "string", default: "1200" },
    help: { type: "boolean", short: "h", default: false },
  },
});
if (opts.help || files.length === 0) {
  console.error(USAGE);
  process.exit(opts.help ? 0 : 2);
}
const root = join(import.meta.dirname, "../..");
const t0 = Date.now();
const log = (msg: string) => console.error(`[accuracy +${((Date.now() - t0) / 1000).toFixed(1)}s] ${msg}`);
const DAY_MS = 86_400_000;

/** A deterministic sample of n cases (a seeded shuffle), in file order. */
function sample(cases: Case[], n: number, seed: number): Case[] {
  let s = seed >>> 0 || 1;
  const random = () => ((s = (s * 1664525 + 1013904223) >>> 0), s / 2 ** 32);
  const keys = cases.map((c) => ({ c, k: random() }));
  return keys
    .sort((a, b) => a.k - b.k)
    .slice(0, n)
    .map((x) => x.c)
    .sort((a, b) => a.index - b.index);
}

/** The time at `ms` before `iso`, written with `iso`'s own offset. */
function earlier(iso: string, ms: number): string {
  const offset = /([+-]\d\d:\d\d|Z)$/.exec(iso)?.[1] ?? "Z";
  const minutes = Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4));
  const sign = offset === "Z" ? 0 : (offset[0] === "-" ? -1 : 1) * minutes * 60_000;
  const local = new Date(Date.parse(iso) - ms + sign).toISOString().slice(0, 19);
  return `${local}${offset === "Z" ? "Z" : offset}`;
}

// pnpm runs scripts from the repo root: relative paths are the caller's (INIT_CWD).
const all = loadCases(files.map((f) => resolve(process.env.INIT_CWD ?? process.cwd(), f)));
const cases = opts.sample ? sample(all, Number(opts.sample), Number(opts.seed)) : all;
const users = Math.max(1, Math.min(Number(opts.users), cases.length));
// Users round-robin; each user's k-th SMS 8 days before their (k-1)-th: more than the ledger's 7-day reference window,
// so no two alerts of one user are merged (the cases are independent messages).
const uploads: Upload[] = cases.map((c, i) => ({
  id: `case-${c.index}`,
  user: i % users,
  sender: c.sender,
  body: c.body,
  received_at: earlier(c.received_at, Math.floor(i / users) * 8 * DAY_MS),
}));
log(`${cases.length} cases (${cases.filter((c) => c.money).length} money movements) from ${files.join(", ")}`);

const lines = runParserCli(root, uploads);
const rules = rulesAlone(lines, cases);
const rulesScore = score(cases, rules);
printScore("rules alone (smsledger-parse)", rulesScore);

const git = (args: string[]) => spawnSync("git", args, { cwd: root, encoding: "utf8" }).stdout.trim();
const result: Record<string, unknown> = {
  files,
  cases: cases.length,
  users,
  git: {
    head: git(["rev-parse", "--short", "HEAD"]),
    dirty_files: git(["status", "--porcelain"]).split("\n").filter(Boolean).length,
  },
  load_average_at_start: loadavg().map((x) => Math.round(x * 100) / 100),
  rules: rulesScore,
};
let exit = 0;
if (!opts["rules-only"]) {
  try {
    const fill = (c: Case) => lines[cases.indexOf(c)] ?? {};
    const run = await runPipeline({
      root,
      port: Number(opts.port),
      users,
      uploads,
      answers: perfectAnswers(cases, (c) => fill(c) as never),
      timeoutSeconds: Number(opts["timeout-seconds"]),
      keepState: opts["keep-state"],
      log,
    });
    const pipelineScore = score(cases, run.readings);
    // Formats past the rules: distinct fingerprints of the SMS the read policy does not take from the rules (unsure,
    // or read by a fallback: `ruleVerdict`), i.e. what the upstream may be asked about.
    const unsure = uploads.filter((m) => ruleVerdict(parseSms(m), m) !== "trusted");
    const formats = new Set(unsure.map((m) => fingerprint(m.sender, m.body)));
    const formatUsers = new Set(unsure.map((m) => `${fingerprint(m.sender, m.body)}\n${m.user}`));
    const callsByFormat = new Map<string, number>();
    for (const m of run.asked) {
      const fp = fingerprint(m.sender, m.body);
      callsByFormat.set(fp, (callsByFormat.get(fp) ?? 0) + 1);
    }
    const askedAgain = [...callsByFormat.values()].filter((n) => n > 1);
    const upstream = {
      calls: run.upstream.requests,
      served: run.upstream.served,
      sms_past_rules: unsure.length,
      distinct_formats: formats.size,
      distinct_format_users: formatUsers.size,
      calls_per_format: formats.size ? Math.round((run.upstream.requests / formats.size) * 1000) / 1000 : null,
      formats_asked: callsByFormat.size,
      calls_per_format_asked: callsByFormat.size
        ? Math.round((run.upstream.served / callsByFormat.size) * 1000) / 1000
        : null,
      formats_asked_more_than_once: askedAgain.length,
      most_calls_for_one_format: Math.max(0, ...callsByFormat.values()),
    };
    printScore("whole pipeline (local stack, perfect fake upstream)", pipelineScore, upstream);
    const { merged_rows, states, seconds } = run;
    Object.assign(result, { pipeline: pipelineScore, upstream, merged_rows, states, seconds });
    if (opts.misses) for (const m of misses(cases, run.readings)) console.error("MISS", JSON.stringify(m));
  } catch (error) {
    result.error = String((error as Error)?.stack ?? error);
    exit = 1;
  }
} else if (opts.misses) for (const m of misses(cases, rules)) console.error("MISS", JSON.stringify(m));
result.seconds_total = (Date.now() - t0) / 1000;
console.log(JSON.stringify(result));
process.exit(exit);
