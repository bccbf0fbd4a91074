import { z } from "zod";
import { AccountKind, Category, Direction, Intent, Method, type ParseResult } from "../schemas/parse-result";
import { exponentOf } from "../locales/currencies";
import { parseDecimalToMinor } from "../money";

/** Confidence given to a well-formed LLM answer. */
export const LLM_CONFIDENCE = 0.8;

/**
 * What the model must answer (the message content, as JSON). Amounts are decimal strings in major
 * units ("1500.00"), never numbers, so that no float rounding happens on either side.
 */
export const UpstreamAnswer = z.strictObject({
  intent: Intent,
  direction: Direction.nullable(),
  amount: z.string().nullable(),
  currency: z.string().nullable(),
  account: z.string().nullable(),
  account_kind: AccountKind.nullable(),
  counterparty: z.string().nullable(),
  method: Method.nullable(),
  reference: z.string().nullable(),
  balance: z.string().nullable(),
  occurred_at: z.string().nullable(),
  category: Category.nullable(),
});
export type UpstreamAnswer = z.infer<typeof UpstreamAnswer>;

/** Digits after the decimal point of a currency's minor unit (ISO 4217, `locales/currencies.ts`); 2 when unknown or null. */
export function currencyExponent(currency: string | null): number {
  return exponentOf(currency);
}

/** "1,500.00" / " 1500 " -> minor units; null when it is not a plain decimal. */
export function decimalTextToMinor(text: string, currency: string | null): number | null {
  const cleaned = text.replace(/[,\s]/g, "");
  return parseDecimalToMinor(cleaned, currencyExponent(currency));
}

function cleanText(value: string | null): string | null {
  if (value === null) return null;
  const trimmed = value.trim();
  return trimmed === "" ? null : trimmed;
}

export type AnswerConversion = { ok: true; result: ParseResult } | { ok: false; reason: string };

/** Converts a validated model answer into a ParseResult; refuses amounts that are not decimals. */
export function upstreamAnswerToParseResult(answer: UpstreamAnswer, model: string): AnswerConversion {
  const currencyRaw = cleanText(answer.currency)?.toUpperCase() ?? null;
  if (currencyRaw !== null && !/^[A-Z]{3}$/.test(currencyRaw))
    return { ok: false, reason: `currency is not ISO 4217: ${currencyRaw}` };
  const currency = currencyRaw;

  let amount_minor: number | null = null;
  const amountText = cleanText(answer.amount);
  if (amountText !== null) {
    amount_minor = decimalTextToMinor(amountText, currency);
    if (amount_minor === null || amount_minor < 0)
      return { ok: false, reason: `amount is not a non-negative decimal: ${amountText}` };
  }
  let balance_minor: number | null = null;
  const balanceText = cleanText(answer.balance);
  if (balanceText !== null) {
    balance_minor = decimalTextToMinor(balanceText, currency);
    if (balance_minor === null) return { ok: false, reason: `balance is not a decimal: ${balanceText}` };
  }
  const occurredText = cleanText(answer.occurred_at);
  const occurred_at = occurredText !== null && !Number.isNaN(Date.parse(occurredText)) ? occurredText : null;

  return {
    ok: true,
    result: {
      intent: answer.intent,
      direction: answer.direction,
      amount_minor,
      currency,
      account: cleanText(answer.account),
      account_kind: answer.account_kind,
      counterparty: cleanText(answer.counterparty),
      method: answer.method,
      reference: cleanText(answer.reference),
      balance_minor,
      occurred_at,
      institution: null,
      category: answer.category,
      parser: `llm:${model}`,
      confidence: LLM_CONFIDENCE,
    },
  };
}
