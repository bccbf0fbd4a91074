/** Amounts are read from digit strings into integer minor units; floats are never involved. */
import { LOCALES } from "../locales";
import { codeOfToken, currencyOf, TOKENS, type TokenInfo } from "../locales/currencies";
import { normalizeBody } from "./normalize";
import { type NumberForm, READ, readInto } from "./number";
import { FACT, has } from "./text-facts";
import { trieSource } from "./trie-regex";

export type AmountRole = "txn" | "balance" | "limit" | "fee" | "cost" | "due";

export interface AmountHit {
  minor: number;
  currency: string;
  role: AmountRole;
  index: number;
  end: number;
  /** For a fee: the words right after it say it was taken ("charges of Rs 300 debited"). */
  taken?: boolean;
  /** Printed in parentheses right after the previous amount, in another currency: the same money converted
   * ("Amount: TRY 342.00 (SAR 27.51)"). */
  converts?: boolean;
  /** Printed with a minus sign before the digits ("-3,300,000 ریال"); `minor` is the magnitude. */
  negative?: boolean;
}

// Number: Indian or western grouping, or plain digits; up to 2 decimals (bare amounts without a currency token).
// Groups are comma-separated so the quantifiers never overlap (no catastrophic backtracking).
const NUM = String.raw`(\d{1,3}(?:,\d{2,3})+|\d{1,13})(?:\.(\d{1,2}))?(?![\d,]\d)`;
/** SBI-style "debited by 500.0" with no currency token. */
// Not a count of points, units or miles ("credited with 100 reward points").
const BARE_RE = new RegExp(
  String.raw`\b(?:debited|credited)\s(?:by|for|with)\s${NUM}(?![\d.]|\s?%|\s(?:reward |bonus |loyalty )?(?:points?|` +
    String.raw`pts|units?|miles|coins|supercoins|neucoins)\b)`,
);

/** Balance words of the other languages' locale packs ("доступно", "salio", "مانده"), matched as plain substrings. */
const LOCAL_BALANCE: readonly string[] = LOCALES.filter((p) => p.id !== "en").flatMap((p) => p.words.balance);
const escapeRe = (w: string) => w.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const LOCAL_ALT = LOCAL_BALANCE.map(escapeRe)
  .map((w) => `|${w}`)
  .join("");
// Nearest keyword before an amount (with no digits in between): 1 = balance/limit, 2 = fee/charges, 3 = due,
// 4 = cost (M-PESA "Transaction cost": never the amount).
// The greedy ^.* makes the *last* keyword of the window decide ("min balance charges of Rs 300" is a fee).
const ROLE_KW = new RegExp(
  String.raw`^.*(?:(\b(?:avl|avbl|avlbl|avail|available|avlbal|bal|balance|limit|lmt|outstanding|o\/s)\b|शेष|सीमा${LOCAL_ALT})` +
    String.raw`|(\b(?:fee|fees|charges|gst)\b|(?<!\ba |: |^)\bcharge\b)|(\b(?:due|payable)\b)|(\bcost\b))[^0-9]*$`,
);
const WINDOW = 40;
/** A literal inside each ROLE_KW keyword: a text without any of them has no role keyword anywhere. */
export const ROLE_WORDS: readonly string[] = [
  ...[
    "avl",
    "avbl",
    "avail",
    "bal",
    "limit",
    "lmt",
    "outstanding",
    "o/s",
    "शेष",
    "सीमा",
    "fee",
    "charge",
    "gst",
    "due",
    "payable",
    "cost",
  ],
  ...LOCAL_BALANCE,
];
const FEE_TAKEN =
  /^(?:\s?\(?(?:incl|inclusive|including)\b[^)0-9]{0,12}\)?)?[^0-9]{0,6}\b(?:has been |have been |is |was )?(?:debited|deducted|charged|levied|recovered)\b/;

