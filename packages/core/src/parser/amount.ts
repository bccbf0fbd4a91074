/** Amounts are read from digit strings into integer minor units; floats are never involved. */
import { FACT, has } from "./text-facts";

export type AmountRole = "txn" | "balance" | "limit" | "fee" | "cost" | "due";

export interface AmountHit {
  minor: number;
  currency: string;
  role: AmountRole;
  index: number;
  end: number;
  /** For a fee: the words right after it say it was taken ("charges of Rs 300 debited"). */
  taken?: boolean;
}

/** Currency token -> ISO 4217. Keys are lower-cased and stripped of dots/colons. */
const CURRENCY: Record<string, string> = {
  rs: "INR", "rs.": "INR", inr: "INR", "ksh.": "KES", "रु.": "INR", "रू.": "INR", "₹": "INR", rupees: "INR", "रु": "INR", "रू": "INR", "रुपये": "INR",
  usd: "USD", $: "USD", us$: "USD", aed: "AED", dhs: "AED", dh: "AED", sgd: "SGD", s$: "SGD",
  ksh: "KES", kes: "KES", eur: "EUR", "€": "EUR", gbp: "GBP", "£": "GBP",
};

// Number: Indian or western grouping, or plain digits; up to 2 decimals. Groups are comma-separated so the
// quantifiers never overlap (no catastrophic backtracking).
const NUM = String.raw`(\d{1,3}(?:,\d{2,3})+|\d{1,13})(?:\.(\d{1,2}))?(?![\d,]\d)`;
// Prefix-factored: rs rs. rupees inr ₹ रु रू usd us$ $ aed dh dhs sgd s$ ksh ksh. kes eur € gbp £
// Letter tokens start at a word boundary (\b fails fast inside words, so most positions are skipped at once).
const CUR = String.raw`((?:\b(?:r(?:s\.?|upees)|inr|us(?:d|\$)|aed|dhs?|s(?:gd|\$)|k(?:sh\.?|es)|eur|gbp))|₹|र(?:ु|ू)\.?|\$|€|£)`;
// Applied to lower-cased text, so no case-insensitive flag is needed.
// The "not preceded by a letter or digit" check is done in code: a leading lookbehind defeats V8's quick scan.
const AMOUNT_RE = new RegExp(String.raw`${CUR}\s?[:.]?\s?${NUM}(?:\s?/-|\s?(lakhs?|lacs?|crores?)\b)?`, "g");
/** SBI-style "debited by 500.0" with no currency token. */
// Not a count of points, units or miles ("credited with 100 reward points").
const BARE_RE = new RegExp(
  String.raw`\b(?:debited|credited)\s(?:by|for|with)\s${NUM}(?![\d.]|\s?%|\s(?:reward |bonus |loyalty )?(?:points?|pts|units?|miles|coins|supercoins|neucoins)\b)`,
);

// Nearest keyword before an amount (with no digits in between): 1 = balance/limit, 2 = fee/charges, 3 = due,
// 4 = cost (M-PESA "Transaction cost": never the amount).
// The greedy ^.* makes the *last* keyword of the window decide ("min balance charges of Rs 300" is a fee).
const ROLE_KW = /^.*(?:(\b(?:avl|avbl|avlbl|avail|available|avlbal|bal|balance|limit|lmt|outstanding|o\/s)\b|शेष|सीमा)|(\b(?:fee|fees|charges|gst)\b|(?<!\ba |: |^)\bcharge\b)|(\b(?:due|payable)\b)|(\bcost\b))[^0-9]*$/;
const WINDOW = 40;
/** A literal inside each ROLE_KW keyword: a text without any of them has no role keyword anywhere. */
export const ROLE_WORDS: readonly string[] = ["avl", "avbl", "avail", "bal", "limit", "lmt", "outstanding", "o/s", "शेष", "सीमा", "fee", "charge", "gst", "due", "payable", "cost"];
const FEE_TAKEN = /^(?:\s?\(?(?:incl|inclusive|including)\b[^)0-9]{0,12}\)?)?[^0-9]{0,6}\b(?:has been |have been |is |was )?(?:debited|deducted|charged|levied|recovered)\b/;

/** Parses "1,00,000" + "50" into minor units; null when out of range. */
export function toMinor(whole: string, frac: string | undefined): number | null {
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
  if (frac !== undefined && frac.length > 0) {
    const f0 = frac.charCodeAt(0) - 48;
    const f1 = frac.length > 1 ? frac.charCodeAt(1) - 48 : 0;
    if (f0 < 0 || f0 > 9 || f1 < 0 || f1 > 9 || frac.length > 2) return null;
    cents = f0 * 10 + f1;
  }
  const minor = units * 100 + cents;
  return Number.isSafeInteger(minor) ? minor : null;
}

/** "1.5 lakh" = 1,50,000; "2 crore" = 2,00,00,000 ("Cr" alone is never read as crore: it means credit). */
function scaled(minor: number | null, unit: string | undefined): number | null {
  if (minor === null || unit === undefined) return minor;
  const v = minor * (unit.startsWith("c") ? 10_000_000 : 100_000);
  return Number.isSafeInteger(v) ? v : null;
}

