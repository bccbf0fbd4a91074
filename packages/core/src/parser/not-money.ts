/**
 * Texts that quote money but never move any: spam and look-alikes, and notices about money held or owed elsewhere.
 * Never count them as a transaction (issue 13 §4). All checks run on the lower-cased, normalised body.
 */

/** A phone's or carrier's spam marker, a lottery/joining-bonus lure, a "claim it now" lure, or money that only "can be"
 * credited. */
const SPAM_WORDS = new RegExp(
  String.raw`\b(?:suspected spam|likely spam|spam alert|(?:can|could|may) be credited|` +
    String.raw`(?:joining|welcome|sign-?up) bonus|bonus cash|free cash|join (?:the )?contests?|play now|lottery|jackpot|` +
    // A lure to "claim" money on a link ("Seu saque do FGTS .. esta disponivel. Libere agora em ..").
    String.raw`claim now|libere agora|resgate agora)\b`,
);
/** Digits written with letters inside an amount: "Rs.15,OOO", "INR 1O,000", "₹5,OOO" (O for 0, l or I for 1). */
const LOOKALIKE_AMOUNT = /(?:\brs\.?|\binr|₹) ?(?=[\d,.oli]*\d)(?=[\d,.]*[oli])[\d,.oli]{3,}(?![a-z\d])/;

const SPAM_GATE = [
  "spam",
  " be credited",
  "bonus",
  "free cash",
  "contest",
  "play now",
  "lottery",
  "jackpot",
  "claim now",
  "libere agora",
  "resgate agora",
];
/** A refund lure (the income-tax-refund scam): a refund one is "eligible for", a request to verify or update an
 * account or card, and a link. A real refund says it was credited; none asks to verify anything at a link. */
const REFUND_LURE = /\beligible for (?:an? |your )?(?:income[- ]tax |it |tax |gst |tds )?refund\b/;
const LURE_ASK = /\b(?:verify|update|confirm|validate|submit|link)\b/;
/** Advance-fee and PIN lures: money that comes only after a fee is paid ("pay processing fee Rs 1,999 .. to release"),
 * or after a PIN is entered ("enter UPI PIN to receive"): no bank asks either to pay money in. */
const FEE_LURE =
  /\bpay (?:the |a )?(?:processing|registration|activation|insurance|verification|release|transfer|file) (?:fee|charges?)\b[^\n]{0,80}?\bto (?:release|receive|get|disburse|unlock|activate|claim)\b/;
