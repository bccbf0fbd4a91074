import { readFileSync } from "node:fs";
import {
  UpstreamAnswer,
  currencyExponent,
  formatMinor,
  parseSms,
  type ParseInput,
  type ParseResult,
} from "@smsledger/core";

/** A ParseResult in the shape the model answers (decimal strings in major units). */
export function parseResultToAnswer(result: ParseResult): UpstreamAnswer {
  const exponent = currencyExponent(result.currency);
  return {
    intent: result.intent,
    direction: result.direction,
    amount: result.amount_minor === null ? null : formatMinor(result.amount_minor, exponent),
    currency: result.currency,
    account: result.account,
    account_kind: result.account_kind,
    counterparty: result.counterparty,
    method: result.method,
    reference: result.reference,
    balance: result.balance_minor === null ? null : formatMinor(result.balance_minor, exponent),
    occurred_at: result.occurred_at,
    category: result.category,
  };
}

/** Core's rule parser, used whatever its confidence (a "model" that always answers). */
export function answerFromParser(input: ParseInput): UpstreamAnswer {
  return parseResultToAnswer(parseSms(input));
}

const ANSWER_KEYS = Object.keys(UpstreamAnswer.shape) as (keyof UpstreamAnswer)[];

/**
 * A fixture's answer: an UpstreamAnswer, possibly partial (missing keys are null, unknown keys such as
 * `institution` are dropped), or a ParseResult-like object with amount_minor / balance_minor.
 */
export function toAnswer(value: unknown): UpstreamAnswer {
  if (typeof value !== "object" || value === null) throw new Error("fixture answer is not an object");
  const source = value as Record<string, unknown>;
  const answer: Record<string, unknown> = {};
  for (const key of ANSWER_KEYS) answer[key] = source[key] ?? null;
  const currency = typeof source.currency === "string" ? source.currency : null;
  if (answer.amount === null && typeof source.amount_minor === "number")
    answer.amount = formatMinor(source.amount_minor, currencyExponent(currency));
  if (answer.balance === null && typeof source.balance_minor === "number")
    answer.balance = formatMinor(source.balance_minor, currencyExponent(currency));
  return UpstreamAnswer.parse(answer);
}

/** Loads fixtures: a JSON object {body: answer} or JSONL lines {body, answer | expected}. */
export function loadFixtures(path: string): Map<string, UpstreamAnswer> {
  const text = readFileSync(path, "utf8");
  const map = new Map<string, UpstreamAnswer>();
  const trimmed = text.trim();
  if (trimmed.startsWith("{") && !trimmed.includes("\n{")) {
    const parsed = JSON.parse(trimmed) as unknown;
    if (typeof parsed === "object" && parsed !== null && !("body" in parsed)) {
      for (const [body, answer] of Object.entries(parsed)) map.set(body, toAnswer(answer));
      return map;
    }
  }
  for (const [n, line] of text.split(/\r?\n/).entries()) {
    if (line.trim() === "") continue;
    const row = JSON.parse(line) as { body?: unknown; answer?: unknown; expected?: unknown };
    if (typeof row.body !== "string") throw new Error(`${path}:${n + 1}: no body`);
    map.set(row.body, toAnswer(row.answer ?? row.expected));
  }
  return map;
}
