import type { AccountKind, Direction, Intent, ParseInput, ParseOptions, ParseResult } from "../schemas/parse-result";
import { findAccount } from "./account";
import { bareAmount, currencyCode, formOf, pickAmounts, scanAmounts } from "./amount";
import { readNumber } from "./number";
import { categorize } from "./category";
import { bengaliRupee, isRupee } from "../locales/currencies";
import { caselessName, cleanCounterparty, findCounterparty } from "./counterparty";
import { isValidZone, occurredAt } from "./date";
import { classify, NOT_MONEY_GATE, type Classification } from "./intent";
import { localAccount } from "./local-account";
import { localAmounts, mayHaveLocalBalance } from "./local-amount";
import { classifyByLocale } from "./locale-intent";
import { localeParty, nameAfterAmount } from "./locale-party";
import { saysRefund } from "./locale-refund";
import { findMethod } from "./method";
import { capBody, needsNormalizing, normalizeBody } from "./normalize";
import { FACT } from "./text-facts";
import { scanText } from "./scan";
import { findReference } from "./reference";
import { matchRule } from "./rules/match";
import { lookalikeAfter, notMoneyNotice } from "./not-money";
import { institutionFromBody, senderFacts } from "./sender";
import { inMarket } from "../institutions/market";
import { partyNumberAt, payeeNumberAt } from "./payee-number";
import { receivingAccount } from "./receiving-account";

export const PARSER_VERSION = 1;
const GENERIC_DEBIT = `generic:debit@${PARSER_VERSION}`;
const GENERIC_CREDIT = `generic:credit@${PARSER_VERSION}`;
const DEFAULT_ZONE = "Asia/Kolkata";

/** Confidence of a classification that moves no money, by the check that decided it. */
const NEGATIVE_CONFIDENCE: Record<string, number> = {
  otp: 0.9,
  request: 0.85,
  declined: 0.85,
  failed: 0.85,
  future: 0.8,
  mandate: 0.8,
  bill_due: 0.8,
  limit: 0.7,
  request_ack: 0.7,
  promo: 0.75,
  order: 0.7,
  balance: 0.8,
  pending: 0.65,
  dispute: 0.65,
  unknown: 0.3,
  spam: 0.9,
  lure: 0.9,
  legal: 0.7,
  passbook: 0.7,
  holdings: 0.7,
  emi_offer: 0.7,
  booking: 0.7,
};
const CARD_PAYMENT = new RegExp(
  String.raw`\b(?:bill|dues?|outstanding)\b.{0,40}\b(?:has been |is |was )?paid\b` +
    String.raw`|\bpayment\b.{0,40}\b(?:received|credited)\b|\b(?:paid|made` +
    String.raw`|payment) towards (?:your )?[^.]{0,30}?\bcard\b|\bthank you for (?:the |your )?payment\b` +
    // "Your payment of $450.00 to your Quicksilver card ending in 3309 has posted".
    String.raw`|\bpayment of \S{1,20} to your [^.\n]{0,30}?\bcard\b[^\n]{0,30}?\bposted\b`,
);
const EMI_CONVERSION = /\bemi booking\b|\bconver(?:ted|sion)\b|\bbooked\b/;
const CARD_SPEND = /\b(?:spent|purchase|used at|txn at|transaction at)\b/;

/** Intents whose printed date is not when anything happened (due date, debit date to come, OTP/offer validity). */
const FUTURE_DATED: ReadonlySet<Intent> = new Set(["otp", "promo", "bill_due", "scheduled", "payment_request"]);
/** Intents for which a counterparty is worth looking for. */
const WITH_COUNTERPARTY: ReadonlySet<Intent> = new Set([
  "transaction",
  "refund",
  "payment_request",
  "scheduled",
  "failed",
  "declined",
]);

function str(v: unknown): string {
  return typeof v === "string" ? v : "";
}

/** A rule's captured digits in minor units of `currency` (its number form: "1.250,00" in EUR). */
function digitsToMinor(text: string | undefined, currency: string): number | null {
  if (!text) return null;
  const read = readNumber(text, 0, formOf(currency));
  // A trailing mark or word the rule captured ("500.") does not matter; a digit left unread does.
  return read !== null && !/\d/.test(text.slice(read.end)) ? read.minor : null;
}

