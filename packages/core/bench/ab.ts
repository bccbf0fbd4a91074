/**
 * A/B of two parsers in one process, by CPU time, for a machine shared with other jobs (wall time there says little):
 * this tree's parser and another commit's, the bench corpus parsed by each in turn (the order alternating every pass),
 * by the country group of each corpus message's fixture (IN, shared = test/fixtures, other), and the whole corpus
 * sorted by group (`grouped`: the same messages as `all`, in runs of one group; see docs/decisions.md, perf17).
 * CPU time is the main thread's where Linux tells it (not the GC and compiler threads').
 * From packages/core (BASE_DIR under it, so that REV's imports resolve; dist/ is ignored by git):
 *   mkdir -p dist/base && git archive REV src | tar -x -C dist/base     (dist/base/src: REV's parser)
 *   node --import tsx bench/ab.ts dist/base [PASSES]
 * Last line: JSON, per group the median CPU-time rate of each parser (SMS/s) and the median, min and max per-pass
 * ratio this/base.
 */
import { existsSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join, resolve } from "node:path";
import { INSTITUTIONS } from "../src/institutions";
import { parseSms } from "../src/parser/index";
import type { ParseInput, ParseResult } from "../src/schemas/parse-result";
import { fixtureFiles } from "../test/fixture-files.mjs";
import { CORPUS_SIZE, generateCorpus } from "./corpus";
import { loadFile, type Fixture } from "./scoring";

const baseDir = process.argv[2];
if (!baseDir) throw new Error("usage: ab.ts BASE_DIR [PASSES]   (BASE_DIR/src/parser/index.ts: the other parser)");
const passes = Number(process.argv[3] ?? 8);
const base = (await import(join(resolve(baseDir), "src", "parser", "index.ts"))) as {
  parseSms(input: ParseInput): ParseResult;
};

const groupOf: string[] = [];
const fixtures = fixtureFiles().flatMap((f) => {
  const loaded = loadFile(f.path);
  const folder = f.label.endsWith("/fixtures.jsonl") ? f.label.slice(0, f.label.indexOf("/")) : null;
  const country = folder === null ? "shared" : (INSTITUTIONS.get(folder)?.country ?? "shared");
  groupOf.push(...loaded.map(() => (country === "IN" || country === "shared" ? country : "other")));
  return loaded;
});
const sources: number[] = [];
const corpus = generateCorpus(fixtures, CORPUS_SIZE, sources);
const sets: Record<string, Fixture[]> = { all: corpus, IN: [], shared: [], other: [] };
corpus.forEach((f, i) => {
  sets[groupOf[sources[i]!]!]!.push(f);
});
sets.grouped = [...sets.IN!, ...sets.shared!, ...sets.other!];

const parsers = { base: base.parseSms, this: parseSms } as const;
type Which = keyof typeof parsers;
let sink = 0;
/**
 * CPU time in seconds of this thread alone (Linux: /proc's schedstat, in ns), so that V8's GC and compiler threads
 * (which other jobs' load also slows) are not counted; elsewhere the whole process's.
 */
const SCHEDSTAT = `/proc/self/task/${process.pid}/schedstat`;
function cpuSeconds(): number {
  if (existsSync(SCHEDSTAT)) return Number(readFileSync(SCHEDSTAT, "utf8").split(" ")[0]) / 1e9;
  const used = process.cpuUsage();
  return (used.user + used.system) / 1e6;
}
/** CPU-time rate (SMS/s) of one pass of `parse` over `set`. */
function pass(set: readonly Fixture[], parse: (input: ParseInput) => ParseResult): number {
  const started = cpuSeconds();
  for (const f of set) if (parse(f).amount_minor !== null) sink++;
  return set.length / (cpuSeconds() - started);
}
// Warm-up: two passes each over the whole corpus.
for (let w = 0; w < 2; w++) for (const which of ["base", "this"] as const) pass(corpus, parsers[which]);
const rates: Record<string, Record<Which, number[]>> = {};
for (let p = 0; p < passes; p++) {
  for (const [group, set] of Object.entries(sets)) {
    rates[group] ??= { base: [], this: [] };
    const order: Which[] = p % 2 === 0 ? ["base", "this"] : ["this", "base"];
    for (const which of order) rates[group]![which].push(pass(set, parsers[which]));
  }
}
const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const out: Record<string, unknown> = {};
for (const [group, r] of Object.entries(rates)) {
  const ratios = r.this.map((t, i) => t / r.base[i]!);
  out[group] = {
    messages: sets[group]!.length,
    base_sms_per_cpu_sec: Math.round(median(r.base)),
    this_sms_per_cpu_sec: Math.round(median(r.this)),
    ratio_median: Number(median(ratios).toFixed(3)),
    ratio_min: Number(Math.min(...ratios).toFixed(3)),
    ratio_max: Number(Math.max(...ratios).toFixed(3)),
  };
}
if (sink < 0) console.log(sink);
console.log(`${passes} passes of each parser per group, CPU time; load average ${loadavg()[0]?.toFixed(1)}`);
console.log(JSON.stringify(out));