const PIN_LURE =
  /(?<!\b(?:never|not|don't|dont|no need to) )\b(?:enter|use|put) (?:your )?(?:upi |atm )?(?:pin|mpin)\b[^.\n]{0,20}?\bto (?:receive|get|claim|accept|credit)\b/;
const LINK = /\bhttps?:\/\/|\bwww\.|\b[a-z0-9-]+\.(?:in|com|co|org|net|info|xyz|top|site|online|link|app|me|ly)\/[^\s]/;
/** Cheap gate for LOOKALIKE_AMOUNT: o, i or l next to a digit or comma. */
const LOOKALIKE_GATE = /[\d,][oil]|[oil][\d,]/;

/** Spam and look-alikes: never money, whatever words they use. Each regex runs only when its words occur. */
export function isSpam(lower: string): boolean {
  if (any(lower, SPAM_GATE) && SPAM_WORDS.test(lower)) return true;
  if (LOOKALIKE_GATE.test(lower) && LOOKALIKE_AMOUNT.test(lower)) return true;
  return isLure(lower);
}

/** A lure: money offered on a condition no bank sets (a refund to "verify" at a link, a fee paid to release a loan,
 * a PIN entered to receive money). Never money: `stateOf` treats it as spam, the parser as a notice (`other`). */
export function isLure(lower: string): boolean {
  if (lower.includes("eligible") && REFUND_LURE.test(lower) && LURE_ASK.test(lower) && LINK.test(lower)) return true;
  if (lower.includes(" fee") && FEE_LURE.test(lower)) return true;
  return lower.includes("pin") && PIN_LURE.test(lower);
}

function any(lower: string, words: readonly string[]): boolean {
  for (const w of words) if (lower.includes(w)) return true;
  return false;
}

/**
 * Notices that quote an amount of money held, owed or offered, not moved: a legal/court notice, an EPF passbook or
 * a portfolio/fund holdings statement, an offer to convert a past spend into EMIs, a booking confirmed without a
 * debit. Returns the kind, or null.
 */
const LEGAL = new RegExp(
  String.raw`\b(?:legal notice|court notice|summons|lok adalat|arbitration|suit (?:for recovery|is filed)|` +
    String.raw`filed against you|notice under section|u\/s \d{2,3}|ni act|cheque bounce case)\b|` +
    // Arabic: "legal action(s) will be taken", "legal warning".
    String.raw`(?:الإجراءات|الاجراءات|إجراءات|اجراءات) القانونية|(?:إنذار|انذار) قانوني`,
);
const PASSBOOK =
  /\b(?:epf|pf|provident fund|uan)\b[^.]{0,60}\b(?:passbook|balance)\b|\bpassbook balance\b|\b(?:epf|pf|provident fund)\b.{0,100}\buan\b/;
const HOLDINGS =
  /\b(?:value of your (?:holdings|portfolio|investments?)|portfolio value|holdings? (?:value|statement)|current value of your)\b/;
const EMI_OFFER = new RegExp(
  String.raw`\b(?:can be|could be|is eligible to be|eligible to be) converted (?:in)?to (?:an? )?emis?\b|` +
    // "Convert your txn of INR 2,780.00 at X .. into 6 easy EMIs": a dot between digits does not end the sentence.
    String.raw`\bconvert\b(?:[^.]|\.(?=\d)){0,100}?\b(?:in)?to (?:\d{1,2}%? )?(?:easy |simple )?emis?\b|` +
    // "convert your recent OMR 340.000 purchase at X into 6 easy instalments" (the amount's decimal point included).
    String.raw`\bconvert (?:your|the|this)\b.{0,80}?\b(?:purchase|spend|transaction)\b.{0,60}?\binto \d{1,2} ` +
    String.raw`(?:easy |simple |monthly |equal )?(?:emis?|instal{1,2}ments?)\b`,
);
const BOOKING =
  /\b(?:booking|ticket|reservation|pnr)\b[^.]{0,40}\b(?:confirmed|booked|is confirmed)\b|\bbooking confirmation\b/;
/** A booking notice that also says money was taken is a purchase. */
const TAKEN = /\b(?:debited|deducted|charged|paid|spent|withdrawn)\b/;

const LEGAL_GATE = [
  "notice",
  "court",
  "summons",
  "adalat",
  "arbitration",
  "suit ",
  "filed against",
  "u/s",
  "ni act",
  "bounce case",
  "قانوني",
];
const PASSBOOK_GATE = ["passbook", "epf", "pf ", "provident", " uan"];
const HOLDINGS_GATE = ["holding", "portfolio", "value of your"];
const BOOKING_GATE = ["book", "ticket", "reservation", "pnr"];
/** Every word one of these checks needs (and the lures' and EMI offers' words): the scan's gate (`intent.ts`
 * `notMoney`) runs them only where one occurs. */
export const NOT_MONEY_WORDS: readonly string[] = [
  ...SPAM_GATE,
  "be credited",
  "eligible",
  " fee",
  "pin",
  ...LEGAL_GATE,
  ...PASSBOOK_GATE,
  ...HOLDINGS_GATE,
  "current value",
  " emi",
  "instal",
  ...BOOKING_GATE,
];

/** "Rs.15,OOO" read as 15, "INR 1O,000" as 1: letters posing as digits right after the digits read. */
const LOOKALIKE_TAIL = /^,?[oli][oli\d,.]*(?![a-z])/;
export function lookalikeAfter(lower: string, end: number): boolean {
  const c = lower.charCodeAt(end) === 44 ? lower.charCodeAt(end + 1) : lower.charCodeAt(end);
  return (c === 111 || c === 108 || c === 105) && LOOKALIKE_TAIL.test(lower.slice(end, end + 12));
}

export type NotMoneyNotice = "lure" | "spam" | "legal" | "passbook" | "holdings" | "emi_offer" | "booking";

export function notMoneyNotice(lower: string): NotMoneyNotice | null {
  if (isLure(lower)) return "lure";
  if (isSpam(lower)) return "spam";
  if (any(lower, LEGAL_GATE) && LEGAL.test(lower)) return "legal";
  if (any(lower, PASSBOOK_GATE) && PASSBOOK.test(lower)) return "passbook";
  if (any(lower, HOLDINGS_GATE) && HOLDINGS.test(lower)) return "holdings";
  if ((lower.includes(" emi") || lower.includes("instal")) && EMI_OFFER.test(lower)) return "emi_offer";
  if (any(lower, BOOKING_GATE) && BOOKING.test(lower) && !TAKEN.test(lower)) return "booking";
  return null;
}
