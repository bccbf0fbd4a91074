import { CURRENCIES, TOKENS } from "../locales/currencies";
import type { Direction, Intent } from "../schemas/parse-result";
import { scanAmounts } from "./amount";
import { NOT_MONEY_WORDS } from "./not-money";
import { substringScanner } from "./substrings";

export interface Classification {
  intent: Intent;
  /** Direction of the money movement the words describe (also for negatives, when stated). */
  direction: Direction | null;
  /** Which check decided, for the parser label. */
  reason: string;
}

// Safety boilerplate that mentions OTPs in genuine transaction alerts.
const BOILERPLATE =
  /\b(?:do not|don't|dont|never|not to|pls don't|please do not)\s(?:share|disclose|tell)\b[^.\n:]{0,60}|\bbank never asks?[^.\n]{0,60}/g;
const OTP = new RegExp(
  String.raw`(?<!\b(?:incorrect|invalid|wrong|expired) (?:(?:upi )?(?:pin|mpin|cvv) ?(?:\/|or) ?)?)\b(?:otp|one[- ]time (?:password|pin|code)|verification code|` +
    String.raw`security code|securecode|passcode|authentication code|3-?d secure (?:code|otp|password|pin)|tac:? \d{4,8}|` +
    String.raw`(?:your|the) tac(?: is| no\.?)?:? \d{4,8})\b|ओटीपी|वन टाइम पासवर्ड|` +
    // "Use code 44812901 to verify": a code to type back, never money.
    String.raw`\b(?:use|enter) (?:code|pin) \d{4,10} to (?:verify|confirm|sign in|log ?in|complete)\b|` +
    // "Use 738201 to authorise payment of NGN 12,500.00 to X": the code authorises a payment still to be made.
    String.raw`\b(?:use|enter) \d{4,8} to (?:authori[sz]e|approve|confirm)\b`,
  "",
);
const REQUEST = new RegExp(
  String.raw`\bcollect request\b|\d (?:has been |is )?requested by\b|` +
    String.raw`\bsent (?:you )?a (?:payment |money |[a-z]+ )?request\b|(?<!\byour )\brequest to pay (?:rs|` +
    String.raw`inr|₹|[a-z]{3} ?\d)|\bhas requested\b|\bis requesting\b|\brequested (?:money|rs|inr|₹|[^\w\s"'“”‘’(),.:;!?/-]|a payment|payment|` +
    String.raw`[a-z]{2,3}\.? ?\d)\b|\bpayment request\b|` +
    String.raw`\bmoney request\b|\bdo you want to pay (?:rs|inr|₹|ksh)|अनुरोध|` +
    // Wallet pull payments waiting for the holder: "Request of 8,000 RWF from X. Dial *182*7*1# to approve",
    // "You have a pending payment of UGX 35,000 to X. Dial .. to approve", "Enter your M-PESA PIN on the pop-up to pay".
    String.raw`\brequest of [^.]{0,40}?\bfrom\b[^.]{0,60}?[.,] ?(?:dial [*\d#]+ )?to approve\b|` +
    String.raw`\bpending payment of [^.]{0,60}?[.,] ?(?:dial [*\d#]+ )?to approve\b|\bpin on the pop-?up to pay\b`,
  "",
);
/** "Request for Rs.2,000 from x@y .. on UPI" is a collect request only when UPI/a VPA is involved. */
const REQUEST_LOOSE = /\brequest(?:ed)? (?:for|of) (?:rs|inr|₹)/;
const UPI_HINT = /\bupi\b|@[a-z]/;
/** The user's own transfer of an amount, said to be done: money left their account (a debit), not a request pending. */
const TRANSFER_REQUEST_DONE =
  /\byour (?:funds? |money )?transfer request of (?:[a-z]{2,3}\.? ?|₹ ?)?\d[\d,.]*\b[^.]{0,160}?\b(?:has been|was) (?:successfully )?(?:processed|completed|executed)\b(?! (?:un|not))/;
/** Acknowledgement of a service/loan request: no money moved. */
const REQUEST_DECLINED =
  /\b(?:has been|have been|was|is) (?:declined|rejected)\b|\byou (?:have )?(?:declined|rejected)\b/;
const REQUEST_ACK =
  /\b(?:your )?(?:request|application)\b.{0,60}\b(?:has been |is |was )?(?:received|registered|submitted|processed|accepted)\b/;
const DECLINED = new RegExp(
  String.raw`\bdeclined\b|\brejected\b(?! by (?:the |your )?(?:beneficiary|remitter|payee|bank))|\bdue to (?:an? )?(?:incorrect|` +
    String.raw`invalid|wrong) (?:upi )?(?:pin|mpin|otp|cvv)\b|\bentered (?:an? |the )?(?:incorrect|invalid|wrong) (?:upi )?(?:pin|` +
    String.raw`mpin|otp|cvv)\b|\b(?:incorrect|invalid|wrong) (?:upi )?(?:pin|mpin) entered\b|\bnot (?:been )?(?:approved|` +
    String.raw`authori[sz]ed)\b|अस्वीकार|अस्वीकृत`,
  "",
);
const INSUFFICIENT = /\binsufficient (?:funds|balance|bal|credit limit|available limit)\b|\bnot have enough\b/;
const FAILED = new RegExp(
  String.raw`(?<!\bif )\bfailed\b|\b(?:rejected|returned) by (?:the |your )?(?:beneficiary|remitter|payee|bank)\b|` +
    String.raw`\bbounced\b|\bcheque (?:no\.?|number|#) ?\d*[^\n]{0,60}?\breturned\b|\bdishonou?red\b|\breturned unpaid\b|\breturned due to\b|\b(?:has been|have been|was|is) returned (?:unpaid|` +
    String.raw`due to|for|by)\b|\bfailure\b|(?<!\bif )\bunsuccessful\b|(?<!\bif )\bnot successful\b|\bcould not be (?:processed|` +
    String.raw`completed|executed|debited|credited|paid|transferred)\b|\b(?:ecs|nach) return\b|\bnot executed\b|\bwas not completed\b|\btimed out\b|विफल|असफल|` +
    // Marathi "जमा झाले नाही" (not credited), Hindi "जमा नहीं हुआ": the movement word negated.
    String.raw`(?:जमा|वजा|डेबिट|क्रेडिट) (?:झाले|झाली|झाला|केले|केली|केला) नाही|(?:जमा|डेबिट|क्रेडिट) नहीं (?:हुआ|हुए|हुई|किया|किए|की)`,
  "",
);
const REFUND = /\brefund(?:ed)?\b|\breversed\b|\breversal\b|\breverted\b|\bcredited back\b|\brefund of\b|रिफंड/;
const FUTURE = new RegExp(
  String.raw`\bwill be (?:auto[- ]?|automatically )?(?:debited|deducted|charged|levied|recovered|imposed|paid|processed|presented|` +
    String.raw`cleared|credited|refunded|reversed|transferred|initiated|disbursed|taken|collected|withdrawn)\b|\bwill be executed\b|` +
    String.raw`\bwill be honou?red\b|\b(?:auto-?)?renews (?:at|on|for)\b|\bwill (?:auto-?)?renew\b|\b(?:to be|would be|` +
    String.raw`shall be) (?:auto[- ]?)?(?:debited|deducted|charged|credited|refunded|reversed)\b|\bdue for (?:auto[- ]?)?debit\b|` +
    String.raw`\bwill be settled (?:to|in|into) (?:your )?(?:bank )?(?:a\/c|account|ac)\b|\bscheduled\b|\bupcoming\b|` +
    String.raw`\bwill reflect\b|\bwill mature\b|\bwill be (?:auto-?)?renewed\b|\b(?:has been|have been|is|was) initiated\b|` +
    String.raw`\bwill be billed\b|\bwill be made\b|\bwill be sent on \d|\bwill (?:leave|post to|hit) your\b|\bconverted (?:in)?to emi\b|\bon or after\b|जाएगा|जाएंगे|जाएगी|` +
    // Hindi "जमा होगा" (will be credited), Marathi "जमा होईल", "वजा केले जाईल", "जमा करण्यात येईल".
    String.raw`(?:जमा|डेबिट|क्रेडिट) हो(?:गा|गी|ंगे)|कटेगा|कटेगी|होईल|जाईल|येईल`,
  "",
);
const MANDATE =
  /\b(?:sip|e-?mandate|mandate|autopay|auto-pay|auto pay|standing instruction|si|auto[- ]debit|e-?nach)\b/;
