import { moneySignal } from "../parser/money-signal";
import { isSpam } from "../parser/not-money";
import { isPersonalNumber } from "../parser/sender";
import { MONEY_MOVING_INTENTS, type Intent, type ParseResult } from "../schemas/parse-result";

/** Confidence at or above which a rule or template result is trusted without review. */
export const CONFIDENT = 0.6;

export type ProcessedState = "parsed" | "not_financial" | "needs_review";

const NOT_FINANCIAL: ReadonlySet<Intent> = new Set(["otp", "promo", "other"]);
/** Readings that say no money moved; trusted only when no movement cue stands beside an amount. */
const NO_MOVEMENT: ReadonlySet<Intent> = new Set(["balance", "other", "promo"]);
const FAILURE: ReadonlySet<Intent> = new Set(["failed", "declined"]);

/** Whether a body carries money (an amount with a currency, or with an account/card/wallet cue), in any script. */
export function looksFinancial(body: string): boolean {
  return moneySignal(body).money;
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

function impostorMovement(result: ParseResult, sender: string): boolean {
  if (!MONEY_MOVING_INTENTS.has(result.intent) || !isPersonalNumber(sender)) return false;
  return result.currency === null || result.currency === "INR";
}

/**
 * The terminal state of an SMS given the best reading of it; the one function deciding it, for the consumer and
 * the CLI. `sender` (optional) catches an INR movement from a personal number, whoever read it. Spam is never money. An SMS with the money signal is parsed confidently or goes to review: a confident
 * balance/other/promo stands only when no movement cue is beside the amount.
 */
export function stateOf(result: ParseResult, body: string, sender = ""): ProcessedState {
  if (isSpam(body.slice(0, 2000).toLowerCase())) return "not_financial";
  // Whoever read it (rules, a template, the LLM), an INR movement from a personal number is never a bank's alert.
  if (impostorMovement(result, sender)) return "needs_review";
  if (isConfidentMovement(result)) return "parsed";
  const signal = moneySignal(body, result.institution !== null);
  const confident = result.confidence >= CONFIDENT && !MONEY_MOVING_INTENTS.has(result.intent);
  if (confident || result.intent === "otp" || result.intent === "promo") {
    if (NO_MOVEMENT.has(result.intent) && signal.movementCue) return "needs_review";
    // A balance alert prints one amount; a second one beside it is likely a movement in words we do not know.
    if (result.intent === "balance" && signal.amounts >= 2) return "needs_review";
    // "Unsuccessful transaction of AED 42.13 has been credited to your account": a failure that says money came in.
    if (FAILURE.has(result.intent) && signal.creditCue) return "needs_review";
    if (confident && !NOT_FINANCIAL.has(result.intent)) return "parsed";
    if (result.intent === "otp" || result.intent === "promo" || confident) return "not_financial";
  }
  // Money words the reader could not complete ("unreadable"), or a known bank's text naming a movement or account
  // with no amount (a cut alert): review, never a silent drop.
  if (result.parser.includes(":unreadable@") || signal.cueWithoutAmount) return "needs_review";
  return signal.money ? "needs_review" : "not_financial";
}
