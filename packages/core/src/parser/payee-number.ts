/**
 * Whether the number at `index` of a lower-cased alert is the other party's: a locale pack's `payeeNumber` word
 * ("لرقم", "انتقال به", "ለ") stands as a whole word within the few words before it ("ለ ሰላም ታደሰ (2519****5566)").
 */
import { wordsOf } from "../locales";

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const WORDS = [...wordsOf("payeeNumber")].sort((a, b) => b.length - a.length);
/** Latin-script payee words of up to 3 letters ("ke"): so common ("Aap ke A/C", possessive in Roman Urdu) that
 * only a number right after one is the payee's ("Transfer Rp 750.000,00 ke 0281xxx917 SITI"). */
const SHORT = (w: string): boolean => /^[a-z]{1,3}$/.test(w);
const alternation = (words: readonly string[]): string => words.map(escape).join("|") || "(?!)";
/** A payee word as a whole word, then at most 30 characters with no line break or sentence end up to the number. */
const BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?:${alternation(WORDS.filter((w) => !SHORT(w)))})(?![\p{L}\p{M}])[^\n.።]{0,30}$`,
  "u",
);
const BEFORE_SHORT = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${alternation(WORDS.filter(SHORT))}) $`, "u");

export function payeeNumberAt(lower: string, index: number): boolean {
  if (index <= 0) return false;
  const before = lower.slice(Math.max(0, index - 45), index);
  return BEFORE.test(before) || (/[\dx*#]/.test(lower[index] ?? "") && BEFORE_SHORT.test(before));
}

/**
 * "to CHIOMA EZE (GTBank 0123****89)", "from Yonas Girma(2519****1122)": a number in brackets right after a party
 * named by "to"/"from" (not "your") is that party's, whatever its bank word inside the bracket.
 */
const PARTY_BRACKET =
  /(?:^|[^\p{L}])(?:to|from)\s+(?!(?:your|ur|my|the|a\/c|acct?|account|card)\b)[\p{L}][\p{L}\p{M} .'-]{0,40}\((?:[\p{L}]+\s+)?[\dx*#.\s-]*$/u;

export function partyNumberAt(lower: string, index: number, plain = false): boolean {
  if (index <= 0) return false;
  const window = lower.slice(Math.max(0, index - 70), index);
  // Speed: the pattern needs a "(" (its Unicode classes cost at every place of the window otherwise).
  return (plain || window.includes("(")) && PARTY_BRACKET.test(window);
}
