/**
 * Scores our parser on labelled JSONL files (same metrics as bench/parse.ts) and lists every message that is not
 * fully right (intent; for money movements also direction, amount, currency, account, counterparty).
 * `--all` also compares every other labelled field (method, reference, category, balance, ...), as the fixture tests do.
 * Run (packages/core): node --import tsx bench/score.ts [--all] <file.jsonl>...
 */
import { toCliRecord } from "../src/cli/parse";
import { parseSms } from "../src/parser/index";
import { CORE_FIELDS, MOVING, accuracy, loadFile, ours, sameName } from "./scoring";

const args = process.argv.slice(2);
const all = args.includes("--all");
const files = args.filter((a) => a !== "--all");
if (files.length === 0) {
  console.error("usage: node --import tsx bench/score.ts [--all] <file.jsonl>...");
  process.exit(2);
}
for (const file of files) {
  const fixtures = loadFile(file);
  const moving = fixtures.filter((f) => MOVING.has(f.expected.intent ?? "")).length;
  let right = 0;
  const wrong: string[] = [];
  fixtures.forEach((f, i) => {
    const e = f.expected;
    const p = ours(f);
    const got = (all ? toCliRecord(parseSms(f)) : p) as unknown as Record<string, string | null>;
    const diffs: string[] = [];
    // The fixture tests compare exactly; the scores compare names ignoring case and spacing.
    const differs = (k: string) =>
      k === "counterparty" && !all ? !sameName(got[k] ?? null, e[k] ?? null) : e[k] !== got[k];
    const scored = MOVING.has(e.intent ?? "")
      ? ["intent", ...CORE_FIELDS, ...(e.counterparty ? ["counterparty"] : [])]
      : ["intent"];
    const keys = all ? Object.keys(e) : scored.filter((k) => k in e);
    for (const k of keys)
      if (differs(k)) diffs.push(`${k}: expected ${JSON.stringify(e[k])}, got ${JSON.stringify(got[k])}`);
    if (diffs.length === 0) right++;
    else
      wrong.push(
        `${file}:${i + 1} ${f.sender} ${f.body.replace(/\n/g, "\\n").slice(0, 160)}\n    ${diffs.join("\n    ")}`,
      );
  });
  console.log(
    `${file}: ${fixtures.length} messages (${moving} moving), ${right} fully right${all ? " (all labelled fields)" : ""}`,
  );
  console.log(accuracy(fixtures, ours));
  for (const w of wrong) console.log(w);
}