const MANDATE_NOTICE = new RegExp(
  String.raw`\b(?:created|registered|set ?up|activated|successfully (?:created|registered|set up)|revoked|cancelled|` +
    String.raw`canceled|paused|modified|approved|setup|registration|is set for|request to (?:set|create)|request|` +
    String.raw`approve|pending|for processing)\b`,
  "",
);
const PAST_DEBIT = /\b(?:debited|deducted|spent|withdrawn|paid|sent)\b|डेबिट/;
const BILL_DUE = new RegExp(
  String.raw`\b(?:due date|is due|are due|due on|due by|due \d{1,2}[-\/.](?:\d{1,2}|[a-z]{3})\b|payment due|amt due|amount due|min(?:imum)? (?:amt |amount )?due|` +
    String.raw`total (?:amt |amount )?due|overdue|due for payment|minimum payment(?: of)? \S{1,15} due|pay by(?! (?:upi|` +
    String.raw`cash|card|credit|debit|net ?banking|cheque|wallet|link|qr)\b)|last date|falls due|premium due|emi due|` +
    String.raw`bill (?:generated|is ready)|statement (?:generated|is ready)|to avoid disconnection)\b|\b(?:plan|` +
    String.raw`pack|validity|subscription)\b[^.]{0,25}\bexpires? (?:on|in|today|tomorrow)\b|बकाया|देय`,
  "",
);
const RENEWAL_DUE = /\b(?:is |are )?due for (?:the )?(?:annual |periodic |yearly )?(?:renewal|review)\b/;
const PAST_MOVE = new RegExp(
  String.raw`\b(?:debited|credited|received|deducted|deposited|spent|withdrawn|disbursed)\b|\bpayment (?:of )?.{0,30}\b(?:received|` +
    String.raw`successful|confirmed)\b|\bthank you for (?:the |your )?payment\b|जमा(?! कर(?:ें|ना|ने))|डेबिट`,
  "",
);
/** "Get your Kisan Credit Card limit enhanced up to Rs.3 lakh .. T&C apply": an offer of a limit change, not one made. */
const LIMIT_OFFER =
  /\b(?:get|avail) (?:your |a )?[^.]{0,40}?\blimit (?:enhanced|increased|revised)\b|\blimit (?:enhanced|increased) up ?to\b|\blimit can be (?:increased|enhanced|upgraded)\b/;
const LIMIT =
  /\blimit\b.{0,60}\b(?:increased|enhanced|reduced|revised|changed|updated|decreased|set to|modified)\b|\b(?:increased|enhanced|revised|reduced)\b.{0,30}\blimit\b/;
const PROMO = new RegExp(
  String.raw`\b(?:offers?|cashback up to|get up to|up ?to \d+% off|\d+% off|flat rs|win|won|apply now|pre-?approved|` +
    String.raw`t&cs?|t&amp;cs?|tnc|ts ?& ?cs|tcs apply|avail now|limited period|hurry|exclusive|click(?!:)|download|upgrade now|loan up to|instant loan|` +
    String.raw`loans?\b[^;\n]{0,40}?\bup ?to (?:rs\.?|inr|₹) ?\d+|get (?:an? |your )?(?:personal |instant |gold |` +
    String.raw`home |car )?loans?|vouchers?|coupons?|lowest|interest rate|invest now|book now|shop now|sale|refer(?: a friend|` +
    String.raw`ral)?(?! to (?:your|the|our)\b)|` +
    String.raw`earn|get (?:rs\.?|inr|₹)|enjoy|claim(?! (?:id|no|number|ref)\b)|lucky|spend (?:rs\.?|inr|₹)|eligible (?:for|to convert)|` +
    String.raw`convert (?:it |this |them )?(?:to|into) emis?|(?:tap|click|reply|sms) to convert|apply(?: now)?:|` +
    String.raw`is ready for you|no documents needed|gift card|gift voucher|to opt[- ]in|redeem (?:at|it|now|before|` +
    String.raw`by|on))\b|` +
    // "Apply: bjaj.in/emi" (the colon ends no word), "Get 10% SuperCash up to Rs 250".
    String.raw`\bapply(?: now)? ?:|\b(?:get|flat|extra) \d{1,2}% (?:super ?cash|cashback|off|discount)\b`,
  "",
);
/** Money already moved, said in the perfect/past tense ("has been debited"); a pending notice does not say this. */
const PAST_MOVE_STRICT = /\b(?:has been|have been|is|was|been) (?:debited|credited|deducted|deposited|withdrawn)\b/;
/** A lien marked on (or released from) an account holds money; nothing moved. Balance alerts quote "Lien amount: Rs.X". */
const LIEN = new RegExp(
  String.raw`\blien (?:of|for)\b.{0,60}?\b(?:marked|placed|created|applied|exercised|removed|released|revoked)\b|` +
    String.raw`\b(?:marked|placed|created) (?:a )?lien\b|\blien (?:has been|is|was) (?:marked|placed|created|removed|` +
    String.raw`released)\b`,
  "",
);
/** FUTURE with /g, to look at each future verb of a pending notice. */
const FUTURE_ALL = new RegExp(FUTURE.source, "g");
/** "Payment .. is pending. If it fails, money will be refunded" / "Amount will be credited back if not successful": the
 * future move depends on the outcome of a pending one. True when every future verb sits in a sentence with "if". */
