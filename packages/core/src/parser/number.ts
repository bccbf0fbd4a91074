/**
 * The number grammar of amounts, read into integer minor units (never floats). Digits are ASCII here: native digits
 * (Arabic-Indic, Persian, Devanagari, Bengali, Thai, full-width) and the Arabic marks are folded by `normalize.ts`.
 *
 * Forms: "1,250.00", "1.250,00", "1 250,00", "1'250.00", Indian "1,52,000.50", plain "10028,05" / "12.34",
 * 3-decimal "2.750" (JOD), 0-decimal "1,234" (JPY), a leading mark ".93".
 * Ambiguity (one mark, printed once): 1-2 digits after it make it the decimal mark; exactly 3 digits make it a
 * thousands group, unless the currency has 3 decimals and it is the currency's decimal mark ("JOD 2.750"), or the
 * whole part is 0 ("0,650"), or it is a "." of a 2-decimal dot currency and the third digit is 0 ("Rs. 5.000" = 5.00,
 * a padding some Indian banks print). Two different marks: the last is the decimal one. A mark printed twice groups,
 * unless it is the currency's decimal mark and the last group has 1-2 digits: then that is the fraction ("PKR 55.000.00").
 */

/** How a currency writes numbers (from `locales/currencies.ts`). */
export interface NumberForm {
  exponent: number;
  decimal: "." | ",";
  spaceGroups: boolean;
}

export interface NumberRead {
  /** Integer minor units of the form's exponent. */
  minor: number;
  /** Index just past the last digit read. */
  end: number;
  /** How many digits after the decimal mark were printed (0: none). */
  decimals: number;
}

const MAX_GROUPS = 8;
const MAX_WHOLE_DIGITS = 13;
// Scratch space for one reading (readNumber is not re-entrant; it never calls itself).
const STARTS = new Int32Array(MAX_GROUPS);
const ENDS = new Int32Array(MAX_GROUPS);
const SEPS = new Int32Array(MAX_GROUPS);

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function digitsEnd(text: string, i: number): number {
  while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  return i;
}

/** Value of the fraction digits text[from, to) in minor units; null when it does not fit the exponent. */
function fraction(text: string, from: number, to: number, exponent: number): number | null {
  let v = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (i - from < exponent) v = v * 10 + d;
    else if (d !== 0) return null; // "¥500.00" is fine; "¥500.50" is not a yen amount
  }
  for (let k = to - from; k < exponent; k++) v *= 10;
  return v;
}

/** Reads the groups [0, n) with `seps` between them; null when they are not one well-formed number. */
function interpret(
  text: string,
  starts: Int32Array,
  ends: Int32Array,
  seps: Int32Array,
  n: number,
  form: NumberForm,
): boolean {
  let decimal = false;
  if (n > 1) {
    const last = seps[n - 2]!;
    if (last === 46 || last === 44) {
      let count = 0;
      let other = false;
      for (let k = 0; k < n - 1; k++) {
        if (seps[k] === last) count++;
        else if (seps[k] === 46 || seps[k] === 44) other = true;
      }
      const lastLen = ends[n - 1]! - starts[n - 1]!;
      // "PKR 55.000.00": the currency's decimal mark used for both, a last group of 1-2 digits is the fraction.
      if (count > 1) decimal = !other && lastLen <= 2 && last === (form.decimal === "." ? 46 : 44);
      else if (other) decimal = true;
      else if (lastLen !== 3) decimal = true;
      else {
        const mark = last === 46 ? "." : ",";
        const zeroWhole = n === 2 && ends[0]! - starts[0]! === 1 && text.charCodeAt(starts[0]!) === 48;
        // "Rs. 5.000": dot-decimal currencies of 2 decimals printed with a third, zero, decimal ("5.250" = 5.25).
        const padded =
          mark === "." && form.decimal === "." && form.exponent === 2 && text.charCodeAt(ends[n - 1]! - 1) === 48;
        decimal = zeroWhole || padded || (form.exponent === 3 && mark === form.decimal);
      }
    }
  }
  const g = decimal ? n - 1 : n;
  // Grouping: one separator kind, not the decimal one; groups of 3 (Indian: 2s then a last 3) after a first of 1-3.
  let group = -1;
  for (let k = 0; k < g - 1; k++) {
    if (group < 0) group = seps[k]!;
    else if (seps[k] !== group) return false;
  }
  if (g > 1) {
    if (decimal && group === seps[n - 2] && ends[n - 1]! - starts[n - 1]! > 2) return false;
    if (group === 32 && !form.spaceGroups && !(decimal && seps[n - 2] === 44)) return false;
    const firstLen = ends[0]! - starts[0]!;
    if (firstLen > 3) return false;
    for (let k = 1; k < g; k++) {
      const len = ends[k]! - starts[k]!;
      if (len !== 3 && !(len === 2 && group === 44 && k < g - 1)) return false;
    }
  }
  let whole = 0;
  let digits = 0;
  for (let k = 0; k < g; k++) {
    for (let i = starts[k]!; i < ends[k]!; i++) {
      whole = whole * 10 + (text.charCodeAt(i) - 48);
      digits++;
    }
  }
  if (digits > MAX_WHOLE_DIGITS) return false;
  let frac = 0;
  let decimals = 0;
  if (decimal) {
    decimals = ends[n - 1]! - starts[n - 1]!;
    const f = fraction(text, starts[n - 1]!, ends[n - 1]!, form.exponent);
    if (f === null) return false;
    frac = f;
  }
  const minor = whole * 10 ** form.exponent + frac;
  if (!Number.isSafeInteger(minor)) return false;
  READ.minor = minor;
  READ.end = ends[n - 1]!;
  READ.decimals = decimals;
  return true;
}

