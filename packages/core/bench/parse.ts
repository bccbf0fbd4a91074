/**
 * Parser benchmark: throughput over a generated 100,000-message corpus and accuracy on the labelled fixtures,
 * for our parser and for the npm package transaction-sms-parser, on the same inputs in the same run.
 * Run: pnpm bench:parse (root) or node --import tsx bench/parse.ts (packages/core).
 * With `--pennywise GIT_DIR` (or PENNYWISE_GIT_DIR) it also scores PennyWise's parser tests, INR subset and all
 * (see bench/pennywise.ts); without the mirror or the shared converter those rows are skipped with a note.
 */
import { join } from "node:path";
import { getTransactionInfo } from "transaction-sms-parser";
import { INSTITUTIONS } from "../src/institutions";
import { parseSms } from "../src/parser/index";
import { fixtureFiles } from "../test/fixture-files.mjs";
import { CORPUS_SIZE, generateCorpus } from "./corpus";
import { loadPennyWise, pennywiseGitDir, scorePennyWise, type PennyWiseScore } from "./pennywise";
import { MOVING, accuracy, loadFile, loadFixtures, ours, type Fixture, type Prediction } from "./scoring";

/** Labelled messages never used to tune the parser (scored separately; see test/heldout/README.md). */
const HELDOUT_DIR = join(import.meta.dirname, "..", "test", "heldout");

/** Decimal string with 2 places from whatever the other parser returns ("1,250", "1250.5"). */
function normAmount(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  const m = /^(\d+)(?:\.(\d+))?$/.exec(String(v).replace(/,/g, "").trim());
  if (!m) return null;
  return `${String(Number(m[1]))}.${((m[2] ?? "") + "00").slice(0, 2)}`;
}

function theirs(f: Fixture): Prediction {
  try {
    const info = getTransactionInfo(f.body);
    const amount = normAmount(info.transaction?.amount);
    const type = info.transaction?.type ?? null;
    const moving = amount !== null && amount !== "0.00" && (type === "debit" || type === "credit");
    const number = info.account?.number ? String(info.account.number).replace(/\D/g, "") : null;
    return {
      moving,
      intent: moving ? "transaction" : "other",
      direction: moving ? type : null,
      amount: moving ? amount : null,
      currency: moving ? "INR" : null, // it reads INR alerts only
      account: number || null,
      counterparty: info.transaction?.merchant ?? null,
    };
  } catch {
    return {
      moving: false,
      intent: null,
      direction: null,
      amount: null,
      currency: null,
      account: null,
      counterparty: null,
    };
  }
}

/** Warm-up on 20,000 messages, then ROUNDS timed passes over the whole corpus; the median pass is reported. */
const ROUNDS = 3;
function throughput(corpus: readonly Fixture[], run: (f: Fixture) => unknown): number {
  let sink = 0;
  for (let i = 0; i < Math.min(20000, corpus.length); i++) if (run(corpus[i]!)) sink++;
  const rates: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const started = performance.now();
    for (const f of corpus) if (run(f)) sink++;
    rates.push(corpus.length / ((performance.now() - started) / 1000));
  }
  if (sink < 0) console.log(sink);
  rates.sort((a, b) => a - b);
  return Math.round(rates[Math.floor(ROUNDS / 2)]!);
}

/** The country of a fixture file's institution folder ("hdfc/fixtures.jsonl" -> "IN"); "shared" for test/fixtures. */
function countryOf(label: string): string {
  const folder = label.endsWith("/fixtures.jsonl") ? label.slice(0, label.indexOf("/")) : null;
  return folder === null ? "shared" : (INSTITUTIONS.get(folder)?.country ?? "shared");
}

/**
 * Throughput per group of the corpus (the country of each message's fixture): each group's messages, in corpus
 * order, timed apart after the whole-corpus run has warmed the parser up; the median of ROUNDS passes.
 */