/** Parses "1,00,000" + "50" into minor units of `exponent` digits; null when out of range. */
export function toMinor(whole: string, frac: string | undefined, exponent = 2): number | null {
  // Digit loop (no allocation): "1,00,000" -> 100000.
  let units = 0;
  let digits = 0;
  for (let i = 0; i < whole.length; i++) {
    const c = whole.charCodeAt(i);
    if (c === 44) continue; // ","
    if (c < 48 || c > 57) return null;
    units = units * 10 + (c - 48);
    digits++;
  }
  if (digits === 0 || digits > 13) return null;
  let cents = 0;
  const f = frac ?? "";
  for (let i = 0; i < Math.max(exponent, f.length); i++) {
    const d = i < f.length ? f.charCodeAt(i) - 48 : 0;
    if (d < 0 || d > 9) return null;
    if (i < exponent) cents = cents * 10 + d;
    else if (d !== 0) return null;
  }
  const minor = units * 10 ** exponent + cents;
  return Number.isSafeInteger(minor) ? minor : null;
}

/** Maps a currency token as printed ("Rs.", "KSh", "₽") to ISO 4217 (null when unknown); `home` picks among shared ones. */
export function currencyCode(token: string, home?: string | null): string | null {
  return codeOfToken(token, home) ?? codeOfToken(token.replace(/[.:]/g, ""), home);
}

/**
 * Whether the ". " at `i` ends a sentence rather than an abbreviation of up to 4 letters ("Avl. Bal. AED 4,103.25"):
 * letters are looked back over no further than `lo` (the window's start).
 */
function sentenceBreakAt(text: string, i: number, lo: number): boolean {
  let k = i;
  while (k > lo && i - k <= 4 && text.charCodeAt(k - 1) >= 97 && text.charCodeAt(k - 1) <= 122) k--;
  return i - k === 0 || i - k > 4 || (k > lo && text.charCodeAt(k - 1) !== 32);
}

const MOVED_AFTER = /\b(?:debited|credited|deducted) (?:for|by|with)\b/;

function roleOf(text: string, from: number, to: number): AmountRole {
  // Look back at most WINDOW chars, not past the previous amount, and not past a sentence break (". " that is not
  // after an abbreviation, "\n", ";"). The keyword must follow the window's last digit ([^0-9]*$), so the regex only
  // sees what follows the last digit or break, whichever is nearer: one backward scan on the text finds it, and only
  // that is cut out.
  const lo = Math.max(from, to - WINDOW);
  let cut = lo - 1;
  for (let i = to - 1; i >= lo; i--) {
    const c = text.charCodeAt(i);
    if (
      (c >= 48 && c <= 57) ||
      c === 10 ||
      c === 59 ||
      (c === 46 && i + 1 < to && text.charCodeAt(i + 1) === 32 && sentenceBreakAt(text, i, lo))
    ) {
      cut = i;
      break;
    }
  }
  if (to - (cut + 1) < 2) return "txn";
  const seg = text.slice(cut + 1, to);
  const m = ROLE_KW.exec(seg);
  if (!m) return "txn";
  // "Your Apay Wallet balance is debited for INR 250.00": a movement verb after the keyword names the amount moved.
  if (m[1] !== undefined && MOVED_AFTER.test(seg.slice(seg.lastIndexOf(m[1]) + m[1].length))) return "txn";
  if (m[1] !== undefined) return m[1] === "limit" || m[1] === "lmt" || m[1] === "सीमा" ? "limit" : "balance";
  return m[2] !== undefined ? "fee" : m[3] !== undefined ? "due" : "cost";
}

/**
 * Every currency token of `locales/currencies.ts`, lower-cased, longest first at a position (trie regex). Tokens that
 * count only glued to digits ("N50.00") match only there, so that the letter alone is never tried.
 */
const TOKEN_RE = (() => {
  const all = [...TOKENS.values()];
  const glued = all.filter((t) => t.glued).map((t) => t.lower);
  const letter = (t: TokenInfo) => !t.glued && /^[a-z]/.test(t.lower);
  // A letter token starts a word or follows digits ("100.00mt"): \b fails fast inside words (most positions).
  const words = trieSource(all.filter(letter).map((t) => t.lower));
  const others = trieSource(all.filter((t) => !t.glued && !letter(t)).map((t) => t.lower));
  const alts = [`(?:\\b|(?<=\\d))${words}`, others, ...(glued.length > 0 ? [`${trieSource(glued)}(?=-?\\d)`] : [])];
  return new RegExp(alts.join("|"), "g");
})();

