import type { ParseResult } from "../schemas/parse-result";

/**
 * A template's reading, with the text fields its recipe left unlearned (printed in several places, or not a slot of
 * their own: null in the recipe) taken from the rules' reading of the same SMS, when both agree on what moved
 * (intent, direction, amount, currency). Both read the same text; a field the template cannot re-read is better
 * the rules' than empty ("Card 3318 .. BLOCK CC 3318": the account is printed twice, so never learned).
 */
export function withRuleFields(template: ParseResult, rules: ParseResult): ParseResult {
  const agree =
    template.intent === rules.intent &&
    template.direction === rules.direction &&
    template.amount_minor === rules.amount_minor &&
    template.currency === rules.currency;
  if (!agree) return template;
  const filled = { ...template };
  if (filled.account === null && rules.account !== null) {
    filled.account = rules.account;
    filled.account_kind ??= rules.account_kind;
  }
  filled.counterparty ??= rules.counterparty;
  filled.reference ??= rules.reference;
  return filled;
}
