/**
 * Labelled cases for `pnpm bench:accuracy`: JSONL (or one JSON array) in our fixtures' format
 * ({sender, body, received_at, expected}) or score-case format ({sender, body, received_at, expect}), read into one
 * shape, and the perfect upstream's answer for each body (its label).
 */
import { readFileSync } from "node:fs";

const MONEY_INTENTS = new Set(["transaction", "refund", "money"]);
const FIELDS = [
  "direction",
  "amount",
  "currency",
  "account",
  "counterparty",
  "reference",
  "balance",
  "method",
] as const;

export type Label = Partial<
  Record<(typeof FIELDS)[number] | "intent" | "date" | "occurred_at" | "category", string | null>
>;

export interface Case {
  /** Position in the input file (0-based). */
  index: number;
  sender: string;
  body: string;
  received_at: string;
  /** The label as given (`expected` or `expect`). */
  label: Label;
  /** Whether the label says money moved (intent transaction, refund or money). */
  money: boolean;
}

/** Rows of a JSONL file, or of a file holding one JSON array. */
function rowsOf(path: string): unknown[] {
  const text = readFileSync(path, "utf8").trim();
  if (text.startsWith("[")) return JSON.parse(text) as unknown[];
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "")
    .map((line, n) => {
      try {
        return JSON.parse(line) as unknown;
      } catch {
        throw new Error(`${path}:${n + 1}: not JSON`);
      }
    });
}

export function loadCases(paths: readonly string[]): Case[] {
  const cases: Case[] = [];
  for (const path of paths) {
    for (const [n, raw] of rowsOf(path).entries()) {
      const row = raw as { sender?: unknown; body?: unknown; received_at?: unknown; expected?: Label; expect?: Label };
      const label = row.expected ?? row.expect;
      if (
        typeof row.sender !== "string" ||
        typeof row.body !== "string" ||
        typeof row.received_at !== "string" ||
        !label
      ) {
        throw new Error(`${path}: row ${n + 1} needs sender, body, received_at (strings) and expected or expect`);
      }
      const money = MONEY_INTENTS.has(String(label.intent ?? ""));
      cases.push({
        index: cases.length,
        sender: row.sender,
        body: row.body,
        received_at: row.received_at,
        label,
        money,
      });
    }
  }
  return cases;
}

/** The intent a perfect model answers for a label: score-case `money` is a transaction, `none` is other. */
function answerIntent(label: Label): string {
  const intent = String(label.intent ?? "other");
  if (intent === "money") return "transaction";
  if (intent === "none") return "other";
  return intent;
}

/**
 * The perfect upstream's answer per body: its label. Partial labels of one body (score-case files repeat a
 * message with fewer fields) are merged, first stated value first. A money label that states no direction or
 * currency takes the rule parser's (`fill`), as a model that reads the whole text would.
 */
export function perfectAnswers(cases: readonly Case[], fill: (c: Case) => Label): Map<string, Record<string, unknown>> {
  const byBody = new Map<string, Record<string, unknown>>();
  for (const c of cases) {
    const answer = byBody.get(c.body) ?? { intent: answerIntent(c.label) };
    for (const key of FIELDS) if (answer[key] == null && c.label[key] != null) answer[key] = c.label[key];
    const date = c.label.occurred_at ?? c.label.date;
    if (answer.occurred_at == null && date) answer.occurred_at = date;
    if (answer.category == null && c.label.category) answer.category = c.label.category;
    byBody.set(c.body, answer);
  }
  for (const c of cases) {
    const answer = byBody.get(c.body) as Record<string, unknown>;
    if (!MONEY_INTENTS.has(String(answer.intent)) || (answer.direction && answer.currency)) continue;
    const rules = fill(c);
    answer.direction ??= rules.direction ?? null;
    answer.currency ??= rules.currency ?? null;
  }
  return byBody;
}
