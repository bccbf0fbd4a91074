/**
 * Fallback amount reader for alerts the main grammar (`amount.ts`) finds no amount in: ISO codes and local tokens
 * of every locale pack ("TZS40000", "1.234,56 MZN", "3267 ₽", "1,500.00 บาท", "50.00MT"), script digits, and, for a
 * known institution, a bare number after an amount label, a debit/credit word or a sign ("برداشت1,250,000",
 * "DR Amt:650.00", "-3,300,000"). It only runs when `scanAmounts` found nothing, so Indian alerts never reach it.
 * Its tokens are those of `locales/currencies.ts` (a token several currencies print means the institution's).
 */
import { LOCALES, wordsOf } from "../locales";
import { CURRENCIES, TOKENS as CURRENCY_TOKENS, codeOfToken, exponentOf } from "../locales/currencies";
import { INSTITUTION_LIST } from "../institutions";
import { decimalTextToMinor } from "../upstream/answer";
import { substringScanner } from "./substrings";
import { wordFinder } from "./word-finder";

export interface LocalAmount {
  minor: number;
  currency: string;
}
export interface LocalAmounts {
  amount: LocalAmount | null;
  balance: LocalAmount | null;
}

const ISO_CODES = [...new Set([...LOCALES.flatMap((l) => l.currencies), ...INSTITUTION_LIST.map((i) => i.currency)])];
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const byLength = (a: string, b: string): number => b.length - a.length;
const CODES = new Set(CURRENCIES.map((c) => c.code.toLowerCase()));
/** Local tokens of the currency table (ISO codes are matched on their own, upper-case only). */
const LOCAL_TOKENS = [...CURRENCY_TOKENS.values()].filter((t) => !CODES.has(t.lower) && (!t.glued || t.lower === "n"));
const alternation = (side: "before" | "after"): string =>
  LOCAL_TOKENS.filter((t) => t.amount !== side)
    .map((t) => t.lower)
    .sort(byLength)
    .map(escape)
    .join("|");
const ISO = new Set(ISO_CODES);
// Digits with an optional group separator (, . space ' or a no-break space) and decimal part; an optional sign.
const NUM = String.raw`([+-]?)(\d{1,3}(?:[,.\u00a0\u202f' ]\d{3})+(?:[.,]\d{1,3})?|\d+(?:[.,]\d{1,3})?)(?!\d|[.,]\d)`;
// A token must not sit inside a word; ISO codes only count upper-case as printed ("TRY 50", not "try 2 times").
// (Upper/lower-case letters only: an Arabic particle or tatweel may be glued before it, "بـSAR 19.45".)
// Cased letters (Latin, Greek, Cyrillic) and letters of any alphabetic script, spelled out: regexes without the
// "u" and "i" flags compile in a fraction of the time (these are big alternations, built once per isolate).
const CASED = String.raw`A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff`;
const LETTER = String.raw`${CASED}\u0600-\u06ff\u0900-\u09ff\u0e00-\u0e7f\u1200-\u137f`;
// Applied to the lower-cased text; an ISO code counts only if printed upper-case ("TRY 50", not "try 2 times").
const tokBody = (tokens: string) =>
  String.raw`(?:(${ISO_CODES.map((c) => c.toLowerCase()).join("|")})|(${tokens}))(?![${LETTER}])`;
// A token before its number ("TSh 4,000") or after it ("100.00MT"), as the currency table allows for each token.
const BEFORE = new RegExp(String.raw`(?<![${CASED}\d])${tokBody(alternation("before"))}\s?[:.]?\s?${NUM}`, "g");
// After a number the token may be glued to it ("1,234.56MT").
// On the number's own line: "882\nDT:15/11" is an account tail and a date label, not 882 dinars.
const AFTER = new RegExp(String.raw`(?<![\d.,])${NUM}[ \u00a0]?,?[ \u00a0]?${tokBody(alternation("after"))}`, "g");

