/** Scoring shared by bench/parse.ts (fixtures, held-out) and bench/score.ts (any JSONL files). */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { toCliRecord, type CliRecord } from "../src/cli/parse";
import { parseSms } from "../src/parser/index";

export interface Fixture {
  sender: string;
  body: string;
  received_at: string;
  expected: Record<string, string | null>;
}

/** What a parser is scored on, in the CLI's field names. */
export type Prediction = { moving: boolean } & Pick<
  CliRecord,
  "intent" | "direction" | "amount" | "currency" | "account" | "counterparty"
>;

export const MOVING = new Set(["transaction", "refund"]);
export const CORE_FIELDS = ["direction", "amount", "currency", "account"] as const;

/** Labelled messages of one JSONL file, in order. */
export function loadFile(path: string): Fixture[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Fixture);
}

/** Labelled messages of every *.jsonl file in `dir`, files in name order. */
export function loadFixtures(dir: string): Fixture[] {
  return readdirSync(dir)
    .filter((n) => n.endsWith(".jsonl"))
    .sort()
    .flatMap((f) => loadFile(join(dir, f)));
}

export function ours(f: Fixture): Prediction {
  const rec = toCliRecord(parseSms(f));
  return {
    moving: MOVING.has(rec.intent ?? ""),
    intent: rec.intent,
    direction: rec.direction,
    amount: rec.amount,
    currency: rec.currency,
    account: rec.account,
    counterparty: rec.counterparty,
  };
}

export function sameName(a: string | null, b: string | null): boolean {
  const n = (s: string | null) => (s ?? "").toLowerCase().replace(/\s+/g, " ").trim();
  return n(a) === n(b) && n(a) !== "";
}

export function accuracy(fixtures: readonly Fixture[], predict: (f: Fixture) => Prediction) {
  let intentOk = 0;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let coreOk = 0;
  let coreN = 0;
  let cpOk = 0;
  let cpN = 0;
  for (const f of fixtures) {
    const e = f.expected;
    const p = predict(f);
    const positive = MOVING.has(e.intent ?? "");
    // Intent accuracy; the other parser has no intents, so its "intent" is transaction vs other.
    if (p.intent === e.intent || (p.intent === "other" && !positive && predict !== ours)) intentOk++;
    if (p.moving && positive) tp++;
    else if (p.moving && !positive) fp++;
    else if (!p.moving && positive) fn++;
    if (positive) {
      coreN++;
      if (p.moving && CORE_FIELDS.every((k) => !(k in e) || e[k] === p[k])) coreOk++;
      if (e.counterparty) {
        cpN++;
        if (sameName(p.counterparty, e.counterparty)) cpOk++;
      }
    }
  }
  const r4 = (x: number) => Math.round(x * 10000) / 10000;
  return {
    intent_accuracy: r4(intentOk / fixtures.length),
    money_precision: r4(tp / Math.max(1, tp + fp)),
    money_recall: r4(tp / Math.max(1, tp + fn)),
    core_fields_accuracy: r4(coreOk / Math.max(1, coreN)),
    counterparty_accuracy: r4(cpOk / Math.max(1, cpN)),
    invented_transactions: fp,
  };
}
