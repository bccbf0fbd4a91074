/**
 * The money signal: does an SMS carry money, whatever its language or currency?
 * `stateOf` (ledger/state.ts) uses it so that no SMS with money in it ends `not_financial` unread: it is either
 * parsed confidently or goes to review (templates, then the LLM).
 *
 * Signal = an amount next to a currency token, or a money-shaped amount (grouped or with minor units) near an
 * account/card/wallet cue. Digits of any script count (Arabic-Indic, Persian, Devanagari, Bengali, Thai, full-width).
 * A movement cue (a debit/credit word of any locale pack, or a signed amount "-3,300,000") beside such an amount
 * says money moved: a confident `balance`, `other` or `promo` reading is then not trusted.
 */
import { codeOfToken } from "../locales/currencies";
import { wordsOf } from "../locales/index";

/** Whether `token` (any case) is a currency symbol, ISO code or local token of `locales/currencies.ts`. */
export function isCurrencyToken(token: string): boolean {
  return codeOfToken(token) !== null || (token.length === 1 && /\p{Sc}/u.test(token));
}

/** Any decimal digit of any script (\p{Nd}); an amount is digits with group/decimal marks between them. */
const AMOUNT = /[+\-−]?\p{Nd}(?:[\p{Nd},.'٬٫\u066b\u066c\u00a0\u202f ]*\p{Nd})?/gu;
/** A token right before or after an amount (letters/marks of any script, or a symbol), with at most a space/dot. */
const TOKEN_BEFORE = /(?:^|[^\p{L}\p{M}])([\p{L}\p{M}.]{1,9}\.?|[\p{Sc}])[\s:.]{0,2}$/u;
const TOKEN_AFTER = /^[\s/(]{0,2}(-?[\p{L}\p{M}.]{1,9}|[\p{Sc}])(?![\p{L}\p{M}])/u;
/** "N50.00" (naira): a bare N glued to the digits. */
const N_BEFORE = /(?:^|[^\p{L}])n$/u;
/** Grouped in thousands: "1,000,000", "3.300.000", "٣٬٣٠٠٬٠٠٠". */
const GROUPED = /\p{Nd}[,.٬\u066c]\p{Nd}{3}(?!\p{Nd})/u;
/** Money-shaped: grouped ("1,250", "1.250.000") or with minor units ("50.00", "12,5"). */
const MONEY_SHAPED = /\p{Nd}[,.'٬٫\u066b\u066c\u00a0\u202f ]\p{Nd}/u;

/** Account, card and wallet cues in the scripts we read (substring match on lower-cased text). */
const ACCOUNT_CUES = [
  "a/c",
  "acct",
  "account",
  "card",
  "wallet",
  "ac no",
  "m-pesa",
  "mpesa",
  "bkash",
  "upi",
  "счет",
  "счёт",
  "карт",
  "кошел",
  "حساب",
  "بطاقة",
  "کارت",
  "بطاقه",
  "खाता",
  "खाते",
  "कार्ड",
  "বিকাশ",
  "অ্যাকাউন্ট",
  "কার্ড",
  "บัญชี",
  "บัตร",
  "hesab",
  "kart",
  "akaunti",
  "compte",
  "conta",
  "cuenta",
  "tarjeta",
  "cartão",
  "konto",
];
/** A debit/credit word followed by one of these names an instrument, not a movement ("credit card", "debit card"). */
const INSTRUMENT_AFTER = /^\s*(?:card|limit|score|facility)\b/;
const CUE_WINDOW = 80;
/** A sign is a movement cue only at the start of a field ("خرید -3,300,000"), not inside "074-260" or "05-may-2026". */
const SIGN_AFTER = /[\s:(\u200e\u200f]/;
const ACCOUNT_WINDOW = 60;
/** "05.11.2026", "07.11.26": a date, not a second amount. */
const DATE_LIKE = /^\p{Nd}{1,2}[.,]\p{Nd}{1,2}[.,]\p{Nd}{2,4}$/u;

export interface MoneySignal {
  /** An amount with a currency, or a money-shaped amount near an account/card/wallet cue. */
  money: boolean;
  /** A debit/credit word (any locale pack) or a sign stands beside such an amount. */
  movementCue: boolean;
  /** A credit word stands beside such an amount (money came in, e.g. a failed payment credited back). */
  creditCue: boolean;
  /**
   * No amount at all, but a known institution's text names a movement or an account/card ("حوالة واردة",
   * "hesabınızdan .. alıcıya"): a cut or unusual alert, for review rather than `not_financial`.
   */
  cueWithoutAmount: boolean;
  /** How many different money amounts the body prints (a balance alert prints one; "X debited .. Bal Y" two). */
  amounts: number;
}

let debitWords: readonly string[] | null = null;
let creditWords: readonly string[] | null = null;
function cueWords(kind: "debit" | "credit"): readonly string[] {
  const words = (k: "debit" | "credit") => [
    ...new Set([...wordsOf(k), ...wordsOf(`${k}Cue`)].map((w) => w.toLowerCase())),
  ];
  if (kind === "debit") return (debitWords ??= words("debit"));
  return (creditWords ??= words("credit"));
}

const LATIN_WORD = /^[a-z][a-z .'-]*$/;
function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{M}]/u.test(ch);
}

/** Whether `word` occurs in `text` as a word (Latin words need word boundaries; other scripts match as substrings). */
function hasWord(text: string, word: string): boolean {
  if (!LATIN_WORD.test(word)) return text.includes(word);
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    const end = i + word.length;
    if (isLetter(text[i - 1]) || isLetter(text[end])) continue;
    if (INSTRUMENT_AFTER.test(text.slice(end, end + 12))) continue;
    return true;
  }
  return false;
}

function hasCurrencyBeside(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  const b = TOKEN_BEFORE.exec(before)?.[1];
  if (b !== undefined && (isCurrencyToken(b) || isCurrencyToken(b.replace(/^\.+|\.+$/g, "")))) return true;
  // A Latin code glued to a word of another script: Arabic "بـSAR 5.75" ("with SAR").
  const glued = b === undefined ? undefined : /[a-z]{2,4}\.?$/.exec(b)?.[0];
  if (glued !== undefined && glued !== b && isCurrencyToken(glued.replace(/\.$/, ""))) return true;
  if (N_BEFORE.test(before)) return true;
  const a = TOKEN_AFTER.exec(text.slice(end, end + 12));
  const tok = a?.[1]?.replace(/^-/, "");
  return tok !== undefined && (isCurrencyToken(tok) || isCurrencyToken(tok.replace(/\.+$/, "")));
}

function accountCueNear(text: string, start: number, end: number): boolean {
  const around = text.slice(Math.max(0, start - ACCOUNT_WINDOW), Math.min(text.length, end + ACCOUNT_WINDOW));
  return ACCOUNT_CUES.some((cue) => around.includes(cue));
}

/** Which movement cue stands within CUE_WINDOW of the amount: a credit word, a debit word or a sign. */
function movementCueNear(
  text: string,
  start: number,
  end: number,
  signed: boolean,
): "credit" | "debit" | "sign" | null {
  const around = text.slice(Math.max(0, start - CUE_WINDOW), Math.min(text.length, end + CUE_WINDOW));
  if (cueWords("credit").some((w) => hasWord(around, w))) return "credit";
  if (signed) return "sign";
  return cueWords("debit").some((w) => hasWord(around, w)) ? "debit" : null;
}

/**
 * Reads the money signal of a body (first 2,000 characters). `fromInstitution`: the sender is a known bank or
 * wallet, so a money-shaped amount ("TOTAL 10,000.00") counts even with no currency or account cue beside it.
 */
export function moneySignal(body: string, fromInstitution = false): MoneySignal {
  // Alerts laid out as a table ("Debit          Account XXXX0002          AED 150.00") read as one line.
  const text = body.slice(0, 2000).toLowerCase().replace(/\s+/g, " ");
  let money = false;
  let movementCue = false;
  let creditCue = false;
  const seen = new Set<string>();
  AMOUNT.lastIndex = 0;
  for (let m = AMOUNT.exec(text); m !== null; m = AMOUNT.exec(text)) {
    const raw = m[0];
    const signed = /^[+\-−]/.test(raw) && SIGN_AFTER.test(text[m.index - 1] ?? " ");
    const start = m.index + (signed ? 1 : 0);
    const end = m.index + raw.length;
    // "XX1234" / "*5678" / "A/c 1234": an account tail, not an amount.
    if (/[x*#]$/.test(text.slice(Math.max(0, start - 1), start))) continue;
    const withCurrency = hasCurrencyBeside(text, start, end);
    const shaped = MONEY_SHAPED.test(raw) && (fromInstitution || accountCueNear(text, start, end));
    const isMoney = withCurrency || (signed && GROUPED.test(raw)) || shaped;
    if (!isMoney) continue;
    money = true;
    if (withCurrency || !DATE_LIKE.test(raw)) seen.add(amountKey(raw.replace(/^[+\-−]/, "")));
    if (creditCue) continue;
    // A signed, grouped amount ("+1,000,000,000", "-3,300,000") is a movement on its own, even without a currency.
    const cueSigned = signed && (withCurrency || GROUPED.test(raw) || accountCueNear(text, start, end));
    const cue = movementCueNear(text, start, end, cueSigned);
    if (cue === "credit") creditCue = true;
    if (cue !== null) movementCue = true;
  }
  const cueWithoutAmount = !money && fromInstitution && !hasAmount(text) && namesMoney(text);
  return { money, movementCue, creditCue, cueWithoutAmount, amounts: seen.size };
}

/** An amount's value for counting ("1,250.00" and "1250.00" alike; the minor digits kept). */
function amountKey(raw: string): string {
  const digits = raw.replace(/[^\p{Nd}]/gu, "");
  return /[.,٫]\p{Nd}{1,2}$/u.test(raw) ? digits : `${digits}00`;
}

/** Whether any number in `text` could be an amount (not a date, time, account tail or short code). */
function hasAmount(text: string): boolean {
  AMOUNT.lastIndex = 0;
  for (let m = AMOUNT.exec(text); m !== null; m = AMOUNT.exec(text)) {
    if (MONEY_SHAPED.test(m[0]) && !/[/:-]/.test(text[m.index + m[0].length] ?? "")) return true;
  }
  return false;
}

/** A movement word of any pack, or an account/card/wallet cue. */
function namesMoney(text: string): boolean {
  if (ACCOUNT_CUES.some((cue) => text.includes(cue))) return true;
  return cueWords("debit").some((w) => hasWord(text, w)) || cueWords("credit").some((w) => hasWord(text, w));
}