/**
 * Reads one SMS: normalise -> classify intent -> institution rules -> generic extractors -> validate.
 * Pure and synchronous; never throws (any internal error yields intent "other" with confidence 0).
 */
export function parseSms(input: ParseInput, options: ParseOptions = {}): ParseResult {
  try {
    return parse(input, options ?? {});
  } catch {
    return {
      intent: "other",
      direction: null,
      amount_minor: null,
      currency: null,
      account: null,
      account_kind: null,
      counterparty: null,
      method: null,
      reference: null,
      balance_minor: null,
      occurred_at: null,
      institution: null,
      category: null,
      parser: `error@${PARSER_VERSION}`,
      confidence: 0,
    };
  }
}

/** parseSms without its safety net: an internal error throws (for tests, which must see it). */
export const parseSmsUnguarded = (input: ParseInput, options: ParseOptions = {}): ParseResult => parse(input, options);

/** Spam and notices of money held, owed or offered (court notice, passbook, holdings, EMI offer, booking) move nothing. */
function withNotices(c: Classification, lower: string, gates: number): Classification {
  if ((gates & NOT_MONEY_GATE) === 0) return c;
  // A balance of holdings, a due reminder, an ad or an OTP already says no money moved (stateOf sees spam itself).
  const open = c.intent === "transaction" || c.intent === "refund" || c.intent === "scheduled";
  if (!open && c.intent !== "bill_due" && !(c.intent === "other" && c.reason === "unknown")) return c;
  const notice = notMoneyNotice(lower);
  if (notice === null) return c;
  // "LEGAL NOTICE: your loan .. is overdue by Rs 12,450. FIR will be filed": a threat, not a bill.
  if (c.intent === "bill_due" && notice !== "legal") return c;
  // "Can be converted to EMI" reads as a future debit; only an EMI offer or a legal notice ("proceedings will be
  // initiated") turns a scheduled reading into a notice.
  // A lure ("loan .. will be credited .. pay processing fee to release") promises money that never comes.
  if (c.intent === "scheduled" && notice !== "emi_offer" && notice !== "legal" && notice !== "lure") return c;
  if (notice === "spam") return { intent: "promo", reason: "spam", direction: null };
  if (notice === "lure") return { intent: "other", reason: "lure", direction: null };
  if (notice === "emi_offer" && c.intent === "transaction" && SPEND_DONE.test(lower)) return c;
  return { intent: "other", reason: notice, direction: c.direction };
}
const SPEND_DONE = /\b(?:spent|debited|has been used|was used)\b/;

