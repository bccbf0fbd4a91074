import { TOKENS } from "../locales/currencies";
import { CURRENCY_MARKERS, GLUED_MARKERS } from "./currency-markers";

/** Kinds of variable parts that templateOf masks. */
export const SLOT_KINDS = [
  "url",
  "email",
  "vpa",
  "date",
  "time",
  "phone",
  "amount",
  "account",
  "ref",
  "num",
  "name",
] as const;
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

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const CURRENCY_ALT = [...new Set(CURRENCY_MARKERS.map(([m]) => m))]
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join("|");

/** Letters (with their combining marks: Devanagari, Thai, Arabic vowel signs), word characters, digits of any script. */
const L = "\\p{L}\\p{M}";
const W = "\\p{L}\\p{M}\\p{N}_";
const D = "\\p{Nd}";
/**
 * A number as printed, in any of the locale packs' forms (read by `parser/number.ts`): digits of any script in groups
 * of 3 after "," "٬" "." "'" or a space (Indian groups of 2 after ","), then an optional decimal part after "." "," or
 * "٫": "1,250.00", "1.250,00", "12 500,00", "1'250.00", "1,52,000.50", "۱۲۵٬۰۰۰", "٥٠٫٧٥٠". A decimal part ends the
 * number ("Rs.5000.00,21-11-2025" is 5000.00, then a date).
 */
const SPACED = `${D}{1,3}(?:[ \\u00a0\\u202f]${D}{3}(?!${D}))+(?:[.,٫]${D}+)?`;
const GROUPED = `${D}+(?:[,٬]${D}{2}(?=[,٬]${D}))*(?:(?:[,٬.]|['’](?=${D}{3}))${D}{3}(?!${D}))*(?:[.,٫]${D}+)?`;
const NUM = `(?:${SPACED}|${GROUPED})`;
/** After a currency marker, also a bare fraction ("EUR .93"). */
const MARKED_NUM = `(?:${NUM}|\\.${D}{2,3}(?!${D}))`;
/** A glued marker's number prints the minor unit ("N50.00", "R1 250.00"). */
const NUM_WITH_DECIMALS = `${NUM}(?<=[.,]${D}{2,3})`;
/** Before a number, what may not stand: a word character of a Latin word (Arabic, Persian … glue words to numbers). */
const NOT_BEFORE_NUM = `\\p{N}_.,\\p{Script=Latin}`;
const GLUED_ALT = [...new Set(GLUED_MARKERS.map(([m]) => m))].map(escape).join("|");

/** Words that end a name and never start one (English, Swahili, Russian, Arabic, Persian, Thai, Hindi). */
const STOP_WORDS = [
  "on",
  "at",
  "to",
  "from",
  "by",
  "via",
  "ref",
  "refno",
  "ref\\.?\\s?no",
  "utr",
  "rrn",
  "upi",
  "imps",
  "neft",
  "rtgs",
  "avl",
  "avail",
  "available",
  "bal",
  "balance",
  "info",
  "a\\/c",
  "ac",
  "acct",
  "account",
  "card",
  "credited",
  "debited",
  "is",
  "was",
  "has",
  "have",
  "for",
  "with",
  "using",
  "in",
  "not",
  "call",
  "sms",
  "if",
  "dated",
  "date",
  "txn",
  "transaction",
  "your",
  "the",
  "and",
  "of",
  "thru",
  "through",
  "linked",
  "vpa",
  "id",
  "no",
  "towards",
  "as",
  "tarehe",
  "saa",
  "mnamo",
  "salio",
  "kwa",
  "kutoka",
  "namba",
  "kumbukumbu",
  "на",
  "от",
  "сумма",
  "счет",
  "счёт",
  "карта",
  "баланс",
  "дата",
  "مبلغ",
  "بمبلغ",
  "رصيد",
  "في",
  "من",
  "إلى",
  "الى",
  "بتاريخ",
  "رقم",
  "حساب",
  "از",
  "به",
  "مبلغ",
  "مانده",
  "تاریخ",
  "کارت",
  "حساب",
  "จำนวน",
  "บาท",
  "ยอด",
  "วันที่",
  "เวลา",
  "को",
  "से",
  "रु",
  "दिनांक",
  "खाता",
];
const STOP = `(?:${STOP_WORDS.join("|")})(?![${W}])`;
/** Stop words that may sit inside a name ("GOVT OF MAHARASHTRA", "TOM AND JERRY") but never start one. */
const INNER_WORDS = new Set(["of", "and", "the"]);
const STOP_INSIDE = `(?:${STOP_WORDS.filter((w) => !INNER_WORDS.has(w)).join("|")})(?![${W}])`;
const NAME_WORD = `[${L}][${L}\\p{N}&'_*-]*(?:\\.[${L}\\p{N}&'_*-]+)*`;
/** Words after which a payee or payer's name is printed, in the languages of the locale packs. */
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
  "dear",
  "kutoka",
  "kwenda",
  "kwa",
  "от",
  "для",
  "من",
  "إلى",
  "الى",
  "از",
  "به",
  "จาก",
  "ให้",
];
const AFTER_ANCHOR = `(?<=(?<![${L}])(?:${NAME_ANCHORS.join("|")})\\s+|${D}{6,}\\/)`;
const NAME = `${AFTER_ANCHOR}(?!${STOP})${NAME_WORD}(?:[ \\t]+(?!${STOP_INSIDE})${NAME_WORD}){0,5}`;

