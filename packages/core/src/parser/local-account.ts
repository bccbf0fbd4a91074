/**
 * Fallback account reader for alerts of non-Indian institutions and other languages: the last digits of a number
 * after a locale pack's account word ("A/c 12345678" -> 5678, "A conta 123456789" -> 6789, "حساب1234567890" -> 7890,
 * "บช x7788" -> 7788) or of a masked number ("###4041", "050######4545", "AC XXXXXXXX7497").
 */
import { wordsOf } from "../locales";

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const WORDS = [...wordsOf("account")]
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join("|");
// An account word, a few joining words/marks, then a number that may be masked (x, *, #, ., -).
const AFTER_WORD = new RegExp(
  String.raw`(?:${WORDS})\.?(?:\s?(?:no\.?|number|nr\.?|ending(?: with| in)?|#|:|-|\())*\s?([x*#.\-\d]{0,16}\d[\dx*#.\-]*)`,
  "g",
);
/** A masked number on its own: two or more mask characters next to digits. */
const MASKED = /(?<![\p{L}\d])(\d{0,6}-?(?:[x*#]{2,}|[x*#]{2,}\d{0,4}[x*#]+)-?\d{2,6}|#{1,3}\d{3,12})(?![\p{L}\d])/iu;

/** Speed: CARD_SPACED needs a mask character, a space and a mask character in a row. */
function maySpaceCard(lower: string): boolean {
  return lower.includes("* *") || lower.includes("x x") || lower.includes("* x") || lower.includes("x *");
}

/** A card number masked in groups of four ("4xxx xxxx xxxx 3004", "**** **** **** 1234", "5399 **** **** 2210"). */
const CARD_SPACED = /(?<![\p{L}\d])\d{0,4} ?[x*]{2,4}(?: [x*]{4}){1,2} (\d{4})(?!\d)/iu;

function tail(token: string): string | null {
  const digits = token.replace(/\D/g, "");
  // The last group of digits after the mask: "050######4545" -> 4545, "1*********9388" -> 9388.
  const last = /(\d+)[^\d]*$/.exec(token)?.[1] ?? digits;
  // A short last group after other digits takes the last 4 digits of the number ("0888xxx123" -> 8123,
  // "***-***112-883" -> 2883), as the tail is printed on statements.
  const group = last.length >= 4 || (last.length === 3 && digits.length < 4) ? last : digits;
  if (group.length < 3) return null;
  return group.length > 4 ? group.slice(-4) : group;
}

export interface LocalAccount {
  tail: string;
  /** Every digit of the number the tail was cut from ("123456******1234" -> "1234561234"). */
  digits: string;
  /** Where the number's match starts in the text. */
  index: number;
}

/** Digits after an "ending" phrase ("checking ending in 6620", "inayoishia na 3381", "المنتهي بـ 3301"), a card
 * scheme glued to them ("MIR-4417") or a Turkish IBAN's masked country code ("TR..5512 hesabiniza"); digits before
 * one ("4402 ile biten", "3318 sonlu", "TR..0042 nolu"). */
const ENDING_AFTER =
  /(?:\bending(?: with| in)?|\binayoishia(?: na)?|المنتهية? ?بـ?|\bmir-|\bvisa-?|\becmc-?|\btr(?=\.\.))\s?[x*#.]*(\d{3,6})(?!\d)/;
const ENDING_BEFORE = /(?<![\d,]|\d\.)(\d{3,4}) (?:ile biten|sonlu|nolu|no'lu)\b/;

/** A masked IBAN: country code, then masked check digits and groups, then the last group ("TR** **** 7721"). */
const MASKED_IBAN = /(?<![\p{L}\d])[a-z]{2}[\d*]{2}(?: ?\*{2,})+ ?(\d{2,4})(?!\d)/u;

/** Words an order's or invoice's number follows ("order #44120", "invoice no. #5512"). */
const ORDER_BEFORE = /\b(?:order|invoice|ticket|booking)(?: no\.?| number)? ?$/;

const AMOUNT_LIKE = /^\d{1,3}(?:,\d{3})*\.\d{2}$|^\d+\.\d{2}$/;

/**
 * Speed: MASKED_IBAN, CARD_SPACED and MASKED each need two mask characters in a row ("**", "xx", "x*", "##", ..) or
 * a "#" before a digit; most alerts have neither, and these Unicode regexes with a look-behind cost at every place.
 */
const MASK_PAIR = /[x*#]{2}|#\d/;

/** The account/card tail of a lower-cased alert, or null. `plain`: without the speed gates (tests compare). */
export function localAccount(lower: string, plain = false): LocalAccount | null {
  // "on card 5399 **** **** 2210": a card number spaced in groups ends in its tail, not in the first group.
  const spaced = plain || maySpaceCard(lower) ? CARD_SPACED.exec(lower) : null;
  if (spaced?.[1] && /^\d{4} /.test(spaced[0])) {
    return { tail: spaced[1], digits: spaced[0].replace(/\D/g, ""), index: spaced.index };
  }
  AFTER_WORD.lastIndex = 0;
  for (let m = AFTER_WORD.exec(lower); m !== null; m = AFTER_WORD.exec(lower)) {
    const token = (m[1] ?? "").replace(/[.\-]+$/, "");
    // "Balance Tk 880.50": an amount after a word that is also an account word elsewhere ("TK" in Vietnamese).
    if (AMOUNT_LIKE.test(token)) continue;
    const digits = token.replace(/\D/g, "");
    // A date ("on 12.05.26") or an amount is no account: at least 4 digits, or a mask with 3.
    if (digits.length >= 4 || (/[x*#]/i.test(token) && digits.length >= 3)) {
      const t = tail(token);
      if (t) return { tail: t, digits, index: m.index };
    }
  }
  const masks = plain || MASK_PAIR.test(lower);
  const ending = ENDING_AFTER.exec(lower) ?? ENDING_BEFORE.exec(lower) ?? (masks ? MASKED_IBAN.exec(lower) : null);
  if (ending?.[1]) return { tail: ending[1].slice(-4), digits: ending[1], index: ending.index };
  if (!masks) return null;
  const card = spaced;
  if (card?.[1]) return { tail: card[1], digits: card[0].replace(/\D/g, ""), index: card.index };
  const masked = MASKED.exec(lower);
  // "for order #44120 at JUMIA": an order's or invoice's number is no account.
  if (masked !== null && ORDER_BEFORE.test(lower.slice(Math.max(0, masked.index - 16), masked.index))) return null;
  const t = masked?.[1] ? tail(masked[1]) : null;
  return t && masked?.[1] ? { tail: t, digits: masked[1].replace(/\D/g, ""), index: masked.index } : null;
}
