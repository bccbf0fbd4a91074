/**
 * Pack-driven classification: what the locale packs' words say an alert is, in any supported language.
 * Used by `index.ts` where the English/Hindi classifier (`intent.ts`) finds no verb: a debit or credit word gives
 * the direction, a balance word a balance alert, and OTP, promo, due, failed and declined words those intents.
 */
import type { Direction, Intent } from "../schemas/parse-result";
import { LOCALES } from "../locales";
import type { LocalePack, LocaleWords } from "../locales/types";
import { substringScanner } from "./substrings";
import { wordFinder, type WordHit } from "./word-finder";

type Kind = Exclude<
  keyof LocaleWords,
  | "amount"
  | "account"
  | "payeeNumber"
  | "receivingAccount"
  | "debitCue"
  | "creditCue"
  | "payer"
  | "party"
  | "partyBefore"
  | "transfer"
  | "refund"
>;
const KINDS: readonly Kind[] = [
  "debit",
  "credit",
  "balance",
  "otp",
  "promo",
  "due",
  "future",
  "held",
  "request",
  "failed",
  "declined",
];

/** Packs the English/Hindi classifier (`intent.ts`) already reads. */
const MAIN_PACKS = new Set(["en", "hi"]);
/** word -> its kind (the first pack listing a word decides). */
const KIND_OF = new Map<string, Kind>();
/** word -> the pack it comes from (the first listing it). */
const PACK_OF = new Map<string, LocalePack>();
const FOREIGN = new Set<string>();
for (const pack of LOCALES) {
  for (const kind of KINDS) {
    for (const w of pack.words[kind] ?? []) {
      if (!KIND_OF.has(w)) KIND_OF.set(w, kind);
      if (!PACK_OF.has(w)) PACK_OF.set(w, pack);
      if (!MAIN_PACKS.has(pack.id)) FOREIGN.add(w);
    }
  }
}
const WORD_LIST = [...KIND_OF.keys()];
// Longest first at a place, so "โอนเงินเข้า" wins over "โอนเงิน" (`word-finder.ts`).
const FINDER = wordFinder(WORD_LIST);

// Speed: most texts this path sees are Indian English. One automaton pass over the Latin-script words says whether
// any can occur; a text with other scripts goes to the word finder directly.
const NON_LATIN = /[^\u0000-\u024f\u2000-\u20ff]/;
/** Bit 1: a word of another pack than English/Hindi; bit 2: an English/Hindi one. */
const LATIN = substringScanner(
  new Map(WORD_LIST.filter((w) => !NON_LATIN.test(w)).map((w) => [w, FOREIGN.has(w) ? 1 : 2] as const)),
);

/** False only when no pack word can occur in the lower-cased text. */
export function mayHaveCue(lower: string, english: boolean): boolean {
  return NON_LATIN.test(lower) || (LATIN.scan(lower) & (english ? 3 : 1)) !== 0;
}
const SPACED = /[a-z\u00c0-\u024f\u0400-\u04ff]/;
const LETTER = /[\p{L}\p{N}]/u;
const LETTER_ONLY = /\p{L}/u;
// Per word (index into WORD_LIST): 1 from a pack other than English/Hindi, 2 Latin/Cyrillic (word-start rules), 4
// three characters or fewer (a Latin/Cyrillic one must also end a word). Computed once, not per hit.
const WORD_FLAGS = Uint8Array.from(
  WORD_LIST,
  (w) => (FOREIGN.has(w) ? 1 : 0) | (SPACED.test(w[0]!) ? 2 : 0) | (w.length <= 3 ? 4 : 0),
);
/** Per UTF-16 code unit: bit 1 known, bit 2 LETTER_ONLY matches it, bit 4 LETTER matches it. */
const CHAR_CLASS = new Uint8Array(65536);
function charClass(c: number): number {
  let v = CHAR_CLASS[c]!;
  if (v === 0) {
    const ch = String.fromCharCode(c);
    CHAR_CLASS[c] = v = 1 | (LETTER_ONLY.test(ch) ? 2 : 0) | (LETTER.test(ch) ? 4 : 0);
  }
  return v;
}
/** The text and mode of the current `localeCues` call, read by `accept` (no closure per call). */
let cueText = "";
let cueEnglish = true;
/** Whether a hit stands as a word (word-start rules of `locales/types.ts`), given the mode. */
function accept(h: WordHit): boolean {
  const flags = WORD_FLAGS[h.word]!;
  if (!cueEnglish && (flags & 1) === 0) return false;
  if (flags & 2) {
    // A Latin/Cyrillic word starts a word (a digit may precede: "50.00dr"); a short one also ends one.
    if (h.start > 0 && (charClass(cueText.charCodeAt(h.start - 1)) & 2) !== 0) return false;
    if (flags & 4 && h.end < cueText.length && (charClass(cueText.charCodeAt(h.end)) & 4) !== 0) return false;
  }
  return true;
}

export interface LocaleCues {
  /** Index of the first word of each kind, -1 when absent. */
  first: Record<Kind, number>;
  /** The pack of the first debit or credit word, else of the first balance word, if any. */
  pack: LocalePack | null;
}