function conditionalFuture(t: string): boolean {
  FUTURE_ALL.lastIndex = 0;
  for (let m = FUTURE_ALL.exec(t); m !== null; m = FUTURE_ALL.exec(t)) {
    const start = t.lastIndexOf(". ", m.index) + 1;
    const e = t.indexOf(". ", m.index);
    const sentence = t.slice(start, e < 0 ? t.length : e);
    if (!/\bif\b/.test(sentence)) return false;
  }
  return true;
}
/** "Your refund of Rs.X ..": the refund is what the notice is about (with a future verb: still to come). */
const REFUND_TO_COME = /\b(?:your )?(?:refund|reversal) (?:of|for|amount)\b/;
/** "FASTag .. has been blacklisted due to insufficient balance": a status notice, no payment was attempted. */
const BLACKLISTED = /\b(?:blacklisted|hotlisted|suspended|deactivated)\b/;
/** True when every future verb is "will reflect in (your) (next) statement". */
function statementOnly(t: string): boolean {
  FUTURE_ALL.lastIndex = 0;
  for (let m = FUTURE_ALL.exec(t); m !== null; m = FUTURE_ALL.exec(t)) {
    if (m[0] !== "will reflect" || !STATEMENT_AFTER.test(t.slice(m.index + m[0].length, m.index + m[0].length + 40)))
      return false;
  }
  return true;
}
const STATEMENT_AFTER = /^ in (?:your )?(?:next |upcoming )?(?:card |credit card )?statement/;
const PENDING =
  /\b(?:pending|under review|under process|in process|on hold|being processed|blocked for|pre-?auth(?:ori[sz]ation)?)\b/;
// Dispute words appear in boilerplate ("Call 1800.. for dispute"), so only a dispute *about this message* counts.
const DISPUTE =
  /\b(?:your|the) (?:dispute|complaint|chargeback|service request|grievance)\b|\b(?:dispute|complaint|chargeback) (?:request|has been|is|was|raised|registered|no|number|id)\b/;
const ORDER =
  /\b(?:order|shipment|package|parcel|delivery)\b.{0,80}\b(?:shipped|delivered|dispatched|out for delivery|placed|confirmed|arriving)\b/;
const BALANCE =
  /\b(?:available balance|avl bal|avbl bal|balance|bal|a\/c bal|avlbl amt|avail\.? ?bal|value of your holdings|portfolio value)\b|शेष/;
/** A balance of reward points, miles or coins is not money. */
const POINTS_BALANCE = /\b(?:points?|pts|miles|coins) bal(?:ance)?\b/;
/** A loan offer says the money "gets credited" ("Funds credited to your A/c in seconds"); a disbursal says it was. */
const LOAN_OFFER =
  /\b(?:eligible for|pre-?approved|instant loan)\b|\bloans?\b[^.]{0,40}\bup ?to (?:rs\.?|inr|₹) ?\d|\bloan of [^.!]{0,30}\bis ready\b/;
/** "Your e-RUPI voucher of Rs 1,500 .. has been redeemed at X": the voucher's money was spent, no ad. */
/** "You have received an e-RUPI voucher of Rs 2,000 from MoHFW .. Redeem at ..": a voucher issued, no money moved yet. */
const VOUCHER_ISSUED = /\b(?:received an?|your) e-rupi voucher\b/;
const VOUCHER_REDEEMED = /\b(?:voucher|e-rupi)\b[^;\n]{0,80}?\b(?:(?:has been|was) )?redeemed at\b/;
const MOVE_DONE =
  /\b(?:has been|have been|is|was|been) (?:debited|credited|deducted|deposited|withdrawn|disbursed|transferred)\b/;
/** A KYC reminder ("is due for periodic KYC updation", "Complete your full KYC") moves nothing. */
const KYC = /\b(?:re-?)?kyc\b/;
/** Reward points credited ("4,380 Membership Rewards points earned .. have been credited") are not money. */
/** "You have 4,860 reward points worth Rs.1,215 .. Redeem before ..": a points statement, not money (nor an ad without T&C/offer words). */
const POINTS_WORTH = /\b\d[\d,]* (?:[a-z]+ ){0,2}points? worth\b/;
/** A fraud warning quotes amounts ("Fraudsters may call claiming Ksh3,500 was sent to you", "never share OTP"): nothing moved. */
const FRAUD_WARNING = /\b(?:fraudsters?|scammers?|beware of (?:fraud|scam)s?|beware of (?:fake |such )?calls)\b|ठगों/;
/** "उपलब्ध शेष राशि रु.9,310.40 है": a Hindi balance statement. */
const HINDI_BALANCE = /शेष (?:राशि )?(?:रु|₹|inr)[^।]{0,20}है/;
const POINTS_CREDIT = /\b\d[\d,]* (?:[a-z]+ ){0,2}points? (?:earned|credited|added|have been|has been)\b/;
const EMI_DONE =
  /\b(?:has been|have been|is now|is|was|been) (?:converted (?:in)?to (?:\d{1,2} )?emis?|booked as (?:a )?loan)\b/;
/** "Processing fee of INR 235.82 (incl. GST) has been charged": a fee taken with an EMI conversion is a transaction. */
const FEE_TAKEN = /\b(?:fee|charges?)\b.{0,50}?\b(?:has been|have been|was|is) (?:debited|charged|levied|deducted)\b/;
const STRONG_PROMO = /\b(?:offers?|t&cs?|apply|pre-?approved|win|cashback|interest rate|transfer your)\b/;
const TXN_WORD =
  /\b(?:debited|transferred|credited|credit by|credit of|spent|withdrawn|paid|sent|received|deposited|transferred|purchase|deducted|charged)\b|डेबिट|जमा|क्रेडिट/;

