import { TOKENS } from "../locales/currencies";
/** Kinds of variable parts that templateOf masks. */
export const SLOT_KINDS = ["url", "email", "vpa", "date", "time", "phone", "amount", "account", "ref", "num", "name"] as const;
export type SlotKind = (typeof SLOT_KINDS)[number];

export interface TextToken {
  kind: "text";
  text: string;
}
export interface SlotToken {
  kind: SlotKind;
  /** The text as printed in the SMS. */
  text: string;
  /** For amounts: ISO code of the printed currency marker. */
  currency?: string;
}
export type Token = TextToken | SlotToken;

const MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec";
const MONTH_WORD = `(?:${MONTHS})[a-z]{0,6}\\.?`;
const MONTH_FULL =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

/** Printed currency marker -> ISO code (`locales/currencies.ts`), longest first so that "US$" wins over "$". Tokens
 * that count only glued to digits in one case ("N50.00") are left out: the template regex ignores case. */
const CURRENCY_MARKERS: [string, string][] = [...TOKENS.values()]
  .filter((t) => !t.glued)
  .map((t): [string, string] => [t.lower, t.codes[0]!])
  .sort((a, b) => b[0].length - a[0].length);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const CURRENCY_ALT = CURRENCY_MARKERS.map(([m]) => escape(m)).join("|");

/** Words that end a name and never start one. */
const STOP_WORDS = [
  "on", "at", "to", "from", "by", "via", "ref", "refno", "ref\\.?\\s?no", "utr", "rrn", "upi", "imps", "neft", "rtgs",
  "avl", "avail", "available", "bal", "balance", "info", "a\\/c", "ac", "acct", "account", "card", "credited",
  "debited", "is", "was", "has", "have", "for", "with", "using", "in", "not", "call", "sms", "if", "dated", "date",
  "txn", "transaction", "your", "the", "and", "of", "thru", "through", "linked", "vpa", "id", "no", "towards", "as",
];
const STOP = `(?:${STOP_WORDS.join("|")})(?![A-Za-z0-9])`;
/** Stop words that may sit inside a name ("GOVT OF MAHARASHTRA", "TOM AND JERRY") but never start one. */
const INNER_WORDS = new Set(["of", "and", "the"]);
const STOP_INSIDE = `(?:${STOP_WORDS.filter((w) => !INNER_WORDS.has(w)).join("|")})(?![A-Za-z0-9])`;
const NAME_WORD = "[A-Za-z][A-Za-z0-9&'_*-]*(?:\\.[A-Za-z0-9&'_*-]+)*";
const NAME_ANCHORS = [
  "trf\\s+to",
  "transferred\\s+to",
  "credited\\s+to",
  "paid\\s+to",
  "sent\\s+to",
  "received\\s+from",
  "to",
  "from",
  "at",
  "by",
  "vpa",
  "info:?",
];
const NAME = `(?<=(?<![A-Za-z])(?:${NAME_ANCHORS.join("|")})\\s+|\\d{6,}\\/)(?!${STOP})${NAME_WORD}(?:[ \\t]+(?!${STOP_INSIDE})${NAME_WORD}){0,5}`;