/** The sign printed on an amount ("-150,000VND", "GD:-85,000", "R-312.50", "+5 000 ₽"), if any. */
function signOf(lower: string, hit: { index: number; end: number; negative?: boolean }): "-" | "+" | null {
  if (hit.negative) return "-";
  const digit = lower.slice(hit.index, hit.end).search(/\d/);
  if (digit < 0) return null;
  const lead = lower.slice(Math.max(0, hit.index - 2), hit.index + digit);
  const m = /(?:^|[\s:(]|[^\d\s])([-−+])\s?$/.exec(lead);
  return m ? (m[1] === "+" ? "+" : "-") : null;
}

/** Whether a masked number ending in `tail` follows the party's name ("name (2519****1122)", "name 0917XXXX221"). */
const NUMBER_AFTER_PARTY = /^\.?\s?(?:\(\s?(?:[a-z][a-z.&]*\s){0,3}|-?\s?)\+?(\d[\dx*#•-]{4,}\d)/;
function numberOfParty(lower: string, party: string, tail: string): boolean {
  const at = lower.indexOf(party);
  if (at < 0) return false;
  // "ADEBAYO TUNDE (Kuda MFB 20****1166)": the payee's bank may be named inside the brackets first.
  const after = lower.slice(at + party.length, at + party.length + 40);
  const m = NUMBER_AFTER_PARTY.exec(after);
  return m !== null && /[x*#•]/.test(m[1]!) && m[1]!.endsWith(tail);
}

/** "sent MK25,000.00 to 0888***302 GRACE PHIRI", "received K450.00 from 097****118 CHANDA MULENGA", Amharic "ከ
 * 2519***4411 ተልኮልዎት": a wallet's masked number right after the word naming the other party is that party's phone. */
const PARTY_NUMBER = /(?:\b(to|from)|(ከ)) (\+?\d[\dx*•]{2,}\d)(?![\dx*•])/g;
function numberAfterPartyWord(lower: string, tail: string, direction: string | null): boolean {
  PARTY_NUMBER.lastIndex = 0;
  for (let m = PARTY_NUMBER.exec(lower); m !== null; m = PARTY_NUMBER.exec(lower)) {
    const word = m[1] === "to" ? "debit" : "credit";
    if (word === direction && /[x*•]/.test(m[3]!) && m[3]!.endsWith(tail)) return true;
  }
  return false;
}

/** "Your FD .. of Rs.1,00,000.00 has matured. Maturity proceeds of Rs.1,07,250.00 credited": the proceeds moved. */
const MATURITY_PROCEEDS = /\bmaturity (?:proceeds|amount|value)(?: of)?:? ?/;
function maturityProceeds<H extends { index: number; role: string }>(
  lower: string,
  hits: readonly H[],
  amount: H | null,
) {
  const m = MATURITY_PROCEEDS.exec(lower);
  if (m === null || amount === null) return amount;
  const at = m.index + m[0].length;
  return hits.find((h) => h.index === at && h.role === "txn") ?? amount;
}

/** A wallet party printed only as a phone number: "from 0171..", "Receiver: 0191..", Arabic "من رقم 0101..". */
const WALLET_PHONE = /(?:\b(?:from|to|uddokta|agent|receiver|sender)|رقم)\s?:?\s?(\+?\d{10,13})(?![\d*x])/i;

/** Whether a one-word name is a later word of the institution's own name ("Yas" of "Mixx by Yas"; "Amazon" of
 * "Amazon Pay" may be the merchant). */
function ownBrand(institution: string, name: string): boolean {
  if (name.includes(" ")) return false;
  return brandWords(institution).indexOf(name.toLowerCase()) > 0;
}
/** Speed: an institution's name split into lower-case words, once per name (a fixed set: the institution folders). */
const BRAND_WORDS = new Map<string, readonly string[]>();
function brandWords(institution: string): readonly string[] {
  let words = BRAND_WORDS.get(institution);
  if (words === undefined) BRAND_WORDS.set(institution, (words = institution.toLowerCase().split(" ")));
  return words;
}

/** Currencies whose banks send alerts from ordinary phone numbers (Iranian banks: "+98 20 ..", "9830.."). */
const SENT_FROM_NUMBERS: ReadonlySet<string> = new Set(["IRR"]);

function parse(input: ParseInput, options: ParseOptions): ParseResult {
  const sender = str(input?.sender);
  // Intent gates, rails and category cues in one keyword pass (rails/cues are used further down when wanted).
  // Most bodies are already normal: the pass over the capped body says whether normalizing would change it
  // (then the normalized text is scanned instead).
  let text = capBody(str(input?.body));
  let lower = text.toLowerCase();
  let facts = scanText(lower);
  if (needsNormalizing(text, (facts.x & FACT.messy) !== 0)) {
    text = normalizeBody(text);
    lower = text.toLowerCase();
    facts = scanText(lower);
  }
  const acc = findAccount(lower, facts.x);
  let cls: Classification = withNotices(
    classify(lower, acc !== null, facts.gates, facts.tokenStarts),
    lower,
    facts.gates,
  );
  const senderIs = senderFacts(sender);
  const fromSender = senderIs.institution;
  // Pack path: where the English/Hindi regexes find no verb (or only a balance), the locale packs' words decide.
  // English pack words count only for a non-Indian institution (Indian English is the regexes' job).
  const foreign = fromSender !== null && fromSender.currency !== "INR";
  // The home currency of a language with one currency (Persian, Thai) stands in for an unknown sender's.
  let localeCurrency: string | null = null;
  if ((cls.reason === "unknown" || cls.intent === "balance") && cls.direction === null) {
    const byLocale = classifyByLocale(lower, foreign, cls.intent === "balance");
    if (byLocale && byLocale.intent !== cls.intent) {
      cls = { intent: byLocale.intent, direction: byLocale.direction, reason: `locale_${byLocale.reason}` };
      localeCurrency = byLocale.currency;
      // A pack's money word in a notice ("سداد مديونية .. الإجراءات القانونية"): still a notice, not a movement.
      const notice = withNotices(cls, lower, facts.gates);
      if (notice.intent !== cls.intent) cls = notice;
    }
  }
  // The body names an institution in ads too ("extra off with HDFC Bank cards"), and a merchant's notice of a future
  // refund names the card it will reach ("will be credited to your SBI Credit Card"): only trust it for alerts.
  let inst =
    fromSender ??
    (cls.intent === "promo" || cls.intent === "other" || cls.intent === "scheduled" ? null : institutionFromBody(text));
  // An Indian DLT header sends from India: a foreign institution the body names ("Airtel Money", also a Tanzanian
  // wallet's name) is not the sender, unless it sends to India too (`dlt`).
  if (inst && !fromSender && senderIs.indian && inst.currency !== "INR" && !inst.dlt) inst = null;
  let intent: Intent = cls.intent;
  let direction: Direction | null = cls.direction;
  let reason = cls.reason;
  // An INR alert from a personal phone number is not the bank's (banks in India send from DLT headers); nor is an
  // alert whose institution only the body names ("Confirmed. You have received Ksh4,800 .. M-PESA" from
  // "0798221450"), except where banks send from numbers (Iran).
  const personal = senderIs.personal;
  // A personal number whose text names a bank ("البنك الاهلي: .. ادفع 150 جنيه", "GTBank: .. will be debited"):
  // claims to be that bank's alert.
  const named = personal && fromSender === null ? (inst ?? institutionFromBody(text)) : null;
  const claimed = named !== null && !SENT_FROM_NUMBERS.has(named.currency);
  const impostor =
    personal &&
    (inst === null || inst.currency === "INR" || (fromSender === null && !SENT_FROM_NUMBERS.has(inst.currency)));
  if (impostor) inst = null;
  // One sender header for several countries ("BBVA" in Spain and Mexico): the received_at offset picks the market.
  if (inst?.markets?.length) inst = inMarket(inst, inst.markets, str(input?.received_at));

  const home = inst?.currency ?? "INR";
  const amountContext = { home, printed: text, tokenStarts: facts.tokenStarts };
  const hits = scanAmounts(
    lower,
    facts.firstTokenEnd,
    facts.lastTokenEnd,
    facts.roleWord,
    facts.x,
    facts.firstRoleEnd,
    amountContext,
  );
  // "Rs.15,OOO can be credited": letters posing as digits right after an amount read: spam, never money.
  if ((intent === "transaction" || intent === "refund") && hits.some((h) => lookalikeAfter(lower, h.end))) {
    intent = "promo";
    direction = null;
    reason = "spam";
  }
  // "TRENDYOL iadesi", "Remboursement de 24,99 EUR", "Возврат 1 299 RUB": money in said in a pack's refund words.
  if (intent === "transaction" && direction === "credit" && saysRefund(lower)) intent = "refund";
  const moving = intent === "transaction" || intent === "refund";
  const pick = pickAmounts(hits, home, !moving, lower);
  // An EMI conversion/booking moves no new money; its processing fee, when said to be taken, is what moved.
  const amt =
    moving && pick.fee !== null && pick.amount !== pick.fee && lower.includes("emi") && EMI_CONVERSION.test(lower)
      ? pick.fee
      : moving && direction === "credit" && lower.includes("maturity")
        ? maturityProceeds(lower, hits, pick.amount)
        : pick.amount;
  const feeMoved = amt !== null && amt === pick.fee && amt !== pick.amount;
  let amount: number | null = amt?.minor ?? null;
  let currency: string | null = amt?.currency ?? null;
  if (amount === null) {
    amount = bareAmount(lower, formOf(home).exponent);
    if (amount !== null) currency = home;
  }
  // A rupee token of a Pakistani, Sri Lankan or Nepali institution is its own rupee.
  if (currency === "INR" && inst && inst.currency !== "INR" && amt?.currency === "INR" && isRupee(inst.currency))
    currency = inst.currency;
  else if (currency !== null && inst) currency = bengaliRupee(currency, inst.currency, text);
  let localBalance: number | null = null;
  /** Where the amount ends in the text (a name may follow it). */
  let amountEnd = amt?.end ?? -1;
  const foreignHome = inst !== null && inst.currency !== "INR";
  // Only where a reading is wanted: a movement or balance without an amount, or any alert of a non-Indian bank.
  const unread = amount === null && (moving || intent === "balance" || foreignHome);
  // (Speed: a balance alone is looked for only where a balance word could name one.)
  if (unread || (foreignHome && pick.balance === null && mayHaveLocalBalance(lower))) {
    // Currencies and scripts the main grammar does not read yet (TODO: currencies.ts), bare numbers of known banks.
    const local = localAmounts(text, inst?.currency ?? localeCurrency);
    if (local.amount && amount === null) {
      amount = local.amount.minor;
      currency = local.amount.currency;
      amountEnd = local.end;
      // "-3,300,000" / "+2,500,000" on its own line (Iranian banks): the sign is the direction.
      if (direction === null && local.sign && (inst ?? localeCurrency) && inst?.currency !== "INR") {
        direction = local.sign === "-" ? "debit" : "credit";
        if (intent === "other" || intent === "balance") intent = "transaction";
      }
    }
    localBalance = local.balance?.minor ?? null;
  }
  // "-245.50 грн", "+5,000,000VND", "R-312.50": a signed amount in a non-Indian alert with no movement word.
  const signed = direction === null && amt !== null && currency !== "INR" && !impostor ? signOf(lower, amt) : null;
  // A balance alert whose only amount is signed prints a negative balance ("le solde .. est de -35,60 EUR").
  const signedMove = intent === "balance" ? hits.length > 1 : intent === "other" && reason === "unknown";
  if (signed && amt && signedMove && amt !== pick.balance) {
    intent = "transaction";
    direction = signed === "-" ? "debit" : "credit";
    amount = amt.minor;
    currency = amt.currency;
  }
  // OTPs and ads quote limits and offers, not a balance.
  let balance: number | null = intent === "otp" || intent === "promo" ? null : (pick.balance?.minor ?? localBalance);
  if (intent === "balance") {
    // A balance enquiry's only amount is the balance.
    balance ??= hits[0]?.minor ?? (amount !== null && currency !== null ? amount : null);
    amount = null;
  }
  let account: string | null = acc?.tail ?? null;
  let accountAt = acc?.index ?? -1;
  let kind: AccountKind | null = acc?.kind ?? (inst?.kind === "wallet" ? "wallet" : null);
  // A non-Indian bank's or another language's account forms ("A/c 12345678", "050######4545", "A conta 123456789").
  const foreignMoney = currency !== null && currency !== "INR";
  if ((foreign || foreignMoney || localeCurrency !== null || cls.reason.startsWith("locale_")) && kind !== "wallet") {
    const local = account === null || /^\d+$/.test(account) ? localAccount(lower) : null;
    // Over a tail already found, only when that was the leading group of the same number ("123456******1234").
    const leadingGroup =
      account !== null && local !== null && local.digits.length > account.length && local.digits.startsWith(account);
    if (local !== null && (account === null || leadingGroup)) {
      account = local.tail;
      accountAt = local.index;
    }
  }
  // "تم تحويل .. لرقم 0101..", "انتقال به 6104****1234": a number a pack's payee word sends money to is not ours.
  if (account !== null && foreignMoney && direction !== "credit" && accountAt > 0 && payeeNumberAt(lower, accountAt))
    account = null;
  // "to CHIOMA EZE (GTBank 0123****89)": the number in brackets after a named party is the party's.
  if (account !== null && foreignMoney && accountAt > 0 && partyNumberAt(lower, accountAt)) account = null;
  // "Transfer OMR 75.000 to NAME A/C xxxx8812": abroad, the payee's account as the only one printed is not ours.
  if (acc?.payee && foreignMoney && direction === "debit" && account === acc.tail) account = null;
  // "حوالة واردة .. الى: 8821": money in, the receiving account's field names ours.
  if (account === null && foreignMoney && direction === "credit") account = receivingAccount(lower);
  let counterparty: string | null = null;
  let reference: string | null = null;
  let parser = "";
  let confidence = 0;

  // An institution's own format outranks a pack's loose promo or balance word ("Cashback / Amount: 2.50 SAR / At: ..",
  // "Top up Rp200.000 berhasil. Saldo ..").
  const canUseRule =
    moving || reason === "unknown" || reason === "balance" || reason === "locale_promo" || reason === "locale_balance";
  const matched = canUseRule ? matchRule(inst?.id ?? null, text, lower) : null;
  let methodFromRule = null as ReturnType<typeof findMethod>;
  if (matched) {
    const { rule, groups } = matched;
    // A format that says refund ("ご利用金額 .. 取消のお知らせ") outranks a pack's first movement word.
    if (!moving || rule.intent === "refund") intent = rule.intent;
    direction = rule.direction;
    const ruleCurrency = (groups.cur ? currencyCode(groups.cur, home) : null) ?? home;
    const ruleAmount = digitsToMinor(groups.amt, ruleCurrency);
    if (ruleAmount !== null) {
      amount = ruleAmount;
      currency = ruleCurrency;
    }
    if (groups.acct) account = groups.acct;
    // Wallet formats print no account of ours; a number after "account" there is the payee's (M-PESA paybill).
    else if (rule.kind === "wallet") account = null;
    if (rule.kind) kind = rule.kind;
    if (groups.cp) counterparty = cleanCounterparty(groups.cp) ?? caselessName(groups.cp);
    if (groups.ref) reference = groups.ref;
    const bal = digitsToMinor(groups.bal, currency ?? home);
    if (bal !== null) balance = bal;
    methodFromRule = rule.method ?? null;
    parser = rule.label;
    confidence = 0.95;
  }

  if (counterparty === null && WITH_COUNTERPARTY.has(intent))
    counterparty = findCounterparty(text, direction, lower, intent === "refund", facts.railWord, facts.x);
  // "Mixx by Yas" signing off is the sender, not the other party.
  if (counterparty !== null && inst !== null && ownBrand(inst.name, counterparty)) counterparty = null;
  // Another language's payer/payee words ("от Иван П.", "لدى CAREEM", "chez CARREFOUR CITY").
  const otherLanguage = reason.startsWith("locale_") || (currency !== null && currency !== "INR");
  // "Camilo Rojas te envio $35.000 .. en tu Nequi": the institution's own name is no party when pack words name one.
  const selfNamed = counterparty !== null && counterparty.toLowerCase() === inst?.name.toLowerCase();
  if (
    (counterparty === null || selfNamed) &&
    direction !== null &&
    otherLanguage &&
    (intent === "transaction" || intent === "refund")
  ) {
    const own = counterparty;
    counterparty = localeParty(text, direction, false, inst?.name.toLowerCase()) ?? own;
    if (counterparty === null && reason.startsWith("locale_") && amountEnd >= 0)
      counterparty = nameAfterAmount(text, amountEnd);
    // A foreign bank's English narration right after the amount ("Debit order R 845.50 DSTV paid from ..").
    else if (counterparty === null && foreign && amt !== null) {
      const name = nameAfterAmount(text, amt.end);
      counterparty = name === null ? null : cleanCounterparty(name);
    }
  }
  // A wallet's other party is often only a phone number ("received Tk 1,500.00 from 01712345678", "Uddokta: 0191..");
  // a name printed after it ("من رقم 0101.. المسجل بإسم AHMED SAID") was taken above.
  if (counterparty === null && inst?.kind === "wallet" && (intent === "transaction" || intent === "refund")) {
    const phone = WALLET_PHONE.exec(text);
    if (phone) counterparty = phone[1]!;
  }
  // "JOHN OKELLO (2567XXXX4561)", "MARIA S. 0918XXXX445": the number right after the party's name is theirs.
  if (account !== null && counterparty !== null && numberOfParty(lower, counterparty.toLowerCase(), account))
    account = null;
  if (account !== null && inst?.kind === "wallet" && numberAfterPartyWord(lower, account, direction)) account = null;
  if (reference === null && intent !== "otp" && intent !== "promo")
    reference = findReference(text, lower, facts.refKeyword, facts.railWord, facts.x, facts.firstRefEnd);
  // The rail only matters when money moved or would move; skip it for OTPs, ads, balances and the like.
  const wantsMethod =
    intent !== "otp" && intent !== "promo" && intent !== "balance" && !(intent === "other" && reason !== "limit");
  const wantsCategory = intent !== "otp" && intent !== "promo" && intent !== "balance" && intent !== "other";
  const kw = wantsMethod || wantsCategory ? facts : null;
  const genericMethod = wantsMethod ? findMethod(lower, kind, inst?.kind ?? null, kw?.rails, facts.x) : null;
  // A card spend routed through UPI (RuPay credit card on UPI) is reported as UPI.
  const method = methodFromRule === "CARD" && genericMethod === "UPI" ? "UPI" : (methodFromRule ?? genericMethod);
  const zone = options.timeZone && isValidZone(options.timeZone) ? options.timeZone : (inst?.timeZone ?? DEFAULT_ZONE);

  // Paying a card's bill is a credit to the card account ("bill of INR 6,210 has been paid", "payment .. received").
  if (
    kind === "card" &&
    direction === "debit" &&
    intent === "transaction" &&
    CARD_PAYMENT.test(lower) &&
    !CARD_SPEND.test(lower)
  ) {
    direction = "credit";
  }
  const isMoving = intent === "transaction" || intent === "refund";
  if (isMoving && (amount === null || amount === 0 || direction === null)) {
    // Money words but no readable amount/direction: hand over to the fallback rather than guess.
    intent = "other";
    parser = `generic:unreadable@${PARSER_VERSION}`;
    confidence = 0.35;
  } else if (!matched) {
    // The pack path labels its results "locale:<what>" (cls.reason "locale_<what>").
    const viaLocale = reason.startsWith("locale_");
    const why = viaLocale ? reason.slice(7) : reason;
    if (isMoving) {
      confidence = 0.7 + (account ? 0.1 : 0) + (inst ? 0.08 : 0) + (counterparty || reference ? 0.05 : 0);
      if (!account && !inst) confidence = 0.5;
      parser = viaLocale
        ? `locale:${direction}@${PARSER_VERSION}`
        : direction === "debit"
          ? GENERIC_DEBIT
          : GENERIC_CREDIT;
    } else {
      confidence = (NEGATIVE_CONFIDENCE[why] ?? 0.5) - (inst ? 0 : 0.1);
      parser = `${viaLocale ? "locale" : "generic"}:${intent === "other" || why === "spam" ? why : intent}@${PARSER_VERSION}`;
    }
  }

  // An INR "bank alert" from a personal number is not one (a fake-credit scam, or chatter): never a transaction;
  // the money signal sends it to review.
  // In any currency: a personal number naming no institution and no account of ours is chatter or a scam
  // ("You have received Ksh7,800 .. please send it back"), except where banks send from numbers (Iran).
  const anonymous =
    personal && inst === null && account === null && !(currency !== null && SENT_FROM_NUMBERS.has(currency));
  if (impostor && isMoving && (currency === null || currency === "INR" || anonymous || claimed)) {
    intent = "other";
    parser = `generic:impostor@${PARSER_VERSION}`;
    confidence = Math.min(confidence, 0.5);
  } else if (claimed && intent === "scheduled") {
    // "GTBank: Your BVN has been suspended. Your account .. will be debited N5,000" from a phone: a threat, not a debit.
    intent = "other";
    parser = `generic:impostor@${PARSER_VERSION}`;
    confidence = Math.min(confidence, 0.5);
  }

  // An "offer" or a "debit to come" from a personal number naming no institution is a scam (prize, grant,
  // reward-points lure, "Rs 5,000 penalty will be debited"): `other`; marked spam ("Suspected Spam", look-alike
  // digits, "can be credited") stays promo, as the fixtures label it.
  if (personal && inst === null && ((intent === "promo" && reason !== "spam") || intent === "scheduled")) {
    intent = "other";
    parser = `generic:impostor@${PARSER_VERSION}`;
  }

  return {
    intent,
    direction,
    amount_minor: amount,
    currency: amount === null ? null : currency,
    account,
    account_kind: account === null && kind !== "wallet" ? null : kind,
    counterparty,
    method,
    reference,
    balance_minor: balance,
    occurred_at: occurredAt(lower, str(input?.received_at), zone, !FUTURE_DATED.has(intent), facts.x),
    institution: inst?.name ?? null,
    category:
      wantsCategory && intent !== "other"
        ? feeMoved
          ? "fees"
          : categorize(intent, method, counterparty, lower, kw?.cats, direction)
        : null,
    parser,
    confidence: Math.max(0, Math.min(1, Math.round(confidence * 100) / 100)),
  };
}
