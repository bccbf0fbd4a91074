import { createInterface } from "node:readline";
import { formatMinor } from "../money";
import { stateOf, type ProcessedState } from "../ledger/state";
import { scanAmounts } from "../parser/amount";
import { parseSms } from "../parser/index";
import type { ParseResult } from "../schemas/parse-result";
import { currencyExponent } from "../upstream/answer";

const HELP = `smsledger-parse: parse SMS alerts into transactions.

Usage: smsledger-parse [--tz <IANA zone>] < input.jsonl > output.jsonl

Reads one JSON object per line: {"sender": "...", "body": "...", "received_at": "ISO 8601"}.
received_at may also be epoch milliseconds or seconds (a number); an ISO time without an offset
("2026-11-12 10:00:00") is read in the time zone below.
Writes one JSON line per input line, in order, with the fields
  intent, direction, amount, currency, account, counterparty, method, reference, balance,
  occurred_at, institution, category, parser, confidence, state
(amount and balance are decimal strings in major units; absent fields are null).
state is the terminal state the pipeline stores for the SMS, from the same function the consumer uses:
  parsed         read confidently (a money movement, or a balance, due reminder, failure ... read right)
  not_financial  no money in it (OTP, ad without a movement, chatter, spam and look-alikes)
  needs_review   carries money (an amount with a currency or an account/card/wallet cue, any script) but was
                 not read confidently; the consumer sends it to learned templates and the LLM
A line that cannot be read yields the same fields as null plus an "error" field.

Options:
  --tz <zone>   time zone for dates and received_at given without an offset (default Asia/Kolkata)
  -h, --help    show this help
`;

export interface CliRecord {
  intent: string | null;
  direction: string | null;
  amount: string | null;
  currency: string | null;
  account: string | null;
  counterparty: string | null;
  method: string | null;
  reference: string | null;
  balance: string | null;
  occurred_at: string | null;
  institution: string | null;
  category: string | null;
  parser: string | null;
  confidence: number | null;
  state: ProcessedState | null;
  error?: string;
}

/**
 * The exponent of a balance printed without a movement (no `currency` in the result: none without an amount):
 * the currency printed beside the balance in the body ("Balance: OMR 598.735" has 3 decimals, not 2).
 */
function balanceExponent(r: ParseResult, body: string | undefined): number | null {
  if (r.currency !== null || r.balance_minor === null || body === undefined) return null;
  const lower = body.toLowerCase();
  const hits = scanAmounts(lower, 0, lower.length, false, -1, -1, { printed: body });
  const hit = hits.find((h) => h.minor === r.balance_minor) ?? null;
  return hit === null ? null : currencyExponent(hit.currency);
}

/** ParseResult -> the CLI's output record; `state` needs the body (null without it). */
export function toCliRecord(r: ParseResult, body?: string, sender = ""): CliRecord {
  const exp = currencyExponent(r.currency);
  return {
    intent: r.intent,
    direction: r.direction,
    amount: r.amount_minor === null ? null : formatMinor(r.amount_minor, exp),
    currency: r.currency,
    account: r.account,
    counterparty: r.counterparty,
    method: r.method,
    reference: r.reference,
    balance: r.balance_minor === null ? null : formatMinor(r.balance_minor, balanceExponent(r, body) ?? exp),
    occurred_at: r.occurred_at,
    institution: r.institution,
    category: r.category,
    parser: r.parser,
    confidence: r.confidence,
    state: body === undefined ? null : stateOf(r, body, sender),
  };
}

function errorRecord(message: string): CliRecord {
  return {
    intent: null,
    direction: null,
    amount: null,
    currency: null,
    account: null,
    counterparty: null,
    method: null,
    reference: null,
    balance: null,
    occurred_at: null,
    institution: null,
    category: null,
    parser: null,
    confidence: null,
    state: null,
    error: message,
  };
}

/** Parses one input line into an output JSON line (never throws). */
export function processLine(line: string, timeZone?: string): string {
  if (line.trim() === "") return JSON.stringify(errorRecord("empty line"));
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return JSON.stringify(errorRecord("invalid JSON"));
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return JSON.stringify(errorRecord("expected a JSON object"));
  }
  const o = value as Record<string, unknown>;
  if (typeof o.body !== "string") return JSON.stringify(errorRecord("missing string field: body"));
  const input = {
    sender: typeof o.sender === "string" ? o.sender : "",
    body: o.body,
    received_at: receivedAtText(o.received_at),
  };
  return JSON.stringify(toCliRecord(parseSms(input, timeZone ? { timeZone } : {}), input.body, input.sender));
}

/** received_at as given: an ISO string, or epoch milliseconds (or seconds, below 10^11) as a number. */
function receivedAtText(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) return "";
  const date = new Date(value < 1e11 ? value * 1000 : value);
  return Number.isNaN(date.getTime()) ? "" : date.toISOString();
}

export async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes("-h") || argv.includes("--help")) {
    process.stdout.write(HELP);
    return 0;
  }
  // A closed pipe (e.g. `| head`) ends the run quietly instead of crashing with EPIPE.
  process.stdout.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE") process.exit(0);
    throw err;
  });
  const tzAt = argv.indexOf("--tz");
  const timeZone = tzAt >= 0 ? argv[tzAt + 1] : undefined;
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let buffer = "";
  for await (const line of rl) {
    buffer += processLine(line, timeZone) + "\n";
    if (buffer.length > 65536) {
      if (!process.stdout.write(buffer)) await new Promise((r) => process.stdout.once("drain", r));
      buffer = "";
    }
  }
  if (buffer) process.stdout.write(buffer);
  return 0;
}
