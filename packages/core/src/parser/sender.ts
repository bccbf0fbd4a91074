import { INSTITUTION_LIST, type Institution, type InstitutionDef } from "../institutions";

/** DLT header: 2-letter operator/circle prefix, dash, 6-char entity, optional -S/-T/-P/-G suffix. */
const DLT_HEADER = /^[A-Z]{2}-([A-Z0-9]{3,8})(?:-[SPTG])?$/;

/** Sender header (upper-case) -> institution, from every folder's `senders`. */
const ENTITY = new Map<string, InstitutionDef>(INSTITUTION_LIST.flatMap((i) => i.senders.map((s) => [s, i] as const)));

/** Loose fallbacks for entity codes not in the table, longest prefix first ("SBICR" before "SBI"). */
const ENTITY_PREFIX: ReadonlyArray<readonly [string, InstitutionDef]> = INSTITUTION_LIST.flatMap((i) =>
  (i.senderPrefixes ?? []).map((p) => [p, i] as const),
).sort((a, b) => b[0].length - a[0].length);

/** What the parser needs of a sender, computed once per distinct sender (`senderFacts`). */
export interface SenderFacts {
  /** `institutionFromSender(sender)`. */
  institution: Institution | null;
  /** `isPersonalNumber(sender)`. */
  personal: boolean;
  /** An Indian DLT header ("AD-AIRMNY", "VM-HDFCBK-S"): the alert was sent in India. */
  indian: boolean;
}

const cache = new Map<string, SenderFacts>();

/** Institution and personal-number test of a sender, cached per sender (a phone's alerts come from few senders). */
export function senderFacts(sender: string): SenderFacts {
  const hit = cache.get(sender);
  if (hit !== undefined) return hit;
  const indian = DLT_HEADER.test(sender.trim().toUpperCase().slice(0, 40));
  const found: SenderFacts = { institution: lookup(sender), personal: isPersonalNumber(sender), indian };
  if (cache.size > 5000) cache.clear();
  cache.set(sender, found);
  return found;
}

/** Institution named by an SMS sender header, e.g. "VM-HDFCBK-S" -> HDFC Bank; null when unknown. */
export function institutionFromSender(sender: string): Institution | null {
  return senderFacts(sender).institution;
}

/** `institutionFromSender` without the cache (what the cached answer must equal). */
export function institutionFromSenderPlain(sender: string): Institution | null {
  return lookup(sender);
}

/** The 6-char DLT entity of a header, or the bare upper-cased sender when it is not a DLT header. */
export function senderEntity(sender: string): string {
  const s = sender.trim().toUpperCase().slice(0, 40);
  const m = DLT_HEADER.exec(s);
  return m?.[1] ?? s;
}

function lookup(sender: string): Institution | null {
  // A whole header that a folder lists ("VF-CASH") wins over reading it as a DLT header ("CASH").
  const whole = ENTITY.get(sender.trim().toUpperCase());
  if (whole) return whole;
  const entity = senderEntity(sender);
  // The telecom operator's own header ("VM-AIRTEL-S": bills, recharges) is not its payments bank (AIRBNK).
  if (!entity || entity === "AIRTEL") return null;
  const found = ENTITY.get(entity) ?? ENTITY_PREFIX.find(([prefix]) => entity.startsWith(prefix))?.[1] ?? null;
  // An Indian DLT header names only institutions that send from India.
  if (found && !found.dlt && entity.length < sender.trim().length && DLT_HEADER.test(sender.trim().toUpperCase()))
    return null;
  return found;
}

/** Every folder's `names`, lower-cased -> institution. */
const BODY_MAP = new Map<string, InstitutionDef>(
  INSTITUTION_LIST.flatMap((i) => i.names.map((n) => [n.toLowerCase(), i] as const)),
);
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const ASCII = /^[\x00-\x7f]*$/;
/** One alternation of names, longest first ("HDFC Bank" before "HDFC"). */
const alternation = (names: readonly string[]): string =>
  [...names]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join("|");
/** ASCII names as whole words (`\b`, the fast regex most bodies need). */
const LATIN_NAMES = new RegExp(
  String.raw`\b(${alternation([...BODY_MAP.keys()].filter((n) => ASCII.test(n)))})\b`,
  "i",
);
/** Names with other letters ("البنك الأهلي", "Альфа-Банк", "Česká spořitelna"), lower-case: `\b` knows only ASCII
 * letters, so they never matched there. Tried only on a body with such letters; word edges are checked by hand. */
const OTHER_NAMES = new RegExp(alternation([...BODY_MAP.keys()].filter((n) => !ASCII.test(n))), "gu");
const NON_ASCII = /[^\x00-\x7f]/;
const WORD_CHAR = /[\p{L}\p{N}_]/u;

/** The first name of OTHER_NAMES standing as whole words in `lower`, or null. */
function otherName(lower: string): { index: number; name: string } | null {
  OTHER_NAMES.lastIndex = 0;
  for (let m = OTHER_NAMES.exec(lower); m !== null; m = OTHER_NAMES.exec(lower)) {
    const end = m.index + m[0].length;
    const before = m.index > 0 && WORD_CHAR.test(lower[m.index - 1]!);
    if (!before && !(end < lower.length && WORD_CHAR.test(lower[end]!))) return { index: m.index, name: m[0] };
    OTHER_NAMES.lastIndex = m.index + 1;
  }
  return null;
}

/** Institution named in the body text (the first name printed); used when the sender is not recognised. */
export function institutionFromBody(text: string): Institution | null {
  const latin = LATIN_NAMES.exec(text);
  const other = NON_ASCII.test(text) ? otherName(text.toLowerCase()) : null;
  const name = other !== null && (latin === null || other.index < latin.index) ? other.name : latin?.[1];
  return name ? (BODY_MAP.get(name.toLowerCase()) ?? null) : null;
}

/**
 * A personal phone number as sender: 10 or more digits ("+919812345678", "9812345678", "+44 7700 900123").
 * Indian banks send from DLT headers, so an INR alert from such a number is not the bank's. Short numeric senders
 * ("9220", "20004861", "127") are service codes that wallets and banks abroad use, and are not suspect; neither are
 * long numbers for alerts in other currencies (banks in Iran send from numbers like "98200048610").
 */
export function isPersonalNumber(sender: string): boolean {
  const s = sender.trim();
  // China's SMS service numbers ("106900228811", "10690000xxxx"): a gateway banks and shops send from, not a phone.
  if (/^106\d{7,17}$/.test(s)) return false;
  // A number shown partly masked ("+918826XXXX07", "+254712XXX904") is still a phone number.
  if (!/^\+?[\d\s-]{10,20}$/.test(s) && !/^\+?\d{4,}[x*•]{2,}\d{2,}$/i.test(s)) return false;
  return s.replace(/[^\dx*•]/gi, "").length >= 10;
}