const PATTERNS: [SlotKind, string][] = [
  [
    "url",
    `(?:https?:\\/\\/|www\\.)[^\\s]+[^\\s.,;:)]|(?<![${W}@.])[a-z0-9-]+\\.(?:com|in|co\\.in|net|org|me|ly|io)\\/[^\\s]*[^\\s.,;:)]`,
  ],
  ["email", "[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}(?![\\w@])"],
  ["vpa", "[A-Za-z0-9._-]+@[A-Za-z][A-Za-z0-9]*(?![\\w@]|\\.\\w)"],
  ["date", `(?<![${W}])${D}{4}-${D}{2}-${D}{2}(?:[T: ]${D}{2}:${D}{2}(?::${D}{2})?)?(?![${W}])`],
  ["date", `(?<![${W}])${D}{1,2}[-/ ]?${MONTH_WORD}[-/ ,]{0,2}(?:${D}{4}|${D}{2})(?![${W}]|[:.]${D})`],
  ["date", `(?<![${W}])${MONTH_WORD} ${D}{1,2},? ${D}{4}(?![${W}])`],
  // Without a year ("12 Nov 14:22"): the year comes from received_at.
  ["date", `(?<![${W}])${D}{1,2}[- ]?${MONTH_FULL}(?![${W}])`],
  [
    "date",
    `(?<![${W}.,])${D}{1,2}(?:-${D}{1,2}-|\\/${D}{1,2}\\/|\\.${D}{1,2}\\.)(?:${D}{4}|${D}{2})(?![${W}]|\\.${D})`,
  ],
  ["time", `(?<![${W}:])${D}{1,2}:${D}{2}(?::${D}{2})?(?:\\s?(?:[AaPp]\\.[Mm]\\.|[AaPp][Mm]))?(?![${W}:])`],
  ["phone", `(?<![${W}+])\\+${D}{1,3}[- ]?${D}{6,12}(?!${D})|(?<![${W}-])${D}{3,4}-${D}{3}-${D}{4}(?![${W}-])`],
  // A currency marker before the number, glued or not ("TZS850,000.00", "Tsh 4,000.00", "JOD50.000").
  ["amount", `(?<![${L}])(?:${CURRENCY_ALT})\\.?\\s?${MARKED_NUM}`],
  ["amount", `(?<![${NOT_BEFORE_NUM}])${NUM}\\s?(?:${CURRENCY_ALT})(?![${L}])`],
  // A marker that is one only glued to a number with its minor unit ("Amt:N50.00DR", "R1 250.00").
  ["amount", `(?<![${W}])(?:${GLUED_ALT})(?=${D})${NUM_WITH_DECIMALS}`],
  // Account numbers in 4 or more dotted groups ("777.888.20000275.1").
  ["account", `(?<![${W}.])${D}+(?:\\.${D}+){3,}(?![${W}]|\\.${D})`],
  // Numbers masked inside ("5387********011", "074-260***-006", "01-01***99-01", "0156*500", "0#16", "123XXX12XXX12").
  ["account", `(?<![${W}*#-])${D}+(?:-${D}+)*(?:-?(?:[*#•]+|[xX]{2,})-?${D}+(?:-${D}+)*)+(?!${D})`],
  ["account", `(?<![${W}])(?:[xX*]+|\\.{2,}|[xX]+\\*+|\\*+[xX]+)${D}{3,6}(?!${D})`],
  // References: letters and digits mixed, at least one of each ("DAV4D0PVWS", "AXIR12345678"), also inside paths.
  ["ref", `(?<![${W}])(?=[A-Za-z0-9]*[A-Za-z])(?=[A-Za-z0-9]*\\d)[A-Za-z0-9]{6,}(?![${W}])`],
  ["num", `(?<![${NOT_BEFORE_NUM}])${NUM}`],
  ["name", NAME],
  // ICICI style "...; AMAZON PAY credited."
  ["name", `(?<=;[ \\t]*)(?!${STOP})${NAME_WORD}(?:[ \\t]+(?!${STOP})${NAME_WORD}){0,5}(?=[ \\t]+credited)`],
];