/**
 * Literals whose occurrences bound where an amount can be: each token's first 4 characters, none for a token that
 * starts with another token ("rs." with "rs"), and a token that must be glued to digits ("N50.00") with each digit.
 * A mark is a prefix of its token, so the bounds and the token starts it gives stay right.
 */
export const CURRENCY_TOKENS: readonly string[] = (() => {
  const free = [...TOKENS.values()].filter((t) => !t.glued).map((t) => t.lower.slice(0, 4));
  const minimal = free.filter((m) => !free.some((o) => o.length < m.length && m.startsWith(o)));
  const glued = [...TOKENS.values()].filter((t) => t.glued).flatMap((t) => [..."0123456789-"].map((d) => t.lower + d));
  return [...new Set([...minimal, ...glued])];
})();
const CURRENCY_TOKEN_MAX = Math.max(...[...TOKENS.keys()].map((t) => t.length + 1));

const FORMS = new Map<string, NumberForm>();
/** How a currency writes numbers (INR's form when unknown). */
export function formOf(code: string): NumberForm {
  let form = FORMS.get(code);
  if (form === undefined) {
    const c = currencyOf(code);
    form = { exponent: c?.exponent ?? 2, decimal: c?.decimal ?? ".", spaceGroups: c?.spaceGroups ?? false };
    FORMS.set(code, form);
  }
  return form;
}

const LETTER = /\p{L}/u;
function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isDateMark(c: number): boolean {
  return c === 47 || c === 45 || c === 58;
}
/** Whether text[i] continues a word for a token whose edge character is `edge` (Thai has no spaces: never). */
function joins(text: string, i: number, edge: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (edge < 128) return isAsciiLetter(edge) && isAsciiLetter(c);
  if ((edge >= 0x0e00 && edge <= 0x0e7f) || c < 128 || c === 0x0640) return false;
  return isLetterCode(c) && isLetterCode(edge);
}
/** Per UTF-16 code unit: 0 not yet known, 1 a letter, 2 not a letter. */
const LETTER_CACHE = new Uint8Array(65536);
function isLetterCode(c: number): boolean {
  let v = LETTER_CACHE[c]!;
  if (v === 0) LETTER_CACHE[c] = v = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
  return v === 1;
}

/** Whether a mask ("***", "##", "xx12") starts at `p`. */
function maskAt(text: string, p: number): boolean {
  const c = text.charCodeAt(p);
  const next = text.charCodeAt(p + 1);
  return (c === 42 || c === 35 || c === 120) && (next === 42 || next === 35 || next === 120 || isDigit(next));
}

/** Whether a digit, or a minus sign and a digit ("R-389.00"), starts at `p` (after a token glued to digits). */
function gluedDigit(text: string, p: number): boolean {
  const c = text.charCodeAt(p);
  return isDigit(c) || (c === 45 && isDigit(text.charCodeAt(p + 1)));
}

/** Whether the token match text[s, e) stands as a token: word edges, printed case, glued digits. */
function tokenFits(text: string, s: number, e: number, t: TokenInfo, printed: string): boolean {
  if (joins(text, s - 1, text.charCodeAt(s))) return false;
  if (!t.stem && joins(text, e, text.charCodeAt(e - 1))) return false;
  if (t.glued && !gluedDigit(text, e)) return false;
  // Letters between two digits are part of a code ("9KD55XHN1A", an M-PESA reference), not a currency.
  if (s > 0 && isDigit(text.charCodeAt(s - 1)) && isDigit(text.charCodeAt(e)) && isAsciiLetter(text.charCodeAt(s)))
    return false;
  return !t.cased || printed.length !== text.length || printed.startsWith(t.text, s);
}