/**
 * Reads the number that starts at `start` (a digit, or a "." / "," right before digits: ".93"), the longest
 * well-formed reading first. Null when there is none.
 */
export function readNumber(text: string, start: number, form: NumberForm): NumberRead | null {
  return readInto(text, start, form) ? { minor: READ.minor, end: READ.end, decimals: READ.decimals } : null;
}

/** The last reading of `readInto` (scratch space, so that the amount scan allocates nothing per number). */
export const READ: NumberRead = { minor: 0, end: 0, decimals: 0 };

/** `readNumber` into READ; false when there is no number. */
export function readInto(text: string, start: number, form: NumberForm): boolean {
  const c0 = text.charCodeAt(start);
  if (c0 === 46 || c0 === 44) {
    const end = digitsEnd(text, start + 1);
    if (end === start + 1) return false;
    const minor = fraction(text, start + 1, end, form.exponent);
    if (minor === null) return false;
    READ.minor = minor;
    READ.end = end;
    READ.decimals = end - start - 1;
    return true;
  }
  const first = digitsEnd(text, start);
  // No amount's whole part has a leading zero ("0011xx991" is an account, "0712345678" a phone).
  if (first === start || (c0 === 48 && first - start > 1)) return false;
  const starts = STARTS;
  const ends = ENDS;
  const seps = SEPS;
  starts[0] = start;
  ends[0] = first;
  let groups = 1;
  let i = first;
  while (groups < MAX_GROUPS && i + 1 < text.length) {
    const c = text.charCodeAt(i);
    if (c !== 44 && c !== 46 && c !== 32 && c !== 39) break;
    const end = digitsEnd(text, i + 1);
    if (end === i + 1 || ((c === 32 || c === 39) && end - i - 1 !== 3)) break;
    seps[groups - 1] = c;
    starts[groups] = i + 1;
    ends[groups] = end;
    groups++;
    i = end;
  }
  for (let n = groups; n >= 1; n--) {
    if (interpret(text, starts, ends, seps, n, form)) return true;
  }
  return false;
}

/** Writes minor units in a form (for tests and tools): 125000 -> "1.250,00" with "," decimals and "." groups. */
export function formatNumber(minor: number, exponent: number, decimal: string, group: string, indian = false): string {
  const scale = 10 ** exponent;
  const whole = String(Math.trunc(minor / scale));
  const parts: string[] = [];
  let rest = whole;
  if (group !== "") {
    if (rest.length > 3) {
      parts.unshift(rest.slice(-3));
      rest = rest.slice(0, -3);
      const size = indian ? 2 : 3;
      while (rest.length > size) {
        parts.unshift(rest.slice(-size));
        rest = rest.slice(0, -size);
      }
    }
  }
  parts.unshift(rest);
  const frac = exponent > 0 ? decimal + String(minor % scale).padStart(exponent, "0") : "";
  return parts.join(group) + frac;
}