// Direction: whichever verb comes first wins ("debited from A/c .. and credited to VPA .." is a debit).
// One regex, two groups: group 1 = debit verb, group 2 = credit verb; the leftmost match decides.
/** Terse and third-party Indian formats (issue 13 §5): "Dr INR 29,000.00 from A/c", "Acct XX12 Dr. Rs. 75.50",
 * "UPI debit:Rs.599.00", "A/c X7477 DEBIT:Rs.983.75", "DEBIT with amount Rs. 2000.00", "transaction number 1234 for
 * Rs.383.00 by .. Card", "Payment INR 50.00 (ID:..) confirmed", "Merchant X has received Rs 21 from your A/c" (our
 * money left us). Credits: "Cr INR 5,000.00 to A/c", "UPI Credit:INR Rs.15000.00", "CREDIT with amount Rs. 5550.00",
 * "Cashback .. has been sent to your .. A/c", "Net interest INR 248.07 paid on your .. Deposit". */
const CUR = String.raw`(?:inr ?)?(?:rs\.?|inr|₹)`;
/** Any ISO 4217 code of the currency table: "A/C XXX9087 Dr NPR 1,500.00" is as terse in Nepal as in India. */
const ISO = CURRENCIES.map((c) => c.code.toLowerCase()).join("|");
/** Two-letter tokens printed upper-case like a code ("KD", "BD", "JD", "SR"): "transfer of KD 75.000 to X". */
const CODE_LIKE = [...TOKENS.values()]
  .filter((t) => t.cased && /^[a-z]{2}$/.test(t.lower))
  .map((t) => t.lower)
  .join("|");
const TERSE_DEBIT = [
  String.raw`dr\.? ?(?:by |with )?(?=${CUR} ?\d|(?<=[. ])(?:${ISO})\b ?\d)|debit ?: ?(?=${CUR} ?\d)|debit with amount`,
  String.raw`(?:transaction|txn) (?:number|no\.?|#) ?[\w-]{1,20} for (?=${CUR} ?\d)`,
  String.raw`payment ${CUR} ?[\d,.]+ (?:\([^)]{0,40}\) )?confirmed|has received ${CUR} ?[\d,.]+ from your`,
  String.raw`a dr\.? (?:transaction|txn)`,
  // Other currencies' wording (issue 13): "Debit order R899.00", "Transfer of NGN 7,500.00 to X", "payment to X successful".
  // "Payment Tk 850.00 to X successful", "Transfer OMR 75.000 to X": "of" may be left out.
  // "Transfer of KD 75.000 to X" (Kuwait's two-letter token); "WDL ATM, R800.00" (Absa: a cash withdrawal).
  String.raw`wdl atm|atm wdl|cash wdl|debit order|(?:payment|transfer) (?:of (?:[a-z]{3}|${CODE_LIKE}|[^\w\s])|(?:[a-z]{2,3}\.?|[^\w\s])) ?[\d,.]+ to ` +
    String.raw`(?!your\b|account\b(?! ending\b)|a\/c\b|card\b)|` +
    String.raw`payment to [^.\n]{1,40}? successful|` +
    // Nigerian wallets: "Debit NGN 7,800.00 from acct", "Debit Alert! Amt: NGN7,800.00"; EcoCash: "Transfer
    // Confirmation. $25.00 to 0774.. - NAME successful".
    String.raw`(?<!available |avl |avail )debit (?=(?:${ISO})\b ?\d)|debit alert\b|` +
    String.raw`transfer confirmation\. (?:[a-z]{3} ?|[^\w\s])?[\d,.]+ to\b`,
].join("|");
const TERSE_CREDIT = [
  String.raw`cr\.? ?(?:by |with )?(?=${CUR} ?\d|(?<=[. ])(?:${ISO})\b ?\d)|credit ?: ?(?=${CUR} ?\d)|credit with amount`,
  String.raw`(?:has been|have been|was|is) (?:sent|transferred|deposited) to your (?:[a-z]+ ){0,3}(?:a\/c|ac|acct|account|wallet)`,
  String.raw`interest ${CUR} ?[\d,.]+ (?:has been )?paid (?:on|to|into) your`,
  String.raw`a cr\.? (?:transaction|txn)|(?:has been )?made into your (?:a\/c|ac|acct|account)`,
  // "your claim ID .. for Rs 50,000 has been settled .. and amount sent to bank a/c" (EPF, insurers): paid out to us.
  String.raw`claim [^.]{0,60}?\b(?:has been|is|was) settled\b|` +
    // "Credit NGN 72,000.00 to acct .. from NAME", "Credit Alert! Amt: NGN20,000.00", "Transfer Confirmation. ZWG
    // 150.00 from 2637.. - NAME approved".
    String.raw`(?<!available |avl |avail )credit (?=(?:${ISO})\b ?\d)|credit alert\b|` +
    String.raw`transfer confirmation\. (?:[a-z]{3} ?|[^\w\s])?[\d,.]+ from\b`,
].join("|");
/** "IMPS of Rs 5,000.00 from A/c XX2290 to X": our money left by a named rail (one literal each, for the gate). */
const RAIL_FROM_ACCOUNT = ["imps", "neft", "rtgs"]
  .map((rail) => String.raw`${rail} of ${CUR} ?[\d,.]+ from (?:your )?(?:a\/c|ac|acct|account)`)
  .join("|");
