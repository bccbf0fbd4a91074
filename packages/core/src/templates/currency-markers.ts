import { TOKENS } from "../locales/currencies";

/**
 * Printed currency markers -> ISO 4217 code, as the tokenizer recognises them before or after a number
 * ("Rs.1,500", "TZS850,000.00", "Tsh4,000.00", "JOD50.000", "500 ريال"), built from `locales/currencies.ts`.
 * Matched case-insensitively, so tokens that count only glued to digits in one case ("N50.00") are left out.
 * A marker used by several currencies is listed once per currency, the default first (that one names the
 * slot: `<amount:inr>`); an answer naming any of them is grounded ("रु" is INR in India and NPR in Nepal).
 */
export const CURRENCY_MARKERS: readonly (readonly [string, string])[] = [...TOKENS.values()]
  .filter((t) => !t.glued)
  .flatMap((t) => t.codes.map((code) => [t.lower, code] as const));

/**
 * Markers that name a currency only glued to a number printing the minor unit ("N50.00" NGN, "R1 250.00" ZAR; not
 * "N77", a branch), as printed (case kept when the token is cased), with their currency, from `locales/currencies.ts`.
 */
export const GLUED_MARKERS: readonly (readonly [string, string, boolean])[] = [...TOKENS.values()]
  .filter((t) => t.glued)
  .flatMap((t) => t.codes.map((code) => [t.cased ? t.text : t.lower, code, t.cased] as const));
