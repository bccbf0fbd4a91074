import { hasCurrencyAmount } from "../parser/amount";
import { MONEY_MOVING_INTENTS, type Intent, type ParseResult } from "../schemas/parse-result";

/** Confidence at or above which a rule or template result is trusted without review. */
export const CONFIDENT = 0.6;

export type ProcessedState = "parsed" | "not_financial" | "needs_review";

const NOT_FINANCIAL: ReadonlySet<Intent> = new Set(["otp", "promo", "other"]);
const MONEY_WORD = /\b(?:debited|credited|withdrawn|spent|paid|received)\b/i;

/** Whether a body mentions money in a way that a human should look at when the parser is unsure: a money word, or
 * an amount in any currency of `locales/currencies.ts`. */
export function looksFinancial(body: string): boolean {
  return MONEY_WORD.test(body.slice(0, 2000)) || hasCurrencyAmount(body);
}

/** Whether a result is a complete, confident money movement. */
export function isConfidentMovement(result: ParseResult): boolean {
  return (
    MONEY_MOVING_INTENTS.has(result.intent) &&
    result.confidence >= CONFIDENT &&
    result.amount_minor !== null &&
    result.amount_minor > 0 &&
    result.direction !== null &&
    result.currency !== null
  );
}

/** The terminal state of an SMS given the best reading of it. */
export function stateOf(result: ParseResult, body: string): ProcessedState {
  if (isConfidentMovement(result)) return "parsed";
  if (result.confidence >= CONFIDENT && !MONEY_MOVING_INTENTS.has(result.intent)) {
    return NOT_FINANCIAL.has(result.intent) ? "not_financial" : "parsed";
  }
  if (result.intent === "otp" || result.intent === "promo") return "not_financial";
  return looksFinancial(body) ? "needs_review" : "not_financial";
}