export const DIRECTION_VERB = new RegExp(
  String.raw`(^(?:debit|txn (?=rs|inr|₹))\b|\b(?:${TERSE_DEBIT})|\ddebited\b|\b(?:debited|(?:money|funds?) transferred(?=\s?[-:]|` +
    String.raw`\sfrom\b)|debit of|has a debit(?! balance)|debit by|(?:payment|transfer) of (?:rs\.?|inr|₹) ?[\d,.]+ (?:made|` +
    String.raw`from a\/c)|thank you for using [^.\n]{0,40}?card\b[^\n]{0,30}? for (?:rs\.?|inr|₹)|(?:a )?charge of (?:rs\.?|` +
    String.raw`inr|₹|usd|aed|sgd|\$) ?[\d,.]+|(?:has been|was) (?:executed|(?:successfully )?(?:processed|collected) from (?:your )?(?:a\/c|` +
    String.raw`acct|account|card)|used to (?:fully |partially )?pay)|executed successfully|invested|thank you for (?:investing|` +
    String.raw`(?:your )?investment of)|you bought|(?:sip|purchase|investment) (?:instal{1,2}ment )?of (?:rs\.?|` +
    String.raw`inr|₹) ?[\d,.]+ [^.]{0,120}?(?:(?:has been|was) processed|processed (?:on|at|successfully)\b)|credited to (?:the )?(?:beneficiary|` +
    String.raw`payee)|merchant name(?=:)|payment successful(?=[!.:]? ?(?:rs|inr|₹))|(?:payment|transfer|txn|transaction) of (?:rs\.?|` +
    String.raw`inr|₹) ?[\d,.]+ [^.]{0,100}?\b(?:(?:was|is|has been) (?:processed )?successful(?:ly)?|successful(?! (?:only )?(?:after|` +
    String.raw`once|if)\b))|card (?:txn|transaction) (?:to|at|(?:of )?(?:[a-z]{3} ?)?[\d,.]+ ?(?:[a-z]{3} )?at)|` +
    String.raw`spent|withdrawn|withdrawal|withdraw|paid(?! you\b| into your\b)|sent(?! you\b)|you have (?:successfully )?transferred|` +
    String.raw`purchase|purchased|deducted|charged|used at|used for|transferred to(?! your)|transferred from|trf to|` +
    String.raw`txn of|txn for|transaction of|trxn\.? of|(?:recovered|remitted) from (?:your )?(?:a\/c|acct|account|` +
    String.raw`ac)|(?:standing instruction|si|mandate|auto-?debit) (?:of|for) (?:rs\.?|inr|₹) ?[\d,.]+ [^;\n]{0,80}?\bexecuted|` +
    String.raw`you made a|made a purchase|(?:transaction|txn) (?:was |has been )?made at|amt ?: ?[^\d\s]{0,4} ?[\d,]+(?:\.\d\d)? ?dr|` +
    String.raw`txn ?: ?debit|${RAIL_FROM_ACCOUNT}|` +
    String.raw`(?:added|loaded) to (?:your )?upi lite from|(?:added|loaded) to (?:your )?[a-z]+ wallet from [^.\n]{0,40}?\b(?:card|a\/c|acct) (?:no\.? ?|ending (?:in )?)?[x*]*\d{3,}|(?:voucher|e-rupi)\b[^;\n]{0,80}?\b(?:(?:has been|was) )?redeemed at|(?:payment|transfer) of (?:rs\.?|inr|₹|sgd|usd|aed|ksh|\$) ?[\d,.]+ to|dr\.? from|` +
    String.raw`(?:premium|emi|instal{1,2}ment) of (?:rs\.?|inr|₹) ?[\d,.]+ (?:for (?:your )?[a-z ]{2,30}?(?:[\w/-]*\d[\w/-]* )?|towards [^.]{2,40}?)?` +
    String.raw`(?:has been |is )?received|received (?:your )?(?:premium|emi|instal{1,2}ment)(?: of| amount)? (?:rs\.?|inr|₹) ?\d[\d,.]*\d)\b|` +
    String.raw`डेबिट|निकाले|काटे|कटौती|भेजे|खर्च|अंतरित|निकासी (?:की गई|हुई)|नामे (?:किया|की|किए|डाले)|लेनदेन [^।]{0,20}?(?<!नहीं )किया गया|` +
    String.raw`भुगतान [^।]{0,50}?(?<!नहीं )किया गया)` +
    String.raw`|(^credit\b(?! card| agricole| mutuel| lyonnais)|\b(?:${TERSE_CREDIT})|\dcredited\b|\b(?:(?:rs\.?|inr|₹) ?[\d,.]+ cash deposit (?:in|into|to) (?:your )?(?:a\/c|ac|acct|account)|cash deposit (?:of )?(?:rs\.?|inr|₹) ?[\d,.]+ (?:in|into|to) (?:your )?(?:a\/c|ac|acct|account)|(?:cash )?deposit of (?:rs\.?|inr|₹) ?[\d,.]+ (?:in|` +
    String.raw`into|to) your|(?:has been|was|is) (?:re)?(?:loaded|recharged|topped up) with|sent you|paid you|transferred to your|` +
    String.raw`paid into your|thanks for paying|thank you for paying|credited|disbursed|(?<!\b(?:continue|continued|` +
    String.raw`uninterrupted|resume|ensure|avoid stoppage of|stoppage of) (?:the )?)credit of|credit by|has a credit|` +
    String.raw`has credit for|direct deposit|amt ?: ?[^\d\s]{0,4} ?[\d,]+(?:\.\d\d)? ?cr|txn ?: ?credit|received|` +
    String.raw`deposited|added to|added in|refunded|reversed|credited back|cr\.? to)\b|जमा|प्राप्त|क्रेडिट(?! कार्ड))`,
);

/** "Your A/c XX12 balance is INR 5,000 as on .. A debit of INR 649 .. was made on ..": a balance alert that
 * mentions an earlier transaction. Its first sentence states the balance and moves nothing. */
const BALANCE_FIRST = new RegExp(
  String.raw`^[^.]{0,60}\b(?:balance|bal)\b(?: (?:in|of|for) (?:your )?(?:a\/c|ac|acct\.?|account)(?: no\.?)? ?[x*#.]*\d{3,6})?(?: on [\d\w-]{6,11}|` +
    String.raw` as on [\d\w-]{6,11})? (?:is|stands at|was) (?:rs\.?|inr|₹)`,
  "",
);
function balanceFirst(t: string): boolean {
  const k = t.indexOf("bal");
  if (k < 0 || k > 70) return false; // most alerts print the balance last
  const m = BALANCE_FIRST.exec(t);
  if (!m) return false;
  const end = t.indexOf(". ", m[0].length);
  return !TXN_WORD.test(t.slice(0, end < 0 ? t.length : end));
}

/** "Ksh780.00 paid to X .. New M-PESA balance is Ksh5,660.50 .. Download the app & get 500MB FREE": an ad appended
 * to a transaction alert. True when a money verb and a balance come before the first ad word. */
function adAfterAlert(t: string): boolean {
  const p = PROMO.exec(t);
  if (!p || p.index < 30) return false;
  const head = t.slice(0, p.index);
  // A balance, or a movement said to be done ("has been withdrawn by NPR 20,008.00 .. Download App"), came first.
  return (/\bbal(?:ance)?\b/.test(head) || PAST_MOVE_STRICT.test(head)) && detectDirection(head) !== null;
}

/** The points come before the credit verb, so they are what was credited ("Rs.2,000 credited .. 200 points earned" is money). */
function pointsCredited(t: string): boolean {
  const p = POINTS_CREDIT.exec(t);
  const v = DIRECTION_VERB.exec(t);
  return p !== null && v !== null && p.index < v.index;
}

