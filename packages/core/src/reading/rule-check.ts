import type { ParseInput, ParseResult } from "../schemas/parse-result";
import { learnFromAnswer } from "../templates/learn";
import type { Recipe } from "../templates/recipe-schema";

/**
 * The rules' check of a recipe other users taught (issue 16; issue 14's cross-user defence kept). Such a recipe
 * reads a user's SMS only where the rules' own reading of that SMS, made without any user's answer, agrees with the
 * template's on what moved and where: intent, direction, amount, currency and account.
 */
export function rulesAgree(template: ParseResult, rules: ParseResult): boolean {
  return (
    template.intent === rules.intent &&
    template.direction === rules.direction &&
    template.amount_minor === rules.amount_minor &&
    template.currency === rules.currency &&
    template.account === rules.account
  );
}

/**
 * The reading stored when the rules agree: the rules' reading, with the fields the rules left null taken from the
 * template (a balance, a counterparty the fallback readers missed; a date where the rules fell back on the time of
 * receipt). The label stays the template's.
 */
export function checkedReading(template: ParseResult, rules: ParseResult, input: ParseInput): ParseResult {
  const ruleDate = rules.occurred_at === input.received_at ? null : rules.occurred_at;
  return {
    ...template,
    account_kind: rules.account_kind ?? template.account_kind,
    counterparty: rules.counterparty ?? template.counterparty,
    method: rules.method ?? template.method,
    reference: rules.reference ?? template.reference,
    balance_minor: rules.balance_minor ?? template.balance_minor,
    occurred_at: ruleDate ?? template.occurred_at ?? rules.occurred_at,
    institution: rules.institution ?? template.institution,
    category: rules.category ?? template.category,
  };
}

/** Parts of a recipe the rules must have learned exactly as the recipe did: what moved, and from which slots. */
const COMPARED_CONSTANTS = ["intent", "direction", "currency"] as const;
const COMPARED_FIELDS = ["amount_minor", "account"] as const;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Whether the rules' reading of this SMS, learned as if it were an upstream answer, teaches the recipe again: the
 * same template, the same constants and slots for intent, direction, currency, amount and account, and no other
 * part that both learned and learned differently (a part either left null, or a date the rules took from the time
 * of receipt, is no opinion: a recipe's null reads nothing, and the rules fill it where they agree). Then this SMS
 * counts as its user's agreement with the recipe, as a second user's matching answer would.
 */
export function rulesTeachSame(recipe: Recipe, input: ParseInput, rules: ParseResult): boolean {
  const fromRules = learnFromAnswer(input, rules, recipe.learnedWith).recipe;
  if (!fromRules) return false;
  const { constants: c, fields: f } = fromRules;
  if (fromRules.fingerprint !== recipe.fingerprint || fromRules.template !== recipe.template) return false;
  if (!same(fromRules.slotKinds, recipe.slotKinds)) return false;
  if (COMPARED_CONSTANTS.some((k) => c[k] !== recipe.constants[k])) return false;
  if (COMPARED_FIELDS.some((k) => !same(f[k], recipe.fields[k]))) return false;
  const constants = Object.entries(c) as [keyof Recipe["constants"], unknown][];
  if (constants.some(([k, v]) => v !== null && recipe.constants[k] !== null && v !== recipe.constants[k])) return false;
  const fields = Object.entries(f) as [keyof Recipe["fields"], { take: string }][];
  const noOpinion = (take: string) => take === "null" || take === "received_at";
  const differ = (k: keyof Recipe["fields"], rule: { take: string }) =>
    !noOpinion(rule.take) && !noOpinion(recipe.fields[k].take) && !same(rule, recipe.fields[k]);
  return !fields.some(([k, rule]) => differ(k, rule));
}
