import { formOf } from "../parser/amount";
import { readNumber } from "../parser/number";

/** Zero of each script's digit block: ASCII, Arabic-Indic, Persian, N'Ko, Devanagari … Thai, Lao, Tibetan, Myanmar … */
const DIGIT_ZEROS = [
  0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50, 0xed0, 0xf20,
  0x1040, 0x1090, 0x17e0, 0x1810, 0xff10,
];

/** Any script's decimal digit (Arabic-Indic, Persian, Devanagari, Thai, …) as an ASCII digit. */
export function toAsciiDigits(text: string): string {
  return text.replace(/\p{Nd}/gu, (d) => {
    const code = d.codePointAt(0) ?? 0x30;
    const zero = DIGIT_ZEROS.find((z) => code >= z && code < z + 10);
    return zero === undefined ? d : String(code - zero);
  });
}

/**
 * THE number reading of the templates ("Rs.1,500.50" -> 150050, "JOD50.000" -> 50000, "٥٠٠٫٧٥" -> 50075,
 * "1.250,00 €" -> 125000): minor units at the currency's exponent, by the parser's number grammar; null when unreadable.
 */
export function readAmountMinor(text: string, currency: string | null): number | null {
  const ascii = toAsciiDigits(text)
    .replace("٫", ".")
    .replace(/٬/g, ",")
    .replace(/’/g, "'")
    .replace(/[\u00a0\u202f]/g, " ");
  const digit = /\d/.exec(ascii)?.index;
  if (digit === undefined) return null;
  // A bare fraction ("EUR .93") is read from its mark.
  const at = digit > 0 && ascii[digit - 1] === "." && /^\s?$/.test(ascii[digit - 2] ?? "") ? digit - 1 : digit;
  const read = readNumber(ascii, at, formOf(currency ?? "INR"));
  // The whole number or nothing: "1,234.567" is no INR amount, not 1,234; "1 250,00" is no USD amount, not 1.
  if (read === null || /^[.,' ]?\d/.test(ascii.slice(read.end))) return null;
  return read.minor;
}