export function detectDirection(t: string): Direction | null {
  const m = DIRECTION_VERB.exec(t);
  if (!m) return null;
  // "Balance .. is INR 31,450. Last txn: Dr INR 15,000": an earlier transaction quoted by a balance alert.
  if (
    (m[0].startsWith("dr") || m[0].startsWith("cr")) &&
    LAST_TXN_BEFORE.test(t.slice(Math.max(0, m.index - 20), m.index))
  ) {
    return detectDirection(t.slice(m.index + m[0].length));
  }
  if (m[1] !== undefined) return "debit";
  // "Your FASTag/ForexPlus Card XX .. has been loaded/recharged with": a credit to that instrument only; a phone
  // "has been recharged with Rs.299" is a purchase, so without the instrument the verb is skipped.
  if (
    m[0].endsWith(" with") &&
    !LOADED_INSTRUMENT.test(t.slice(Math.max(0, t.lastIndexOf(". ", m.index) + 1, m.index - 60), m.index))
  ) {
    const rest = t.slice(m.index + m[0].length);
    return detectDirection(rest);
  }
  return "credit";
}
const LAST_TXN_BEFORE = /\blast (?:txn|transaction)s?:? $/;
/** What can be loaded with money: a card, a FASTag, a wallet. */
const LOADED_INSTRUMENT = /\b(?:card|fastag|tag|wallet)\b/;

/**
 * Decides what the SMS is. Negatives are checked before money movement so that an OTP, a due reminder or a
 * future debit that quotes an amount is never reported as a transaction.
 * `lower` is the normalised body in lower case; `hasAccount` whether an account/card tail was found; `gates` the
 * gate bits of `lower` when already found (`GATE_KEYWORDS` as plain substrings, e.g. by `scan.ts`'s `scanText`).
 */
/** The first sentence: up to ". ", "! ", "? " or "।" (not the dot of "Rs."/"No."/"A/c."), else the whole text. */
const SENTENCE_END =
  /[.!?](?<!\b(?:rs|no|a\/c|ac|acct|avl|avbl|bal|ref|txn|mr|ms|dr|st|pvt|ltd|co|ph|inr|approx|vs)[.!?])(?= +[^\s.\d])|\.(?<!\b(?:rs|no|a\/c|ac|inr|bal)\.)(?= +\d[\d,]* [a-z])|।/;
function firstSentence(t: string): string {
  const m = SENTENCE_END.exec(t);
  return m === null ? t : t.slice(0, m.index);
}
const HEAD_DONE = new RegExp(
  String.raw`\b(?:has been|have been|was|is|were) (?:successfully )?(?:debited|credited|charged|used|made|paid|` +
    String.raw`sent|successful|deducted|deposited|transferred)\b|\b(?:paid|debited|spent|sent|withdrawn|credited|` +
    String.raw`deducted) (?:rs|inr|₹|from|to|in|at)\b|^(?:[^:]{0,30}: ?)?(?:paid|sent) (?:rs|inr|₹)|\byou made a\b|` +
    String.raw`जमा|डेबिट|भेजे`,
  "",
);
const NOT_MONEY = /\b(?:supercash|cashback|coins?|\d[\d,]* (?:[a-z]+ )?points?|convert)\b/;
const SENTENCE_END_ALL = new RegExp(SENTENCE_END.source, "g");
/** "Beware of fraudsters! Rs.5,000 credited to A/c .." still reports the credit: true when a sentence without a fraud
 * word says a movement was done, with an amount. */
function movedOutsideWarning(t: string): boolean {
  SENTENCE_END_ALL.lastIndex = 0;
  let start = 0;
  for (;;) {
    const m = SENTENCE_END_ALL.exec(t);
    const s = t.slice(start, m === null ? t.length : m.index);
    if (!FRAUD_WARNING.test(s) && HEAD_DONE.test(s) && headAmount(s)) return true;
    if (m === null) return false;
    start = m.index + m[0].length;
  }
}
/** Whether a sentence prints an amount in any currency of `locales/currencies.ts`. */
const headAmount = (s: string, tokenStarts?: readonly number[] | null): boolean =>
  scanAmounts(s, 0, s.length, false, -1, -1, { tokenStarts }).length > 0;
/** Negatives a later boilerplate sentence can raise: an OTP warning, an offer, a bill-due line, a pending/"will" aside. */
const OVERRIDABLE = new Set<Intent>(["otp", "payment_request", "bill_due", "promo", "scheduled", "failed", "other"]);
/** After the later sentences: words that make a future/failed aside about this very money (a reversal to come). */
const ABOUT_THIS_MONEY =
  /\b(?:refund|revers|revert|credited back|fail|declin|not successful|unsuccessful|disput|pending)/;

/**
 * Classifies the text; when that yields a negative, a first sentence that states a completed movement with an
 * amount ("Rs.2,150 paid from A/c .. to BESCOM. Your next bill will be due on ..") wins over trailing boilerplate.
 */
export function classify(
  lower: string,
  hasAccount: boolean,
  gates?: number,
  tokenStarts?: readonly number[] | null,
): Classification {
  const c = classifyText(lower, hasAccount, gates);
  if (!OVERRIDABLE.has(c.intent) || c.direction === null) return c;
  if (c.intent === "other" && c.reason !== "pending" && c.reason !== "unknown") return c;
  const head = firstSentence(lower);
  if (head.length === lower.length || head.length < 20 || !HEAD_DONE.test(head) || !headAmount(head, tokenStarts))
    return c;
  // An ad's first sentence may quote a past spend ("Convert your purchase of Rs.X at CROMA into EMIs"): only a
  // movement said to be done, of money (not SuperCash/cashback/points), is kept over the offer.
  if (c.intent === "promo" && (PROMO.test(head) || NOT_MONEY.test(head))) return c;
  const h = classifyText(head, hasAccount);
  if (h.intent !== "transaction" && h.intent !== "refund") return c;
  // A failed/declined notice or a reversal to come in the later sentences is about this money: keep it.
  if (
    (c.intent === "failed" || c.intent === "scheduled" || c.reason === "pending") &&
    h.intent === "transaction" &&
    ABOUT_THIS_MONEY.test(lower.slice(head.length))
  )
    return c;
  return { intent: h.intent, reason: "first_sentence", direction: h.direction };
}

