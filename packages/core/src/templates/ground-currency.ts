import { CURRENCY_MARKERS } from "./currency-markers";
import type { IndexedSlot } from "./slots";
import { currenciesOfAmount } from "./tokenize";

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
  const marked = slots.flatMap((s) => (s.kind === "amount" ? currenciesOfAmount(s.text) : []));
  const nextToNumbers = new Set([...marked, ...codesBesideNumbers(body)]);
  if (nextToNumbers.has(currency)) return { kind: "printed" };
  // Only a currency printed next to a number is another currency; a lone word ("PL XAF") may be a name.
  if (nextToNumbers.size > 0) return { kind: "absent" };
  const lower = body.toLowerCase();
  const markers = CURRENCY_MARKERS.filter(([, code]) => code === currency).map(([marker]) => marker);
  if ([currency.toLowerCase(), ...markers].some((m) => printed(lower, m))) return { kind: "printed" };
  return { kind: "printed_nowhere" };
}

const KNOWN_CODES = new Set(CURRENCY_MARKERS.map(([, code]) => code));

/** ISO codes printed in brackets after a number or before one with a colon: "4,210.50 (INR)", "INR: 500". */
function codesBesideNumbers(body: string): string[] {
  const codes: string[] = [];
  for (const m of body.matchAll(/\p{Nd}\s*[([]\s*([A-Za-z]{3})\s*[)\]]|(?<![\p{L}])([A-Za-z]{3})\s*:\s*\p{Nd}/gu)) {
    const code = (m[1] ?? m[2] ?? "").toUpperCase();
    if (KNOWN_CODES.has(code)) codes.push(code);
  }
  return codes;
}
