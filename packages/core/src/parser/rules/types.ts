import type { AccountKind, Direction, Intent, Method } from "../../schemas/parse-result";
import { requiredLiteral } from "../required-literal";

/**
 * One alert format of one institution. `re` uses named groups, all optional:
 * amt (amount digits), cur (currency token), acct (account/card tail digits), cp (counterparty),
 * ref (reference), bal (balance digits), balcur (balance currency token).
 */
export interface Rule {
  id: string;
  version: number;
  /** Parser label, "rule:<id>@<version>". */
  label: string;
  re: RegExp;
  /** Lower-cased text every match contains (derived from `re`), checked before the regex runs; "" when none. */
  needs: string;
  intent: Extract<Intent, "transaction" | "refund">;
  direction: Direction;
  method?: Method;
  kind?: AccountKind;
}

/** Amount digits as a named group. */
export const AMT = String.raw`(?<amt>\d{1,3}(?:,\d{2,3})+(?:\.\d{1,2})?|\d{1,13}(?:\.\d{1,2})?)`;
/** Balance digits as a named group. */
export const BAL = String.raw`(?<bal>\d{1,3}(?:,\d{2,3})+(?:\.\d{1,2})?|\d{1,13}(?:\.\d{1,2})?)`;
/** Indian currency token. */
export const INR = String.raw`(?:Rs\.?|INR|₹)\s?`;
/** Masked tail as a named group. */
export const ACCT = String.raw`[xX*.]{0,12}(?<acct>\d{3,6})`;
/** Counterparty, lazily up to 60 chars. */
export const CP = String.raw`(?<cp>[^\n]{2,60}?)`;

export function rule(
  id: string,
  intent: Rule["intent"],
  direction: Direction,
  re: string,
  extra: Partial<Pick<Rule, "method" | "kind">> = {},
): Rule {
  return {
    id,
    version: 1,
    label: `rule:${id}@1`,
    re: new RegExp(re, "i"),
    needs: requiredLiteral(re),
    intent,
    direction,
    ...extra,
  };
}
