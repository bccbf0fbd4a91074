import type { AccountKind, Direction, Intent, Method } from "../../schemas/parse-result";

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

export function rule(id: string, intent: Rule["intent"], direction: Direction, re: string, extra: Partial<Pick<Rule, "method" | "kind">> = {}): Rule {
  return { id, version: 1, label: `rule:${id}@1`, re: new RegExp(re, "i"), needs: requiredLiteral(re), intent, direction, ...extra };
}

/** Escaped characters that stand for themselves. */
const LITERAL_ESCAPES = new Set("/.()[]{}*+?|^$\\-:!,'\"#&@%= ");
const QUANTIFIERS = new Set("?*+{");

/**
 * The longest run of literal characters that every match of `source` must contain, lower-cased (the rules are
 * case-insensitive and their literals are ASCII, so the lower-cased text contains it too); "" when none is found.
 * Only characters outside groups and classes count, a quantified character is dropped, and a top-level "|"
 * means nothing is required. A plain substring check on it lets most non-matching rules skip their regex.
 */
export function requiredLiteral(source: string): string {
  const runs: string[] = [];
  let run = "";
  let depth = 0;
  const flush = () => {
    if (run) runs.push(run);
    run = "";
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === "\\") {
      const next = source[++i] ?? "";
      if (depth === 0 && LITERAL_ESCAPES.has(next)) run += next;
      else flush(); // \d, \s, \b, \n ...: not a literal
    } else if (c === "[") {
      flush();
      for (i++; i < source.length && source[i] !== "]"; i++) if (source[i] === "\\") i++;
    } else if (c === "(") {
      flush();
      depth++;
    } else if (c === ")") {
      flush();
      depth--;
    } else if (c === "|") {
      if (depth === 0) return "";
    } else if (QUANTIFIERS.has(c)) {
      // The quantified atom may be absent or repeated: drop it if it was the run's last character.
      if (depth === 0 && run) run = run.slice(0, -1);
      flush();
      if (c === "{") while (i < source.length && source[i] !== "}") i++;
    } else if (c === "." || c === "^" || c === "$") {
      flush();
    } else if (depth === 0) {
      run += c;
    }
  }
  flush();
  let best = "";
  for (const r of runs) if (r.length > best.length && /^[\x20-\x7e]+$/.test(r)) best = r;
  return best.length >= 3 ? best.toLowerCase() : "";
}
