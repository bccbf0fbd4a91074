/**
 * Whole-corpus equality check for speed work: writes every input the parser is measured on (the bench corpus, all
 * fixtures, the held-out set, PennyWise cases when the mirror is given, and cut/upper-cased variants of the fixtures)
 * as CLI input lines, and this branch's full `parseSms` result plus terminal state for each.
 * Run before and after a change and diff: the outputs must be identical.
 *   node --import tsx bench/equality.ts OUT_DIR [--pennywise GIT_DIR]
 * writes OUT_DIR/inputs.jsonl (pipe it through smsledger-parse on both trees) and OUT_DIR/full.jsonl.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { stateOf } from "../src/ledger/state";
import { parseSms } from "../src/parser/index";
import { fixtureFiles } from "../test/fixture-files.mjs";
import { CORPUS_SIZE, generateCorpus } from "./corpus";
import { loadPennyWise, pennywiseGitDir } from "./pennywise";
import { loadFile, loadFixtures } from "./scoring";

interface Input {
  sender: string;
  body: string;
  received_at: string;
}

/** Variants that move cue words to the start or end of a body, or change their case. */
function variants(f: Input): Input[] {
  const half = Math.floor(f.body.length / 2);
  return [f.body.toUpperCase(), f.body.toLowerCase(), f.body.slice(0, half), f.body.slice(half)].map((body) => ({
    sender: f.sender,
    body,
    received_at: f.received_at,
  }));
}

const outDir = process.argv[2];
if (!outDir) throw new Error("usage: equality.ts OUT_DIR [--pennywise GIT_DIR]");
const fixtures = fixtureFiles().flatMap((f) => loadFile(f.path));
const heldout = loadFixtures(join(import.meta.dirname, "..", "test", "heldout"));
const gitDir = pennywiseGitDir(process.argv.slice(3));
const pw = gitDir === null ? [] : loadPennyWise(gitDir, false);
if (typeof pw === "string") throw new Error(pw);
const base: Input[] = [...generateCorpus(fixtures, CORPUS_SIZE), ...fixtures, ...heldout, ...pw];
const inputs: Input[] = [...base, ...[...fixtures, ...heldout, ...pw].flatMap(variants)].map((f) => ({
  sender: f.sender,
  body: f.body,
  received_at: f.received_at,
}));
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, "inputs.jsonl"), inputs.map((f) => JSON.stringify(f)).join("\n") + "\n");
const full = inputs.map((f) => {
  const r = parseSms(f);
  return JSON.stringify({ ...r, state: stateOf(r, f.body, f.sender) });
});
writeFileSync(join(outDir, "full.jsonl"), full.join("\n") + "\n");
console.log(`${inputs.length} inputs (${pw.length} PennyWise) -> ${outDir}`);