const SCRIPT_ZERO = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0e50, 0xff10];
/** Arabic-Indic, Persian, Devanagari, Bengali, Thai and full-width digits as ASCII (same length, same indices). */
export function asciiDigits(text: string): string {
  if (!/[\u0660-\u0669\u066b\u066c\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u0e50-\u0e59\uff10-\uff19]/.test(text))
    return text;
  let out = "";
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    const zero = SCRIPT_ZERO.find((z) => c >= z && c <= z + 9);
    out += zero !== undefined ? String.fromCharCode(48 + c - zero) : c === 0x066b ? "." : c === 0x066c ? "," : ch;
  }
  return out;
}

/** "1.234,56" / "1 234,56" / "12,000" / "0.650" (OMR) -> "1234.56"; the last separator before 1-2 (or 3 for
 * 3-decimal currencies) digits is the decimal mark, any other separator groups. */
export function plainDecimal(num: string, currency: string): string {
  const m = /[.,](\d+)$/.exec(num);
  const seps = num.replace(/\d/g, "");
  if (m && m[1] !== undefined) {
    const frac = m[1];
    const mark = num[m.index]!;
    const sameMarks = seps.split("").filter((c) => c === mark).length;
    const decimal =
      frac.length <= 2 || (frac.length === 3 && exponentOf(currency) === 3 && sameMarks === 1 && !/[ ']/.test(seps));
    if (decimal) return `${num.slice(0, m.index).replace(/\D/g, "")}.${frac}`;
  }
  return num.replace(/\D/g, "");
}

function toMinor(num: string, currency: string): number | null {
  const text = plainDecimal(num, currency);
  const minor = decimalTextToMinor(text, currency);
  if (minor !== null) return minor;
  // More decimals than the currency has (a 3-decimal balance of a 2-decimal currency): cut, never round up.
  const dot = text.indexOf(".");
  return dot < 0 ? null : decimalTextToMinor(text.slice(0, dot + 3), currency);
}

interface Hit {
  index: number;
  end: number;
  minor: number;
  currency: string;
  sign: string;
}

function resolve(iso: string | undefined, token: string | undefined, home: string | null): string | null {
  if (iso) return iso;
  if (!token) return null;
  const t = token.toLowerCase();
  // "N50.00" is naira only at a Nigerian institution; elsewhere a lone N before digits is anything.
  if (t === "n" && home !== "NGN") return null;
  return codeOfToken(t, home);
}

// Speed: every BEFORE/AFTER match holds one of these literals (an ISO code lower-cased or a local token); "n" is
// left out, as an "n" match reads an amount only at a Nigerian institution (`resolve`).
const TOKEN_LITERALS = [...ISO_CODES.map((c) => c.toLowerCase()), ...LOCAL_TOKENS.map((t) => t.lower)].filter(
  (w) => w !== "n",
);
const TOKEN_SCAN = substringScanner(new Map(TOKEN_LITERALS.map((w) => [w, 1] as const)));

/** Whether the local token `lower` found at `at` is printed in the case its currency row asks for, if any. */
function printedAs(text: string, lower: string, at: number): boolean {
  const info = CURRENCY_TOKENS.get(lower);
  return info === undefined || !info.cased || text.startsWith(info.text, at);
}

/** `lower` is `text` lower-cased with the same indices. */
function tokenHits(text: string, lower: string, home: string | null, plain: boolean): Hit[] {
  const hits: Hit[] = [];
  // No token but "n" (and not a Nigerian institution): no match can read an amount.
  if (!plain && home !== "NGN" && TOKEN_SCAN.scan(lower) === 0) return hits;
  for (const re of [BEFORE, AFTER]) {
    re.lastIndex = 0;
    for (let m = re.exec(lower); m !== null && hits.length < 16; m = re.exec(lower)) {
      const before = re === BEFORE;
      const isoLower = before ? m[1] : m[3];
      const at = before ? m.index : m.index + m[0].length - (isoLower?.length ?? 0);
      const iso =
        isoLower !== undefined && text.startsWith(isoLower.toUpperCase(), at) ? isoLower.toUpperCase() : undefined;
      if (isoLower !== undefined && (iso === undefined || !ISO.has(iso))) continue;
      // A token that counts only as printed ("MTn", not the telecom's "MTN 0803") must be printed so.
      const token = before ? m[2] : m[4];
      if (token !== undefined && !printedAs(text, token, before ? m.index : m.index + m[0].length - token.length))
        continue;
      const cur = before ? resolve(iso, m[2], home) : resolve(iso, m[4], home);
      const num = before ? m[4] : m[2];
      if (cur === null || num === undefined) continue;
      const minor = toMinor(num, cur);
      if (minor === null) continue;
      if (hits.some((h) => m !== null && h.index < m.index + m[0].length && m.index < h.end)) continue;
      hits.push({
        index: m.index,
        end: m.index + m[0].length,
        minor,
        currency: cur,
        sign: (before ? m[3] : m[1]) ?? "",
      });
    }
  }
  return hits.sort((a, b) => a.index - b.index);
}

const stems = (words: readonly string[]): string => [...words].sort(byLength).map(escape).join("|");
// Role and cue words are matched on the lower-cased text.
const BALANCE_WORDS = new RegExp(String.raw`(?:${stems(wordsOf("balance"))})[^\d\n]{0,14}$`);
const FEE_LATIN = String.raw`(?<![${LETTER}])(?:fees?|charges?|cost|vat|levy|commission|comiss[aã]o|taxa|imposto|ada|ushuru|kodi)(?![${LETTER}])`;
const FEE_WORDS = new RegExp(String.raw`(?:${FEE_LATIN}|комисси|رسوم|عمولة)[^\d\n]{0,12}$`);
const LIMIT_WORDS = /(?:limit|الحد)[^\d\n]{0,14}$/;

type Role = "txn" | "balance" | "fee";
function roleOf(text: string, from: number, at: number): Role {
  const window = text.slice(Math.max(from, at - 30), at);
  if (BALANCE_WORDS.test(window) || LIMIT_WORDS.test(window)) return "balance";
  return FEE_WORDS.test(window) ? "fee" : "txn";
}

// Bare numbers of a known institution: after an amount label, a debit/credit/balance word, or signed on its own line.
const CUE_WORDS = [
  ...new Set([...wordsOf("amount"), ...wordsOf("debit"), ...wordsOf("credit"), ...wordsOf("balance")]),
];
const CUES = wordFinder(CUE_WORDS);
/** A number right at a place (after a cue word, or a line start). */
const NUM_AT = new RegExp(String.raw`\s?[:.]?\s?${NUM}`, "y");
const LINE_NUM = new RegExp(String.raw`(?:^|\n)${NUM}`, "g");

const BALANCE_STEMS = stems(wordsOf("balance"));
/** "Av Bal: 98120.55", "Avl Bal 42,115.20": a balance printed without a currency, after a balance word. */
const BARE_BALANCE = new RegExp(
  String.raw`(?<![${LETTER}])(?:${BALANCE_STEMS})[${LETTER}]*\.?\s?(?:is\s)?[:.]?\s?${NUM}`,
);

const MASK_AFTER = /^(?:[*•]|[xX][xX*\d])/;

function bareHits(text: string, home: string): Hit[] {
  const found: { start: number; sign: string; num: string; label: boolean }[] = [];
  for (const cue of CUES.find(text)) {
    NUM_AT.lastIndex = cue.end;
    const m = NUM_AT.exec(text);
    if (m?.[2]) found.push({ start: cue.end + m[0].length - m[2].length, sign: m[1] ?? "", num: m[2], label: true });
  }
  LINE_NUM.lastIndex = 0;
  for (let m = LINE_NUM.exec(text); m !== null; m = LINE_NUM.exec(text)) {
    const num = m[2] ?? "";
    // A line-start number needs a sign or a group separator (not a date, time or reference).
    if (m[1] || /\d[,.' ]\d{3}/.test(num))
      found.push({ start: m.index + m[0].length - num.length, sign: m[1] ?? "", num, label: false });
  }
  const hits: Hit[] = [];
  for (const f of found.sort((a, b) => a.start - b.start)) {
    if (hits.length >= 8 || hits.some((h) => h.index === f.start)) continue;
    if (/^\d{1,2}[./]\d{1,2}$/.test(f.num) && text[f.start + f.num.length] === "/") continue;
    // A long ungrouped run of digits is a receipt or reference number, not an amount.
    if (/^\d{8,}$/.test(f.num)) continue;
    // The head of a masked card or account number ("انتقال به 6104****1234") is no amount.
    if (MASK_AFTER.test(text.slice(f.start + f.num.length, f.start + f.num.length + 2))) continue;
    const minor = toMinor(f.num, home);
    if (minor === null || (minor === 0 && !f.label)) continue;
    hits.push({ index: f.start, end: f.start + f.num.length, minor, currency: home, sign: f.sign });
  }
  return hits;
}

/** The first transaction and balance amounts of `hits`, by the words before each. */
function roles(lower: string, hits: readonly Hit[]): { amount: Hit | null; balance: Hit | null } {
  let amount: Hit | null = null;
  let balance: Hit | null = null;
  let prev = 0;
  for (const h of hits) {
    const role = roleOf(lower, prev, h.index);
    prev = h.end;
    if (role === "balance") balance ??= h;
    else if (role === "txn") amount ??= h;
  }
  return { amount, balance };
}

/** Every literal one of the balance readers above needs: a balance word's stem, "limit" or "الحد". */
const BALANCE_LITERALS = [...wordsOf("balance"), "limit", "الحد"];
const BALANCE_SCAN = substringScanner(new Map(BALANCE_LITERALS.map((w) => [w, 1] as const)));
// The literals are found in the text before asciiDigits: none may hold a digit of any script or a mark it makes.
const SCRIPT_DIGIT_OR_MARK = /[.,\d\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u0e50-\u0e59\uff10-\uff19]/;
const DIGIT_FREE = BALANCE_LITERALS.every((w) => !SCRIPT_DIGIT_OR_MARK.test(w));

/**
 * Speed: whether `localAmounts(body, home).balance` can be non-null, from the lower-cased body alone (false only
 * when no balance word, "limit" or "الحد" occurs: then no role window or bare-balance label can hold one).
 */
export function mayHaveLocalBalance(lower: string): boolean {
  return !DIGIT_FREE || BALANCE_SCAN.scan(lower) !== 0;
}

/**
 * The transaction amount and balance of an alert (normalised, original case), in any supported script; `home` is
 * the institution's home currency (null when the sender is unknown: then only currency-marked amounts count).
 * `plain`: without the speed gates (tests check that both agree).
 */
export function localAmounts(
  body: string,
  home: string | null,
  plain = false,
): LocalAmounts & { sign: string; end: number } {
  const text = asciiDigits(body);
  const lowered = text.toLowerCase();
  // Lower-casing keeps indices, except for a few letters ("İ"): then everything is read on the lower-cased copy.
  const lower = lowered;
  let hits = tokenHits(lowered.length === text.length ? text : lowered, lowered, home, plain);
  if (hits.length === 0 && home !== null) hits = bareHits(lower, home);
  let { amount, balance } = roles(lower, hits);
  // "หักบช 350.00 คงเหลือ 12,540.22บ": only the balance has a token; the known bank's bare number is the amount.
  if (amount === null && balance !== null && home !== null) {
    const bare = bareHits(lower, home).filter((b) => !hits.some((h) => b.index < h.end && h.index < b.end));
    if (bare.length > 0)
      ({ amount, balance } = roles(
        lower,
        [...hits, ...bare].sort((a, b) => a.index - b.index),
      ));
  }
  // (Speed: BARE_BALANCE needs a balance word.)
  if (balance === null && home !== null && (plain || mayHaveLocalBalance(lower))) {
    const b = BARE_BALANCE.exec(lower);
    const minor = b?.[2] ? toMinor(b[2], home) : null;
    if (b && minor !== null) balance = { index: b.index, end: b.index + b[0].length, minor, currency: home, sign: "" };
  }
  const pick = (h: Hit | null): LocalAmount | null => (h ? { minor: h.minor, currency: h.currency } : null);
  // `end`: where the amount's number ends in `body` (-1 when unknown), for a name printed after it.
  const end = amount !== null && lowered.length === body.length ? amount.end : -1;
  return { amount: pick(amount), balance: pick(balance), sign: amount?.sign ?? "", end };
}
