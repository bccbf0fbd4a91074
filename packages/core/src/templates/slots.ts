import { readAmountMinor, toAsciiDigits } from "./numbers";
import { isSlot, normaliseLiteral, renderSlot, type SlotToken, type Token } from "./tokenize";

/** Anchor length: template characters kept before a slot. */
const ANCHOR_CHARS = 24;

export interface IndexedSlot extends SlotToken {
  /** Position among the slots (0-based). */
  index: number;
  /** Normalised template text just before this slot. */
  anchor: string;
}

/** Slots of a tokenized SMS with their positions and anchors. */
export function indexSlots(tokens: readonly Token[]): IndexedSlot[] {
  const slots: IndexedSlot[] = [];
  let prefix = "";
  for (const token of tokens) {
    if (isSlot(token)) {
      const normalised = normaliseLiteral(prefix).trimStart();
      slots.push({ ...token, index: slots.length, anchor: normalised.slice(-ANCHOR_CHARS) });
      prefix += renderSlot(token);
    } else {
      prefix += token.text;
    }
  }
  return slots;
}

/** Minor units of an amount/number slot ("Rs.1,500.50" -> 150050, "1.250,00 €" -> 125000); null when unreadable. */
export function slotAmountMinor(text: string, currency: string | null): number | null {
  return readAmountMinor(text, currency);
}

/** Digits only (of any script, as ASCII). */
export function digitsOf(text: string): string {
  return toAsciiDigits(text).replace(/\D/g, "");
}

/** Trims spaces and trailing sentence punctuation from a name-like value. */
export function cleanValue(text: string): string {
  // The period of an initial or abbreviation stays ("AZIZ R.", "ALFA STAVBY s.r.o."), as the parser keeps it.
  return text.trim().replace(/(?<!(?:^|[\s.])\p{L})[\s.,;:]+$/u, "");
}

export const AMOUNT_SLOT_KINDS = new Set(["amount", "num"]);
export const TEXT_SLOT_KINDS = new Set(["name", "vpa", "email", "ref", "num", "account", "phone", "url"]);
