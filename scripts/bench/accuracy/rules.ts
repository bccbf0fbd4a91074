/** Rules alone: the parser CLI (`smsledger-parse`, what the evaluation runs) over the cases, as the ledger would store them. */
import { spawnSync } from "node:child_process";
import type { Case } from "./cases";
import type { Reading } from "./score";

const MONEY = new Set(["transaction", "refund"]);
const pick = ({ direction, amount, currency, account, counterparty }: CliLine) => ({
  direction,
  amount,
  currency,
  account,
  counterparty,
});

export interface CliLine {
  intent: string | null;
  direction: string | null;
  amount: string | null;
  currency: string | null;
  account: string | null;
  counterparty: string | null;
  parser: string | null;
  state: string | null;
}

export function runParserCli(
  root: string,
  inputs: readonly { sender: string; body: string; received_at: string }[],
): CliLine[] {
  const stdin =
    inputs.map(({ sender, body, received_at }) => JSON.stringify({ sender, body, received_at })).join("\n") + "\n";
  const res = spawnSync("pnpm", ["--silent", "--filter", "@smsledger/core", "exec", "smsledger-parse"], {
    cwd: root,
    input: stdin,
    encoding: "utf8",
    maxBuffer: 256 << 20,
  });
  if (res.status !== 0) throw new Error(`smsledger-parse failed: ${res.error?.message ?? res.stderr}`);
  const lines = res.stdout
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as CliLine);
  if (lines.length !== inputs.length)
    throw new Error(`smsledger-parse gave ${lines.length} lines for ${inputs.length} inputs`);
  return lines;
}

/** What the consumer stores with no upstream: a movement row only for a confident (`parsed`) money reading. */
export function ruleReading(line: CliLine): Reading {
  const moved = line.state === "parsed" && MONEY.has(line.intent ?? "");
  return {
    state: line.state,
    intent: line.intent,
    parser: line.parser,
    tx: moved ? { ...pick(line) } : null,
  };
}

export const rulesAlone = (lines: readonly CliLine[], cases: readonly Case[]): Reading[] =>
  cases.map((_, i) => ruleReading(lines[i] as CliLine));
