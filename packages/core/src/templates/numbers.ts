import { currencyExponent } from "../upstream/answer";
import { parseDecimalToMinor } from "../money";

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

/** The number part of an amount or number slot: digits of any script, ",", "٬" thousands, "." or "٫" decimal. */
const NUMBER = /\p{Nd}[\p{Nd},٬]*(?:[.٫]\p{Nd}+)?/u;

/**
 * THE number reading of the templates ("Rs.1,500.50" -> 150050, "JOD50.000" -> 50000, "٥٠٠٫٧٥" -> 50075):
 * minor units at the currency's exponent; null when not a plain decimal. One function, so that the
 * locale packs' amount grammar (decimal comma, …) can replace it in one place.
 */
export function readAmountMinor(text: string, currency: string | null): number | null {
  const numeric = NUMBER.exec(text)?.[0];
  if (!numeric) return null;
  const ascii = toAsciiDigits(numeric).replace(/[,٬]/g, "").replace("٫", ".");
  return parseDecimalToMinor(ascii, currencyExponent(currency));
}
