/**
 * Refund words of the locale packs ("TRENDYOL iadesi", "Remboursement de 24,99 EUR", "Возврат 1 299 RUB"): money in that
 * the ledger links to the purchase it reverses. A Latin or Cyrillic word must start a word; other scripts match anywhere.
 */
import { LOCALES } from "../locales";

const WORDS: readonly string[] = [...new Set(LOCALES.flatMap((p) => p.words.refund ?? []))];
const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const SPACED = WORDS.filter((w) => /^[a-z\u00c0-\u024f\u0400-\u04ff]/.test(w)).map(escape);
const OTHER = WORDS.filter((w) => !/^[a-z\u00c0-\u024f\u0400-\u04ff]/.test(w)).map(escape);
const REFUND = new RegExp(`(?<![\\p{L}])(?:${SPACED.join("|")})|${OTHER.join("|")}`, "u");

/** Whether the lower-cased text says, in a pack's words, that the money is a refund. */
export function saysRefund(lower: string): boolean {
  return REFUND.test(lower);
}
