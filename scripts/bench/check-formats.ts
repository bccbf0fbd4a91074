// Dev check (run with tsx): every synthetic "unknown" format must be unsure for the rule parser
// (so the consumer asks the LLM), and its LLM answer must teach a recipe that reads the other SMS of
// the format confidently (template hits). Usage: packages/core/node_modules/.bin/tsx scripts/bench/check-formats.ts [n]
import {
  applyRecipe,
  fingerprint,
  learnRecipe,
  parseSms,
  stateOf,
  upstreamAnswerToParseResult,
} from "../../packages/core/src/index.ts";
import { rng, unknownFormat } from "./corpus.mjs";

const n = Number(process.argv[2] ?? 50);
const r = rng(7);
let bad = 0;
for (let i = 0; i < n; i++) {
  const f = unknownFormat(i);
  const a = f.make(r);
  const b = f.make(r);
  const received_at = "2026-11-12T10:00:00+05:30";
  const ja = { sender: f.sender, body: a.body, received_at };
  const jb = { sender: f.sender, body: b.body, received_at };
  const rule = parseSms(ja, { timeZone: "Asia/Kolkata" });
  const ruleState = stateOf(rule, a.body);
  const conv = upstreamAnswerToParseResult(a.answer as never, "fake");
  const recipe = conv.ok ? learnRecipe(ja, conv.result) : null;
  const applied = recipe ? applyRecipe(recipe, jb) : null;
  const appliedState = applied ? stateOf(applied, b.body) : "none";
  const sameFp = fingerprint(f.sender, a.body) === fingerprint(f.sender, b.body);
  const ok =
    ruleState === "needs_review" &&
    recipe !== null &&
    appliedState === "parsed" &&
    sameFp &&
    applied?.amount_minor === Math.round(Number(b.answer.amount) * 100);
  if (!ok) bad++;
  if (!ok || process.env.VERBOSE)
    console.log(
      ok ? "ok " : "BAD",
      i,
      ruleState,
      rule.intent,
      rule.confidence,
      "recipe",
      !!recipe,
      appliedState,
      "sameFp",
      sameFp,
      applied?.amount_minor,
      b.answer.amount,
      JSON.stringify(a.body),
    );
}
console.log(`${n - bad}/${n} formats ok`);
process.exit(bad ? 1 : 0);