/**
 * Where each kind's first word is in the lower-cased text (word-start rules of `locales/types.ts`); with
 * `english` false only the words of packs other than English and Hindi count.
 */
export function localeCues(lower: string, english = true): LocaleCues {
  const first: Record<Kind, number> = {
    debit: -1,
    credit: -1,
    balance: -1,
    otp: -1,
    promo: -1,
    due: -1,
    future: -1,
    held: -1,
    request: -1,
    failed: -1,
    declined: -1,
  };
  let pack: LocalePack | null = null;
  let balancePack: LocalePack | null = null;
  cueText = lower;
  cueEnglish = english;
  for (const h of FINDER.find(lower, accept)) {
    const w = WORD_LIST[h.word]!;
    const kind = KIND_OF.get(w);
    if (kind === undefined || first[kind] >= 0) continue;
    first[kind] = h.start;
    if ((kind === "debit" || kind === "credit") && pack === null) pack = PACK_OF.get(w) ?? null;
    if (kind === "balance") balancePack ??= PACK_OF.get(w) ?? null;
  }
  // Without a movement word, the balance word's language ("مانده": Persian) still says the currency.
  return { first, pack: pack ?? balancePack };
}

const TRANSFER_WORDS: readonly string[] = LOCALES.flatMap((p) => p.words.transfer ?? []);
const PAYER_WORDS: readonly string[] = LOCALES.flatMap((p) => (p.words.transfer ? (p.words.payer ?? []) : []));
const PAYER_RE = new RegExp(`(?:^|[^\\p{L}])(?:${PAYER_WORDS.join("|")})(?![\\p{L}])`, "u");
const PAYER_WINDOW = 40;

/** Whether the movement word at `at` is a transfer word followed, within PAYER_WINDOW, by a payer word. */
function payerAfterTransfer(lower: string, at: number): boolean {
  const word = TRANSFER_WORDS.find((w) => lower.startsWith(w, at));
  if (word === undefined) return false;
  const rest = lower.slice(at + word.length, at + word.length + PAYER_WINDOW);
  return PAYER_RE.test(rest);
}

export interface LocaleClassification {
  intent: Intent;
  direction: Direction | null;
  reason: string;
  /** The currency of the language whose movement word decided, when it has only one (fa -> IRR, th -> THB). */
  currency: string | null;
}

/**
 * What the pack words say, or null when no pack word occurs. A negative word (OTP, declined, failed, due,
 * promo) decides over a movement word; the first of a debit and a credit word gives the direction.
 */
export function classifyByLocale(lower: string, english = true, balanceFirst = false): LocaleClassification | null {
  if (!mayHaveCue(lower, english)) return null;
  const { first, pack } = localeCues(lower, english);
  const currency = pack !== null && pack.currencies.length === 1 ? (pack.currencies[0] ?? null) : null;
  // Over a balance alert, only a movement said before the balance counts ("Balance is X. Last transaction: Y" stays).
  if (balanceFirst && first.balance >= 0) {
    for (const kind of KINDS) if (first[kind] > first.balance) first[kind] = -1;
  }
  const d = first.debit;
  const c = first.credit;
  let direction: Direction | null = d < 0 && c < 0 ? null : c < 0 || (d >= 0 && d < c) ? "debit" : "credit";
  // "Перевод 15000 ₸ от Айгерим Б.": a transfer word with a payer word after it is money in.
  if (direction === "debit" && payerAfterTransfer(lower, d)) direction = "credit";
  if (first.otp >= 0) return { intent: "otp", direction, reason: "otp", currency };
  if (first.declined >= 0) return { intent: "declined", direction, reason: "declined", currency };
  if (first.failed >= 0) return { intent: "failed", direction, reason: "failed", currency };
  if (first.request >= 0) return { intent: "payment_request", direction: null, reason: "request", currency };
  // A money word still to come ("จะตัดบัญชี") is no movement; a due word before the first movement word
  // ("ยอดชำระขั้นต่ำ .. ครบกำหนดชำระ", "يستحق سداد") makes the movement word the bill's.
  const move = d < 0 ? c : c < 0 ? d : Math.min(d, c);
  // A due word before both ("Tu pago minimo de $820.00 vence el 03/12"): the bill's date, a due reminder.
  const dueFirst = first.due >= 0 && first.due < first.future && (direction === null || first.due < move);
  if (first.future >= 0 && !dueFirst) return { intent: "scheduled", direction, reason: "scheduled", currency };
  // A hold, limit or "you can pay" before any movement word: an amount quoted, nothing moved.
  if (first.held >= 0 && (direction === null || first.held < move)) {
    return { intent: "other", direction: null, reason: "pending", currency };
  }
  if (first.due >= 0 && (direction === null || first.due < move)) {
    return { intent: "bill_due", direction, reason: "bill_due", currency };
  }
  if (first.promo >= 0 && (direction === null || first.promo < Math.min(...[d, c].filter((i) => i >= 0)))) {
    return { intent: "promo", direction, reason: "promo", currency };
  }
  if (direction !== null) return { intent: "transaction", direction, reason: direction, currency };
  if (first.balance >= 0) return { intent: "balance", direction: null, reason: "balance", currency };
  return null;
}
