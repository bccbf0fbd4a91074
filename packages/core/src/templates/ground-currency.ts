import { CURRENCY_MARKERS } from "./currency-markers";
import type { IndexedSlot } from "./slots";

/** Whether an answered currency is in the text: printed, printed nowhere (no marker at all), or absent. */
export type CurrencyGrounding = { kind: "printed" } | { kind: "printed_nowhere" } | { kind: "absent" };

const LETTER = /[\p{L}\p{M}]/u;

/** Whether `marker` is printed in `lower` as a word of its own (not inside another word). */
function printed(lower: string, marker: string): boolean {
  for (let at = lower.indexOf(marker); at >= 0; at = lower.indexOf(marker, at + 1)) {
    const before = lower[at - 1] ?? " ";
    const after = lower[at + marker.length] ?? " ";
    if (!LETTER.test(before) && (!LETTER.test(after) || !LETTER.test(marker))) return true;
  }
  return false;
}

/**
 * Grounds an answered currency: printed when an amount slot or a marker of it is in the text; "printed
 * nowhere" when the text prints no currency at all (the answer's is then taken, with a note); absent when
 * the answer is null or the text prints only other currencies.
 */
export function groundCurrency(slots: IndexedSlot[], body: string, currency: string | null): CurrencyGrounding {
  if (currency === null) return { kind: "absent" };
  if (slots.some((s) => s.currency === currency)) return { kind: "printed" };
  const lower = body.toLowerCase();
  const markers = CURRENCY_MARKERS.filter(([, code]) => code === currency).map(([marker]) => marker);
  if ([currency.toLowerCase(), ...markers].some((m) => printed(lower, m))) return { kind: "printed" };
  // Only a marker next to a number is another currency; a lone word ("PL XAF") may be a name.
  const anyPrinted = slots.some((s) => s.currency !== undefined);
  return anyPrinted ? { kind: "absent" } : { kind: "printed_nowhere" };
}