function classifyText(lower: string, hasAccount: boolean, gates?: number): Classification {
  // The gates of the whole text are a superset of those of the text without boilerplate: a gate only decides
  // whether a check's regex runs, so they are not recomputed after the boilerplate is cut.
  const bits = gates ?? gateBits(lower);
  const t = bits & BIT.boiler ? lower.replace(BOILERPLATE, " ") : lower;
  // Without a direction word (gate) there is no direction verb; after a boilerplate cut (t !== lower) the words
  // around a cut could meet, so the regex decides.
  const direction = (bits & BIT.direction) === 0 && t === lower ? null : detectDirection(t);
  // Each regex is gated by a cheap substring check: most alerts skip most regexes.
  // A fraud warning: the amounts it quotes are the scam's, and its OTP is a "never share" one.
  if ((bits & BIT.fraud) !== 0 && FRAUD_WARNING.test(t)) {
    if (!movedOutsideWarning(t)) return { intent: "other", reason: "unknown", direction };
  }
  if ((bits & BIT.otp) !== 0 && OTP.test(t)) return { intent: "otp", reason: "otp", direction };
  if ((bits & BIT.mandate) !== 0 && MANDATE.test(t) && MANDATE_NOTICE.test(t) && !PAST_DEBIT.test(t))
    return { intent: "scheduled", reason: "mandate", direction };
  let future = (bits & BIT.future) !== 0 && FUTURE.test(t);
  if ((bits & BIT.request) !== 0) {
    if (REQUEST.test(t) || (REQUEST_LOOSE.test(t) && UPI_HINT.test(t))) {
      // "Request for Rs.350 from x@y .. has been declined by you": the request is over, nothing will move.
      if ((bits & BIT.declined) !== 0 && REQUEST_DECLINED.test(t))
        return { intent: "declined", reason: "declined", direction: "debit" };
      return { intent: "payment_request", reason: "request", direction: "debit" };
    }
    // "Your funds transfer request of AED 130.00 from account XX03 .. has been processed": the transfer is done.
    if (!future && TRANSFER_REQUEST_DONE.test(t)) return { intent: "transaction", reason: "debit", direction: "debit" };
    if (!future && REQUEST_ACK.test(t) && !PAST_MOVE_STRICT.test(t))
      return { intent: "other", reason: "request_ack", direction };
  }
  const pending = (bits & BIT.pending) !== 0 && PENDING.test(t);
  // A pending payment's "if it fails, money will be refunded" is not a scheduled move: the notice is about the pending one.
  if (future && pending && conditionalFuture(t)) future = false;
  // "Annual Fee of Rs.589.82 has been debited .. It will reflect in your next statement": done, only billed later.
  if (future && t.includes("statement") && PAST_MOVE_STRICT.test(t) && statementOnly(t)) future = false;
  // A refund moves money only once it is done: "refund pending/under process" is not a refund yet.
  if (!future && !pending && (bits & BIT.refund) !== 0 && REFUND.test(t))
    return { intent: "refund", reason: "refund", direction: "credit" };
  // "Your refund of Rs.299 for the failed recharge has been initiated. It will reflect ..": a refund to come, whatever failed before.
  if (future && (bits & BIT.refund) !== 0 && REFUND_TO_COME.test(t))
    return { intent: "scheduled", reason: "future", direction };
  if ((bits & BIT.declined) !== 0 && DECLINED.test(t)) return { intent: "declined", reason: "declined", direction };
  if ((bits & BIT.failed) !== 0 && FAILED.test(t)) return { intent: "failed", reason: "failed", direction };
  if ((bits & BIT.insufficient) !== 0 && INSUFFICIENT.test(t)) {
    return BLACKLISTED.test(t)
      ? { intent: "other", reason: "unknown", direction }
      : { intent: "declined", reason: "declined", direction };
  }
  // A past spend turned into EMIs ("Rs.15,499 spent at X has been converted into 6 EMIs") moves no new money,
  // even when a fee "will be billed".
  if ((bits & BIT.emiDone) !== 0 && EMI_DONE.test(t) && !FEE_TAKEN.test(t))
    return { intent: "other", reason: "limit", direction };
  // "Loan approved! .. Complete KYC now .. T&C": an offer that asks for KYC stays an offer.
  if ((bits & BIT.kyc) !== 0 && KYC.test(t) && !PAST_MOVE.test(t) && !STRONG_PROMO.test(t))
    return { intent: "other", reason: "unknown", direction };
  if (future) return { intent: "scheduled", reason: "future", direction };
  if ((bits & BIT.lien) !== 0 && LIEN.test(t)) return { intent: "other", reason: "pending", direction };
  // "Your KCC A/c .. is due for annual renewal": an account review, no payment is due.
  if ((bits & BIT.due) !== 0 && t.includes("renewal") && RENEWAL_DUE.test(t))
    return { intent: "other", reason: "unknown", direction };
  if ((bits & BIT.due) !== 0 && BILL_DUE.test(t) && !PAST_MOVE.test(t))
    return { intent: "bill_due", reason: "bill_due", direction };
  if (pending && !PAST_MOVE_STRICT.test(t)) return { intent: "other", reason: "pending", direction };
  if ((bits & BIT.pending) !== 0 && DISPUTE.test(t)) return { intent: "other", reason: "dispute", direction };
  if ((bits & BIT.limit) !== 0 && LIMIT.test(t) && !LIMIT_OFFER.test(t))
    return { intent: "other", reason: "limit", direction };
  const txnWord = direction !== null || TXN_WORD.test(t);
  if (
    (bits & BIT.balance) !== 0 &&
    (!txnWord || balanceFirst(t) || (t.includes("शेष") && HINDI_BALANCE.test(firstSentence(t)))) &&
    BALANCE.test(t) &&
    !STRONG_PROMO.test(t) &&
    !POINTS_BALANCE.test(t)
  )
    return { intent: "balance", reason: "balance", direction };
  if ((bits & BIT.order) !== 0 && ORDER.test(t) && !PAST_MOVE.test(t))
    return { intent: "other", reason: "order", direction };
  // "1,240 reward points earned on your Card .. Redeem at ..": a points notice, not an ad, unless it says T&C/offers.
  if (
    (bits & BIT.promo) !== 0 &&
    t.includes("point") &&
    (POINTS_CREDIT.test(t) || POINTS_WORTH.test(t)) &&
    !STRONG_PROMO.test(t) &&
    !PAST_MOVE_STRICT.test(t)
  )
    return { intent: "other", reason: "unknown", direction };
  if (t.includes("e-rupi") && VOUCHER_ISSUED.test(t) && !VOUCHER_REDEEMED.test(t))
    return { intent: "other", reason: "unknown", direction };
  if (
    (bits & BIT.promo) !== 0 &&
    PROMO.test(t) &&
    !VOUCHER_REDEEMED.test(t) &&
    (!(hasAccount && PAST_MOVE.test(t)) || (LOAN_OFFER.test(t) && !MOVE_DONE.test(t))) &&
    !adAfterAlert(t)
  )
    return { intent: "promo", reason: "promo", direction };
  if (direction === "credit" && t.includes("point") && pointsCredited(t))
    return { intent: "other", reason: "unknown", direction };
  if (direction) return { intent: "transaction", reason: direction, direction };
  return { intent: "other", reason: "unknown", direction };
}