function throughputByGroup(
  all: readonly Fixture[],
  groups: readonly string[],
  run: (f: Fixture) => unknown,
): Record<string, number> {
  const byGroup = new Map<string, Fixture[]>();
  all.forEach((f, i) => {
    const list = byGroup.get(groups[i]!) ?? [];
    list.push(f);
    byGroup.set(groups[i]!, list);
  });
  const out: Record<string, number> = {};
  let sink = 0;
  for (const [group, list] of [...byGroup].sort((a, b) => b[1].length - a[1].length)) {
    const rates: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const started = performance.now();
      for (const f of list) if (run(f)) sink++;
      rates.push(list.length / ((performance.now() - started) / 1000));
    }
    rates.sort((a, b) => a - b);
    out[`${group} (${list.length})`] = Math.round(rates[Math.floor(ROUNDS / 2)]!);
  }
  if (sink < 0) console.log(sink);
  return out;
}

const fixtureGroups: string[] = [];
const fixtures = fixtureFiles().flatMap((f) => {
  const loaded = loadFile(f.path);
  fixtureGroups.push(...loaded.map(() => countryOf(f.label)));
  return loaded;
});
const sources: number[] = [];
const corpus = generateCorpus(fixtures, CORPUS_SIZE, sources);
const oursSpeed = throughput(corpus, (f) => parseSms(f));
const perCountry = throughputByGroup(
  corpus,
  sources.map((k) => fixtureGroups[k]!),
  (f) => parseSms(f),
);
const theirsSpeed = throughput(corpus, (f) => {
  try {
    return getTransactionInfo(f.body);
  } catch {
    return null;
  }
});
const oursAcc = accuracy(fixtures, ours);
const theirsAcc = accuracy(fixtures, theirs);
const heldout = loadFixtures(HELDOUT_DIR);
const oursHeld = accuracy(heldout, ours);
const theirsHeld = accuracy(heldout, theirs);

console.log(
  `fixtures: ${fixtures.length} (${fixtures.filter((f) => !MOVING.has(f.expected.intent ?? "")).length} negatives), corpus: ${corpus.length}`,
);
console.log(`ours:                   ${oursSpeed.toLocaleString("en-US")} SMS/s`, oursAcc);
console.log("ours, SMS/s by the country of the fixture each message varies (messages in the corpus):", perCountry);
console.log(`transaction-sms-parser: ${theirsSpeed.toLocaleString("en-US")} SMS/s`, theirsAcc);
console.log(`held-out (${heldout.length} messages not used for tuning):`);
console.log("  ours:                  ", oursHeld);
console.log("  transaction-sms-parser:", theirsHeld);
/** PennyWise rows: INR subset and all cases, or why they were skipped. */
function pennywiseRows(): { inr: PennyWiseScore; all: PennyWiseScore } | { skipped: string } {
  const gitDir = pennywiseGitDir(process.argv.slice(2));
  if (gitDir === null) return { skipped: "no mirror given (--pennywise GIT_DIR or PENNYWISE_GIT_DIR)" };
  const inr = loadPennyWise(gitDir, true);
  const all = typeof inr === "string" ? inr : loadPennyWise(gitDir, false);
  if (typeof inr === "string") return { skipped: inr };
  if (typeof all === "string") return { skipped: all };
  return { inr: scorePennyWise(inr), all: scorePennyWise(all) };
}
const pennywise = pennywiseRows();
if ("skipped" in pennywise) console.log(`pennywise: skipped (${pennywise.skipped})`);
else {
  console.log(`pennywise INR (${pennywise.inr.cases}):`, pennywise.inr);
  console.log(`pennywise all (${pennywise.all.cases}):`, pennywise.all);
}
console.log(
  "(transaction-sms-parser has no intents: its intent accuracy counts 'transaction' vs 'other'; currency is assumed INR)",
);
console.log(
  JSON.stringify({
    ours: { sms_per_sec: oursSpeed, sms_per_sec_by_country: perCountry, ...oursAcc, heldout: oursHeld },
    transaction_sms_parser: { sms_per_sec: theirsSpeed, ...theirsAcc, heldout: theirsHeld },
    corpus: corpus.length,
    fixtures: fixtures.length,
    heldout: heldout.length,
    pennywise,
  }),
);
