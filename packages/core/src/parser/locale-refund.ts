/**
 * Refund words of the locale packs ("TRENDYOL iadesi", "Remboursement de 24,99 EUR", "Возврат 1 299 RUB"): money in that
 * the ledger links to the purchase it reverses. A Latin or Cyrillic word must start a word; other scripts match anywhere.
 */
import { LOCALES } from "../locales";
import { substringScanner } from "./substrings";

const WORDS: readonly string[] = [...new Set(LOCALES.flatMap((p) => p.words.refund ?? []))];
const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const SPACED = WORDS.filter((w) => /^[a-z\u00c0-\u024f\u0400-\u04ff]/.test(w)).map(escape);
const OTHER = WORDS.filter((w) => !/^[a-z\u00c0-\u024f\u0400-\u04ff]/.test(w)).map(escape);
const REFUND = new RegExp(`(?<![\\p{L}])(?:${SPACED.join("|")})|${OTHER.join("|")}`, "u");

/** Speed: one automaton pass says whether any refund word occurs at all (the regex's look-behind costs at every place). */
const ANY_WORD = substringScanner(new Map(WORDS.map((w) => [w, 1] as const)));

/** Whether the lower-cased text says, in a pack's words, that the money is a refund. `plain`: without the gate. */
export function saysRefund(lower: string, plain = false): boolean {
  return (plain || ANY_WORD.scan(lower) !== 0) && REFUND.test(lower);
}