/** What stands between an amount and its converted value: " (". */
const PAREN = /^ ?\( ?$/;
const SCALE_AFTER = / ?(?:\/-|(lakhs?|lacs?|crores?)\b)/y;

interface Reading {
  minor: number;
  start: number;
  end: number;
  decimals: number;
  negative: boolean;
}

/** The number after a token ending at `e` ("Rs.500", "INR: 500", "EUR .93", "TZS850,000.00"). */
function readAfter(text: string, e: number, form: NumberForm, glued: boolean): Reading | null {
  let p = e;
  let negative = false;
  if (!glued) {
    // "INR.500", "INR:500", "Rs. 500", "INR : 500", "EUR .93" (a leading decimal mark only after a space).
    let c = text.charCodeAt(p);
    if (c === 58 || c === 46) c = text.charCodeAt(++p);
    if (c === 32 || c === 10) c = text.charCodeAt(++p);
    if (c === 58 && p > e && text.charCodeAt(p - 1) === 32) {
      c = text.charCodeAt(++p);
      if (c === 32) c = text.charCodeAt(++p);
    }
    // "Amt:NGN-57,000.00": a sign between the token and the digits.
    if (c === 45 && isDigit(text.charCodeAt(p + 1))) {
      negative = true;
      c = text.charCodeAt(++p);
    }
    if (!isDigit(c) && !((c === 46 || c === 44) && text.charCodeAt(p - 1) === 32 && isDigit(text.charCodeAt(p + 1))))
      return null;
  } else {
    // "R-389.00" (Absa): a sign between a glued token and its digits.
    if (text.charCodeAt(p) === 45 && isDigit(text.charCodeAt(p + 1))) {
      negative = true;
      p++;
    }
    if (!isDigit(text.charCodeAt(p))) return null;
  }
  // A date or a time is no amount ("DT:12/06/2026", "on 12-11-26", "at 10:20").
  if (!readInto(text, p, form) || (isDateMark(text.charCodeAt(READ.end)) && isDigit(text.charCodeAt(READ.end + 1))))
    return null;
  let { minor, end } = READ;
  // Digits running into a mask are a masked account ("TK 1903***7721": Vietnamese "tài khoản"), not an amount.
  if (maskAt(text, end)) return null;
  const decimals = READ.decimals;
  // "/-", "lakh", "crore" (looked for only when "/", "l" or "c" follows, at most after a space).
  const next = text.charCodeAt(text.charCodeAt(end) === 32 ? end + 1 : end);
  if (next === 47 || next === 108 || next === 99) {
    SCALE_AFTER.lastIndex = end;
    const m = SCALE_AFTER.exec(text);
    if (m !== null) {
      end += m[0].length;
      if (m[1] !== undefined) minor *= m[1].startsWith("c") ? 10_000_000 : 100_000;
    }
  }
  return { minor, start: negative ? p - 1 : p, end, decimals, negative };
}

/** Whether the character before a number's first digit lets it start there (not "XX1234", a time, a date). */
function numberMayStartAfter(text: string, i: number): boolean {
  if (i < 0) return true;
  const c = text.charCodeAt(i);
  if (isDigit(c) || isAsciiLetter(c) || c === 42) return false;
  if (c === 58 || c === 47 || c === 45 || c === 46 || c === 44) return !isDigit(text.charCodeAt(i - 1));
  return true;
}

/** The number right before a token starting at `s` ("12.34 SAR", "5000 ₽", "100.00MT"), not before `from`. */
function readBefore(text: string, s: number, from: number, form: NumberForm): Reading | null {
  // "1.234,56 MT", "100.00MT", and "1.234,56, MT" (a comma printed before the token).
  let numEnd = text.charCodeAt(s - 1) === 32 ? s - 1 : s;
  if (numEnd < s && text.charCodeAt(numEnd - 1) === 44 && isDigit(text.charCodeAt(numEnd - 2))) numEnd--;
  if (numEnd <= from || !isDigit(text.charCodeAt(numEnd - 1))) return null;
  // Walk back over digits and marks (at most 40 characters), then try each digit run's start, leftmost first.
  let lo = numEnd - 1;
  while (lo > from && numEnd - lo < 40) {
    const c = text.charCodeAt(lo - 1);
    if (isDigit(c) || c === 44 || c === 46 || c === 39 || (c === 32 && isDigit(text.charCodeAt(lo - 2)))) lo--;
    else break;
  }
  for (let i = lo; i < numEnd; i++) {
    if (!isDigit(text.charCodeAt(i)) || (i > lo && isDigit(text.charCodeAt(i - 1)))) continue;
    if (!numberMayStartAfter(text, i - 1)) continue;
    if (!readInto(text, i, form) || READ.end !== numEnd) continue;
    const sign = text.charCodeAt(i - 1);
    const negative = sign === 45 && !isDigit(text.charCodeAt(i - 2)) && !isAsciiLetter(text.charCodeAt(i - 2));
    return { minor: READ.minor, start: negative ? i - 1 : i, end: s, decimals: READ.decimals, negative };
  }
  return null;
}

/** Tokens by their first code unit, longest first: what TOKEN_RE would match at a known start, without a regex. */
const BY_FIRST: ReadonlyMap<number, readonly TokenInfo[]> = (() => {
  const m = new Map<number, TokenInfo[]>();
  for (const t of TOKENS.values()) {
    const c = t.lower.charCodeAt(0);
    m.set(
      c,
      [...(m.get(c) ?? []), t].sort((a, b) => b.lower.length - a.lower.length),
    );
  }
  return m;
})();

/** The token TOKEN_RE finds starting at `s`, if any (a letter token does not start inside a word). */
function tokenAt(text: string, s: number): TokenInfo | null {
  const list = BY_FIRST.get(text.charCodeAt(s));
  if (list === undefined) return null;
  const prev = s > 0 ? text.charCodeAt(s - 1) : 32;
  const inWord = isAsciiLetter(prev) || prev === 95;
  for (const t of list) {
    if (!text.startsWith(t.lower, s)) continue;
    if (t.glued) {
      if (gluedDigit(text, s + t.lower.length)) return t;
    } else if (!(inWord && isAsciiLetter(t.lower.charCodeAt(0)))) return t;
  }
  return null;
}

interface ScanState {
  text: string;
  printed: string;
  home: string | null;
  roleWord: boolean;
  firstRoleEnd: number;
  hits: AmountHit[];
  /** End of the last amount found. */
  prevEnd: number;
}
const STATE: ScanState = { text: "", printed: "", home: null, roleWord: false, firstRoleEnd: -1, hits: [], prevEnd: 0 };
const NOT_A_TOKEN = 0;
const NO_AMOUNT = 1;
const FOUND = 2;

/** Whether a number read up to `end` goes on as a date does ("20.11" of "20.11.26", "05/11" of "05/11/2026"). */
function dateGoesOn(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  return (c === 46 || c === 47) && isDigit(text.charCodeAt(end + 1));
}

/** Reads the amount of the token `t` found at `s`, if it stands as a token and has one. */
function consider(st: ScanState, s: number, t: TokenInfo): number {
  const { text, hits } = st;
  const e = s + t.lower.length;
  if (!tokenFits(text, s, e, t, st.printed)) return NOT_A_TOKEN;
  let currency = t.codes.length > 1 && st.home && t.codes.includes(st.home) ? st.home : t.codes[0]!;
  const form = formOf(currency);
  // A token glued to a letter or digit before it is no prefix ("abcRs500", "1234INR"), as before.
  const b = s > 0 ? text.charCodeAt(s - 1) : 32;
  const prefixOk = t.amount !== "before" && !isAsciiLetter(b) && !isDigit(b);
  let r = prefixOk ? readAfter(text, e, form, t.glued) : null;
  if (r !== null && t.glued && r.decimals === 0) r = null;
  // "1 500 000.00 UZS 20.11.26 11:40": a number after the code that goes on with ".26" is a date, not its amount.
  if (r !== null && dateGoesOn(text, r.end)) r = null;
  if (t.amount !== "after" && (r === null || form.decimal === ",")) {
    const before = readBefore(text, s, st.prevEnd, form);
    if (before !== null) r = before;
  }
  if (r === null) return NO_AMOUNT;
  const minor = r.minor * t.scale;
  if (!Number.isSafeInteger(minor)) return NO_AMOUNT;
  const index = Math.min(s, r.start);
  let end = Math.max(e, r.end);
  // "$459.00 MXN": a shared symbol's ISO code printed right after the amount says which currency it is.
  if (t.codes.length > 1 && r.end > e && !isAsciiLetter(t.lower.charCodeAt(0))) {
    const code = /^ ?([a-z]{3})(?![a-z])/.exec(text.slice(end, end + 5));
    const named = code ? t.codes.find((c) => c.toLowerCase() === code[1]) : undefined;
    if (named !== undefined && code) {
      currency = named;
      end += code[0].length;
    }
  }
  // The role keyword must end before the amount: none does when the first ROLE_WORDS occurrence ends at or after it.
  const role =
    st.roleWord && (st.firstRoleEnd < 0 || st.firstRoleEnd < index) ? roleOf(text, st.prevEnd, index) : "txn";
  // Every hit has the same fields (one hidden class, whatever the alert): the optional ones set or undefined.
  const prev = hits[hits.length - 1];
  const hit: AmountHit = {
    minor,
    currency,
    role,
    index,
    end,
    taken: role === "fee" ? FEE_TAKEN.test(text.slice(end, end + 30)) : undefined,
    converts:
      prev !== undefined && prev.currency !== currency && PAREN.test(text.slice(st.prevEnd, index)) ? true : undefined,
    negative: r.negative ? true : undefined,
  };
  hits.push(hit);
  st.prevEnd = end;
  return FOUND;
}

export interface ScanOptions {
  /** The institution's home currency: picks among currencies sharing a token ("Rs" in Nepal is NPR). */
  home?: string | null;
  /** The text as printed (same indices as the lower-cased one), for tokens that count only in one case. */
  printed?: string;
  /** Where tokens may start (`scanText`'s `tokenStarts`): only there is a token looked for. */
  tokenStarts?: readonly number[] | null;
}

/**
 * Every currency-marked amount in the lower-cased text, in order, with the role its context suggests.
 * `firstTokenEnd`/`lastTokenEnd`, when known, are where the first and last CURRENCY_TOKENS occurrence end (-1: none):
 * no amount's token starts before the first one, and the search stops once it is past the last one. `roleWord`:
 * whether one of ROLE_WORDS occurs, when known; without one every amount's role is "txn".
 */
export function scanAmounts(
  text: string,
  firstTokenEnd = 0,
  lastTokenEnd = text.length,
  roleWord = true,
  x = -1,
  firstRoleEnd = -1,
  opts: ScanOptions = {},
): AmountHit[] {
  const hits: AmountHit[] = [];
  if (lastTokenEnd < 0) return hits;
  // One state object for every call (the scan never calls itself): nothing to allocate per message.
  const st = STATE;
  st.text = text;
  st.printed = opts.printed ?? text;
  st.home = opts.home ?? null;
  st.roleWord = roleWord;
  st.firstRoleEnd = firstRoleEnd;
  st.hits = hits;
  st.prevEnd = 0;
  const starts = opts.tokenStarts;
  if (starts) {
    // Where the keyword pass saw a token begin: each is tried in place (sticky), as the search below would find it.
    let skip = 0;
    for (let k = 0; k < starts.length && hits.length < 12; k++) {
      const s = starts[k]!;
      if (s < skip || s < st.prevEnd || (k > 0 && s === starts[k - 1])) continue;
      const t = tokenAt(text, s);
      if (t !== null && consider(st, s, t) === NO_AMOUNT) skip = s + t.lower.length;
    }
  } else {
    TOKEN_RE.lastIndex = Math.max(0, firstTokenEnd - (CURRENCY_TOKEN_MAX - 1));
    while (hits.length < 12 && TOKEN_RE.lastIndex <= lastTokenEnd) {
      const m = TOKEN_RE.exec(text);
      if (m === null) break;
      const s = m.index;
      const got = s < st.prevEnd ? NOT_A_TOKEN : consider(st, s, TOKENS.get(m[0])!);
      if (got === NOT_A_TOKEN) TOKEN_RE.lastIndex = s + 1;
      else if (got === FOUND) TOKEN_RE.lastIndex = st.prevEnd;
    }
  }
  const prevEnd = st.prevEnd;
  // Rare: a balance with no currency token, looked for only when no balance was found.
  if (
    hits.length > 0 &&
    hits.length < 12 &&
    roleWord &&
    has(x, FACT.bal, text, "bal") &&
    !hits.some((h) => h.role === "balance" || h.role === "limit")
  ) {
    const b = BARE_BALANCE.exec(text);
    const minor = b ? toMinor(b[1] ?? "", b[2], formOf(hits[0]!.currency).exponent) : null;
    if (b && minor !== null && b.index >= prevEnd) {
      hits.push({
        minor,
        currency: hits[0]!.currency,
        role: "balance",
        index: b.index,
        end: b.index + b[0].length,
        taken: undefined,
        converts: undefined,
        negative: undefined,
      });
    }
  }
  return hits;
}

/** Whether a hit is printed after a short letter token that is not its ISO code ("Tk 500", "Rs 20"). */
function localLetterToken(text: string, h: AmountHit): boolean {
  const m = /^([a-z]{2,3})\.?\s?\d/.exec(text.slice(h.index, h.index + 6));
  return m !== null && m[1] !== h.currency.toLowerCase();
}

/** "Avl Bal 21480.50": a balance printed without a currency token (decimals required, so no date or count). */
const BARE_BALANCE =
  /\b(?:avl|avbl|available) ?bal(?:ance)?\.?\s?[:\-]?\s?(\d{1,3}(?:,\d{2,3})+|\d{1,13})\.(\d{2})(?![\d,])/;

/** "debited by 500.0" style amount with no currency token, in minor units of `exponent` digits. */
export function bareAmount(text: string, exponent = 2): number | null {
  const m = BARE_RE.exec(text);
  return m ? toMinor(m[1] ?? "", m[2], exponent) : null;
}

/** Whether a raw body prints an amount with a currency token (look-alike characters normalised first). */
export function hasCurrencyAmount(body: string): boolean {
  const text = normalizeBody(body);
  return scanAmounts(text.toLowerCase(), 0, text.length, false, -1, -1, { printed: text }).length > 0;
}

export interface AmountPick {
  amount: AmountHit | null;
  balance: AmountHit | null;
  /** A fee the text says was taken ("Processing fee of INR 235.82 (incl. GST) has been charged"). */
  fee: AmountHit | null;
}

/**
 * Picks the transaction amount and the balance. The balance is never used as the amount. When an alert
 * quotes a foreign amount and the INR amount charged, the INR one wins for Indian issuers.
 */
export function pickAmounts(
  hits: readonly AmountHit[],
  homeCurrency: string | null,
  allowDue: boolean,
  text = "",
): AmountPick {
  let amount: AmountHit | null = null;
  let home: AmountHit | null = null;
  let due: AmountHit | null = null;
  let fee: AmountHit | null = null;
  let balance: AmountHit | null = null;
  let limit: AmountHit | null = null;
  for (const h of hits) {
    if (h.role === "balance") {
      if (!balance) balance = h;
    } else if (h.role === "limit") {
      if (!limit) limit = h;
    } else if (h.role === "txn") {
      // "RM0.00 Maybank: .. charged RM 156.40": a printed zero (Malaysia's SMS charge notice) is no movement beside
      // a non-zero amount.
      if (!amount || (amount.minor === 0 && h.minor > 0)) amount = h;
      if (!home && homeCurrency !== null && h.currency === homeCurrency) home = h;
    } else if (h.role === "due") {
      if (!due) due = h;
    } else if (h.role === "fee") {
      if (!fee && h.taken) fee = h;
    }
  }
  if (amount && home && amount.currency !== home.currency && homeCurrency === "INR") amount = home;
  // "TK 2211 bi tru 15,000,000VND" (VPBank): a foreign letter token ("TK" is the account, not taka) gives way to an
  // amount in the institution's own currency.
  if (amount && home && amount !== home && amount.currency !== homeCurrency && localLetterToken(text, amount)) {
    amount = home;
  }
  // "TRY 342.00 (SAR 27.51) .. Fee: SAR 0.00": the converted amount is what the account was charged when it is in
  // the home currency or in the currency the alert prints most.
  const next = amount ? hits[hits.indexOf(amount) + 1] : undefined;
  if (amount && next?.converts && next.role === "txn" && amount.currency !== homeCurrency) {
    const count = (c: string) => hits.reduce((n, h) => n + (h.currency === c ? 1 : 0), 0);
    if (next.currency === homeCurrency || count(next.currency) > count(amount.currency)) amount = next;
  }
  if (!amount && allowDue) amount = due;
  // "Charges of Rs 300 debited": when the only amount is a fee that the text says was taken, the fee moved.
  if (!amount) amount = fee;
  // "Available limit is Ksh 6,500.00. M-PESA balance is Ksh18,815.00": a balance wins over a limit.
  return { amount, balance: balance ?? limit, fee };
}