const PATTERNS: [SlotKind, string][] = [
  ["url", "(?:https?:\\/\\/|www\\.)[^\\s]+[^\\s.,;:)]|(?<![\\w@.])[a-z0-9-]+\\.(?:com|in|co\\.in|net|org|me|ly|io)\\/[^\\s]*[^\\s.,;:)]"],
  ["email", "[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}(?![\\w@])"],
  ["vpa", "[A-Za-z0-9._-]+@[A-Za-z][A-Za-z0-9]*(?![\\w@]|\\.\\w)"],
  ["date", "(?<![\\w])\\d{4}-\\d{2}-\\d{2}(?:[T: ]\\d{2}:\\d{2}(?::\\d{2})?)?(?![\\w])"],
  ["date", `(?<![\\w])\\d{1,2}[-/ ]?${MONTH_WORD}[-/ ,]{0,2}(?:\\d{4}|\\d{2})(?![\\w]|[:.]\\d)`],
  ["date", `(?<![\\w])${MONTH_WORD} \\d{1,2},? \\d{4}(?![\\w])`],
  // Without a year ("12 Nov 14:22"): the year comes from received_at.
  ["date", `(?<![\\w])\\d{1,2}[- ]?${MONTH_FULL}(?![\\w])`],
  ["date", "(?<![\\w.,])\\d{1,2}(?:-\\d{1,2}-|\\/\\d{1,2}\\/|\\.\\d{1,2}\\.)(?:\\d{4}|\\d{2})(?![\\w]|\\.\\d)"],
  ["time", "(?<![\\w:])\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s?(?:[AaPp]\\.[Mm]\\.|[AaPp][Mm]))?(?![\\w:])"],
  ["phone", "(?<![\\w+])\\+\\d{1,3}[- ]?\\d{6,12}(?!\\d)|(?<![\\w-])\\d{3,4}-\\d{3}-\\d{4}(?![\\w-])"],
  ["amount", `(?<![A-Za-z])(?:${CURRENCY_ALT})\\.?\\s?\\d(?:[\\d,.]*\\d)?`],
  ["amount", `(?<![\\w.,])\\d(?:[\\d,.]*\\d)?\\s?(?:${CURRENCY_ALT})(?![A-Za-z])`],
  ["account", "(?<![A-Za-z0-9])(?:[xX*]+|\\.{2,}|[xX]+\\*+|\\*+[xX]+)\\d{3,6}(?!\\d)"],
  ["ref", "(?<![\\w])(?=[A-Za-z0-9]*[A-Za-z])(?=(?:[A-Za-z]*\\d){3})[A-Za-z0-9]{6,}(?![\\w])"],
  ["num", "(?<![A-Za-z0-9])\\d[\\d,]*(?:\\.\\d+)?"],
  ["name", NAME],
  // ICICI style "...; AMAZON PAY credited."
  ["name", `(?<=;[ \\t]*)(?!${STOP})${NAME_WORD}(?:[ \\t]+(?!${STOP})${NAME_WORD}){0,5}(?=[ \\t]+credited)`],
];

const COMBINED = new RegExp(PATTERNS.map(([, source], i) => `(?<k${i}>${source})`).join("|"), "giu");

/** Currency code of an amount's printed marker ("Rs." -> INR). */
export function currencyOfAmount(text: string): string | undefined {
  const lower = text.toLowerCase();
  for (const [marker, code] of CURRENCY_MARKERS) {
    if (lower.startsWith(marker) || lower.endsWith(marker)) return code;
  }
  return undefined;
}

/** Splits an SMS body into literal text and masked variable parts (slots). */
export function tokenize(body: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const match of body.matchAll(COMBINED)) {
    const index = match.index ?? 0;
    const text = match[0];
    if (text === "") continue;
    const groups = match.groups ?? {};
    const i = PATTERNS.findIndex((_, n) => groups[`k${n}`] !== undefined);
    const kind = PATTERNS[i]?.[0];
    if (!kind) continue;
    if (index > last) tokens.push({ kind: "text", text: body.slice(last, index) });
    const slot: SlotToken = { kind, text };
    if (kind === "amount") {
      const currency = currencyOfAmount(text);
      if (currency) slot.currency = currency;
    }
    tokens.push(slot);
    last = index + text.length;
  }
  if (last < body.length) tokens.push({ kind: "text", text: body.slice(last) });
  return tokens;
}

export function isSlot(token: Token): token is SlotToken {
  return token.kind !== "text";
}

/** How a slot looks in a template: `<amount:inr>`, `<name>`. */
export function renderSlot(slot: SlotToken): string {
  return slot.kind === "amount" ? `<amount:${(slot.currency ?? "").toLowerCase()}>` : `<${slot.kind}>`;
}

/** Lower-cased text with runs of whitespace collapsed to one space. */
export function normaliseLiteral(text: string): string {
  return text.replace(/\s+/g, " ").toLowerCase();
}