/** Maps a currency token as printed to ISO 4217 (null when unknown). */
const CURRENCY_MAP = new Map<string, string>(Object.entries(CURRENCY));

export function currencyCode(token: string): string | null {
  // The tokens most alerts print, compared directly (no hashing of a fresh substring); the same answers as CURRENCY.
  if (token === "rs." || token === "rs" || token === "inr" || token === "₹") return "INR";
  const direct = CURRENCY_MAP.get(token);
  if (direct !== undefined) return direct;
  const key = token.toLowerCase().replace(/[.:]/g, "");
  return CURRENCY[key] ?? null;
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
 * The literal every currency token of AMOUNT_RE starts with or is ("us$" and "s$" end in "$"); at most
 * CURRENCY_TOKEN_MAX characters long. Where the first and last of them end bounds where an amount can be.
 */
export const CURRENCY_TOKENS: readonly string[] = ["rs", "rupees", "inr", "usd", "aed", "dh", "sgd", "ksh", "kes", "eur", "gbp", "₹", "रु", "रू", "$", "€", "£"];
const CURRENCY_TOKEN_MAX = 6;

/**
 * Every currency-marked amount in the lower-cased text, in order, with the role its context suggests.
 * `firstTokenEnd`/`lastTokenEnd`, when known, are where the first and last CURRENCY_TOKENS occurrence end (-1: none):
 * no amount starts before the first token, and the search stops once it is past the last one. `roleWord`: whether
 * one of ROLE_WORDS occurs, when known; without one every amount's role is "txn".
 */
export function scanAmounts(text: string, firstTokenEnd = 0, lastTokenEnd = text.length, roleWord = true, x = -1, firstRoleEnd = -1): AmountHit[] {
  const hits: AmountHit[] = [];
  if (lastTokenEnd < 0) return hits;
  AMOUNT_RE.lastIndex = Math.max(0, firstTokenEnd - (CURRENCY_TOKEN_MAX - 1));
  let prevEnd = 0;
  while (hits.length < 12 && AMOUNT_RE.lastIndex <= lastTokenEnd) {
    const m = AMOUNT_RE.exec(text);
    if (m === null) break;
    const before = m.index > 0 ? text.charCodeAt(m.index - 1) : 32;
    if ((before >= 97 && before <= 122) || (before >= 48 && before <= 57)) {
      AMOUNT_RE.lastIndex = m.index + 1;
      continue;
    }
    const currency = currencyCode(m[1] ?? "");
    const minor = scaled(toMinor(m[2] ?? "", m[3]), m[4]);
    if (currency === null || minor === null) continue;
    // The role keyword must end before the amount: none does when the first ROLE_WORDS occurrence ends at or after it.
    const role = roleWord && (firstRoleEnd < 0 || firstRoleEnd < m.index) ? roleOf(text, prevEnd, m.index) : "txn";
    const end = m.index + m[0].length;
    const hit: AmountHit = { minor, currency, role, index: m.index, end };
    if (role === "fee") hit.taken = FEE_TAKEN.test(text.slice(end, end + 30));
    hits.push(hit);
    prevEnd = m.index + m[0].length;
  }
  // Rare: a balance with no currency token, looked for only when no balance was found.
  if (hits.length > 0 && hits.length < 12 && roleWord && has(x, FACT.bal, text, "bal") && !hits.some((h) => h.role === "balance" || h.role === "limit")) {
    const b = BARE_BALANCE.exec(text);
    const minor = b ? toMinor(b[1] ?? "", b[2]) : null;
    if (b && minor !== null && b.index >= prevEnd) hits.push({ minor, currency: hits[0]!.currency, role: "balance", index: b.index, end: b.index + b[0].length });
  }
  return hits;
}

/** "Avl Bal 21480.50": a balance printed without a currency token (decimals required, so no date or count). */
const BARE_BALANCE = /\b(?:avl|avbl|available) ?bal(?:ance)?\.?\s?[:\-]?\s?(\d{1,3}(?:,\d{2,3})+|\d{1,13})\.(\d{2})(?![\d,])/;

/** "debited by 500.0" style amount with no currency token. */
export function bareAmount(text: string): number | null {
  const m = BARE_RE.exec(text);
  return m ? toMinor(m[1] ?? "", m[2]) : null;
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
export function pickAmounts(hits: readonly AmountHit[], homeCurrency: string | null, allowDue: boolean): AmountPick {
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
      if (!amount) amount = h;
      if (!home && homeCurrency !== null && h.currency === homeCurrency) home = h;
    } else if (h.role === "due") {
      if (!due) due = h;
    } else if (h.role === "fee") {
      if (!fee && h.taken) fee = h;
    }
  }
  if (amount && home && amount.currency !== home.currency && homeCurrency === "INR") amount = home;
  if (!amount && allowDue) amount = due;
  // "Charges of Rs 300 debited": when the only amount is a fee that the text says was taken, the fee moved.
  if (!amount) amount = fee;
  // "Available limit is Ksh 6,500.00. M-PESA balance is Ksh18,815.00": a balance wins over a limit.
  return { amount, balance: balance ?? limit, fee };
}