/** "dr"/"cr" before a currency ("Dr INR", "cr.by rs", "Dr.₹"), as DIRECTION_VERB's terse forms print them. */
const TERSE_MARKS: readonly string[] = ["dr", "cr"].flatMap((w) =>
  ["", "."].flatMap((dot) =>
    ["", " "].flatMap((space) =>
      ["", "by ", "with "].flatMap((by) => ["i", "r", "₹"].map((cur) => w + dot + space + by + cur)),
    ),
  ),
);
/** "Dr NPR 1,500.00", "Cr. KES": "dr"/"cr" and a separator before the first letter of any ISO code. */
const ISO_MARKS: readonly string[] = ["dr", "cr"].flatMap((w) =>
  [". ", ".", " "].flatMap((sep) =>
    ["", "by "].flatMap((by) => [...new Set(ISO.split("|").map((c) => c[0]!))].map((l) => w + sep + by + l)),
  ),
);
/** At least one of these occurs in every DIRECTION_VERB match (see the `direction` gate). */
export const DIRECTION_WORDS: readonly string[] = [
  ...TERSE_MARKS,
  ...ISO_MARKS,
  ...["dr from", "dr. from", "cr to", "cr. to"],
  ...["debit", "credit", "txn", "trxn", "transaction", "trf", "payment", "transfer", "received", "amt"],
  ...["thank you for using", "charge", "executed", "processed", "collected", "used ", "invest", "you bought"],
  ...["merchant name", "successful", "spent", "withdraw", "paid", "sent", "purchase", "deducted", "recovered"],
  ...["remitted", "you made a", "deposit", "made into your", "loaded", "topped up", "for paying", "disbursed"],
  ...["added ", "imps of", "neft of", "rtgs of", "redeemed at", "refunded", "reversed", "settled", "wdl"],
  ...["डेबिट", "निकाले", "काटे", "कटौती", "भेजे", "खर्च", "अंतरित", "निकासी", "नामे ", "किया गया"],
  ...["जमा", "प्राप्त", "क्रेडिट"],
];

// Gate keywords: one regex pass over the text sets a bit per group; a group's regex only runs when its bit is set.
const GATES = {
  boiler: ["share", "disclose", "tell", "never ask"],
  otp: ["otp", "password", "code", "pin", "secure", "tac", "ओटीपी", "पासवर्ड", " to authori", " to approve"],
  mandate: ["sip", "mandate", "auto", "standing", "nach", " si"],
  request: ["request", "application", "want to pay", "अनुरोध", "pending payment", "pop-up to pay", "popup to pay"],
  fraud: ["fraudster", "scammer", "beware", "ठगों"],
  future: [
    "will",
    "जाएगी",
    "to be",
    "initiated",
    "converted",
    "would be",
    "shall be",
    "due for",
    "schedul",
    "upcoming",
    "on or after",
    "renews",
    "जाएगा",
    "जाएंगे",
    "होगा",
    "होगी",
    "होंगे",
    "कटेग",
    "होईल",
    "जाईल",
    "येईल",
  ],
  refund: ["refund", "revers", "revert", "credited back", "रिफंड"],
  declined: ["declin", "reject", "approved", "authori", "incorrect", "invalid", "wrong", "अस्वीकार", "अस्वीकृत"],
  failed: [
    "fail",
    "rejected by",
    "returned by",
    "bounc",
    "dishono",
    "unpaid",
    "returned",
    "unsuccess",
    "not succ",
    "could not",
    "ecs return",
    "nach return",
    "not completed",
    "not executed",
    "timed out",
    "नाही",
    "नहीं",
    "विफल",
    "असफल",
  ],
  insufficient: ["insufficient", "not have enough"],
  due: ["due", "expire", "pay by", "last date", "bill", "statement", "disconnection", "बकाया", "देय"],
  limit: ["limit"],
  emiDone: ["converted", "booked as"],
  kyc: ["kyc"],
  lien: ["lien"],
  balance: ["bal", "शेष", "avlbl", "value of your holdings", "portfolio value"],
  pending: [
    "pending",
    "review",
    "process",
    "hold",
    "blocked for",
    "auth",
    "dispute",
    "complaint",
    "chargeback",
    "service request",
    "grievance",
  ],
  order: ["order", "shipment", "package", "parcel", "delivery"],
  // Words of not-money.ts (spam, notices): its regexes run only when one occurs. Look-alike digits in the amount
  // read ("Rs.15,OOO") are checked in index.ts after the amount scan (digits here would slow the pass).
  notMoney: NOT_MONEY_WORDS,
  // Speed: a literal that every match of DIRECTION_VERB contains (one per alternative, by hand from its source):
  // a text with none of them has no direction verb, and the regex (the classifier's largest cost) is not run.
  direction: DIRECTION_WORDS,
  promo: [
    "offer",
    "cashback",
    "get up",
    "up to",
    "upto",
    "% off",
    "flat rs",
    "win",
    "won",
    "apply",
    "approved",
    "t&c",
    "s&c",
    "s & c",
    "tcs apply",
    "tnc",
    "avail now",
    "limited",
    "hurry",
    "exclusive",
    "click",
    "download",
    "upgrade",
    "loan",
    "voucher",
    "coupon",
    "lowest",
    "interest rate",
    "invest now",
    "book now",
    "shop now",
    "sale",
    "refer",
    "earn",
    "get rs",
    "get inr",
    "get ₹",
    "enjoy",
    "claim",
    "lucky",
    "spend",
    "eligible",
    "convert",
    "ready for you",
    "no documents",
    "gift",
    "redeem",
    "opt",
  ],
} as const;
type Gate = keyof typeof GATES;
const GATE_BIT = new Map<string, number>();
/** Gate keyword -> its gate bits; a check's regex runs only when one of its keywords occurs as a substring. */
export const GATE_KEYWORDS: ReadonlyMap<string, number> = GATE_BIT;
const BIT: Record<Gate, number> = {} as Record<Gate, number>;
(Object.keys(GATES) as Gate[]).forEach((g, i) => {
  BIT[g] = 1 << i;
  for (const word of GATES[g]) GATE_BIT.set(word, (GATE_BIT.get(word) ?? 0) | (1 << i));
});
// Every occurrence of every gate keyword is seen (overlapping ones too), in one pass of table lookups
// (`substrings.ts`), so a keyword inside or across another ("authori" and "auth") sets both groups' bits.
const GATE_SCAN = substringScanner(GATE_BIT);
/** Gate bit of not-money.ts's words: without it, no spam/notice check can match. */
export const NOT_MONEY_GATE: number = BIT.notMoney;
/** Gate bit of DIRECTION_WORDS: without it, DIRECTION_VERB cannot match (checked by test/parser/fastpaths.test.ts). */
export const DIRECTION_GATE: number = BIT.direction;

function gateBits(t: string): number {
  return GATE_SCAN.scan(t);
}