/** The glued markers' amount pattern. */
const GLUED = PATTERNS.findIndex(([kind, source]) => kind === "amount" && source.includes(GLUED_ALT));
const COMBINED = new RegExp(PATTERNS.map(([, source], i) => `(?<k${i}>${source})`).join("|"), "giu");

const BY_LENGTH = [...CURRENCY_MARKERS].sort((a, b) => b[0].length - a[0].length);

/** The printed marker of an amount ("Rs." -> "rs"), longest first so that "US$" wins over "$". */
function markerOf(text: string): string | undefined {
  const lower = text.toLowerCase();
  return BY_LENGTH.find(([marker]) => lower.startsWith(marker) || lower.endsWith(marker))?.[0];
}

/** The glued marker an amount starts with, as printed ("N50.00" -> "N"); a cased marker counts in its own case only. */
function gluedMarkerOf(text: string): string | undefined {
  const lower = text.toLowerCase();
  const starts = (m: string, cased: boolean) => (cased ? text.startsWith(m) : lower.startsWith(m));
  return GLUED_MARKERS.find(([m, , cased]) => starts(m, cased) && /^\p{Nd}/u.test(text.slice(m.length)))?.[0];
}

/** How many minor units of its currency one printed unit of an amount's marker is (toman: 10 rials); 1 for most. */
export function markerScale(text: string): number {
  const marker = markerOf(text);
  return marker === undefined ? 1 : (TOKENS.get(marker)?.scale ?? 1);
}

/** Every currency an amount's printed marker stands for, the most common first ("Rs." -> INR, NPR, PKR, LKR). */
export function currenciesOfAmount(text: string): string[] {
  const marker = markerOf(text);
  if (marker !== undefined) return CURRENCY_MARKERS.filter(([m]) => m === marker).map(([, code]) => code);
  const glued = gluedMarkerOf(text);
  return GLUED_MARKERS.filter(([m]) => m === glued).map(([, code]) => code);
}

/** Currency code of an amount's printed marker ("Rs." -> INR): the marker's most common currency. */
export function currencyOfAmount(text: string): string | undefined {
  return currenciesOfAmount(text)[0];
}

/**
 * A name printed in capitals ends at the first word that is not ("JOHN DOE tarehe" -> "JOHN DOE"), so that
 * the next lower-case word stays template text in languages whose stop words are not listed.
 */
function nameLength(text: string): number {
  const words = [...text.matchAll(/\S+/gu)];
  const first = words[0]?.[0] ?? "";
  if (!/\p{Lu}{2}/u.test(first) || /\p{Ll}/u.test(first)) return text.length;
  const lower = words.find((w) => /\p{Ll}/u.test(w[0]));
  return lower?.index === undefined ? text.length : text.slice(0, lower.index).trimEnd().length;
}

/**
 * The last body tokenized: the read policy fingerprints an SMS, then applies its recipe (which checks the
 * fingerprint and reads the slots) or learns from it, each tokenizing the same body. Tokens are never mutated.
 */
let memo: { body: string; tokens: Token[] } | null = null;

/** Splits an SMS body into literal text and masked variable parts (slots). The result must not be mutated. */
export function tokenize(body: string): Token[] {
  if (memo?.body === body) return memo.tokens;
  const tokens = tokenizeOnce(body);
  memo = { body, tokens };
  return tokens;
}

function tokenizeOnce(body: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const match of body.matchAll(COMBINED)) {
    const index = match.index ?? 0;
    const groups = match.groups ?? {};
    const i = PATTERNS.findIndex((_, n) => groups[`k${n}`] !== undefined);
    const kind = PATTERNS[i]?.[0];
    const text = kind === "name" ? match[0].slice(0, nameLength(match[0])) : match[0];
    if (text === "" || !kind) continue;
    if (i === GLUED && currencyOfAmount(text) === undefined) {
      // A cased glued marker printed in the other case ("n50.00"): a letter, then a number.
      tokens.push({ kind: "text", text: body.slice(last, index + 1) }, { kind: "num", text: text.slice(1) });
      last = index + text.length;
      continue;
    }
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
