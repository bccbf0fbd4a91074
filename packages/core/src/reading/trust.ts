import { looksFinancial, stateOf } from "../ledger/state";
import { isSpam } from "../parser/not-money";
import { MONEY_MOVING_INTENTS, type ParseInput, type ParseResult } from "../schemas/parse-result";

/**
 * What the read policy makes of the rules' reading of an SMS:
 * - `trusted`: a known institution's own rule read it confidently (or it is spam, or nothing in it is money):
 *   stored as the rules read it;
 * - `unsure`: the rules are not confident (the reading would go to review);
 * - `unseen`: confident, but by a generic fallback (the generic English readers, the locale packs, the
 *   foreign-amount reader), not by a rule of a known format: a format never seen before, which goes to the
 *   learned templates, then (once per format) to the upstream.
 */
export type RuleVerdict = "trusted" | "unsure" | "unseen";

/** Parser labels of a known institution's own format (`rule:<id>@<version>`, packages/core/src/parser/rules). */
const RULE_LABEL = "rule:";

/** The read policy's verdict on one rule reading (pure: the same in the consumer, the CLI and the benchmarks). */
export function ruleVerdict(result: ParseResult, input: ParseInput): RuleVerdict {
  const state = stateOf(result, input.body, input.sender);
  if (state === "needs_review") return "unsure";
  if (result.parser.startsWith(RULE_LABEL)) return "trusted";
  if (state === "not_financial") {
    if (isSpam(input.body.slice(0, 2000).toLowerCase())) return "trusted";
    // Nothing money-like and no known institution behind it: no reader could make more of it. A reading that names
    // a movement ("R$ 1.250,00 recebido", "12,800円のご利用") is money-like whatever the money signal says.
    const movement = MONEY_MOVING_INTENTS.has(result.intent) && result.amount_minor !== null;
    if (result.institution === null && !movement && !looksFinancial(input.body)) return "trusted";
  }
  return "unseen";
}

/** Confidence given to a fallback reading nobody confirmed: below `CONFIDENT`, so that it waits in review. */
const UNCONFIRMED_CONFIDENCE = 0.5;

/**
 * The rules' best guess of an unseen format that neither a template nor the upstream could confirm (no permit
 * before the last attempt, an answer rejected by grounding, a format whose answer was rejected recently): the same
 * reading below the confidence bar, so that the SMS ends `needs_review` with the guess attached. Where lowering
 * the confidence would not send it to review (no money signal in the text), the rules' reading stands.
 */
export function unconfirmed(result: ParseResult, input: ParseInput): ParseResult {
  if (result.confidence <= UNCONFIRMED_CONFIDENCE) return result;
  const lowered = { ...result, confidence: UNCONFIRMED_CONFIDENCE };
  return stateOf(lowered, input.body, input.sender) === "needs_review" ? lowered : result;
}
