import { requiredLiteral } from "./required-literal";
import { charAfter, hasRailPath } from "./paths";
import type { Direction } from "../schemas/parse-result";
import { FACT, has, literalBit } from "./text-facts";

const STOP =
  String.raw`(?=\s(?:as per|on|in|ref|refno|upi|via|using|from|at|avl|avbl|available|bal|current balance|thru|through|dated?` +
  String.raw`|with|for|towards|info|txn|not|if|call|is|has|was|could|will|by|to your|to [A-Za-z]+ bank|executed|incl|umrn|into|processed` +
  String.raw`|credited|debited|deposited|successful|successfully|approved|posted|to (?:card|account)|utr|vpa|presented|ending|\d{6,}` +
  String.raw`|card(?=\s?(?:no|num` +
  String.raw`|ending|end|xx|x\d|[*#\d]))|a\/c|ac|new|total|-\s?[A-Z]{2,})\b|-sal(?:ary)?\b|\s?[;\n,]` +
  String.raw`|\s?\((?![pi]\)|opc\))|\.(?<![\s.][A-Za-z]\.)(?<!^[A-Za-z]\.)(?<!\bpvt\.)(?:\s|$)|\.(?=(?:bal` +
  String.raw`|avl|avbl)\b)|\s\.(?:\s|$)|\s-|\s[\u2190-\uffff]|$)`;
const NAME = String.raw`(?:(?:mr|mrs|ms|m\/s|shri|smt)\.\s?)?([A-Za-z0-9@&'./_*\-][A-Za-z0-9@&'./_*()#\- ]{1,59}?)`;

const VPA = /\b([a-z0-9][a-z0-9._\-]{1,60}@[a-z][a-z0-9]{1,20})\b/i;
const UPI_PATH =
  /\b(?:UPI|IMPS|NEFT|RTGS)\/(?:(?:P2[AMP]|CR|DR)\/)?[A-Z0-9]{6,22}\/(?:(?:CR|DR)\/)?([^/\n]{2,60}?)(?=\.\s|\.$|\.(?:avl|bal)|[\n;,/]|\s\((?![pi]\))|\s(?:avl|bal|new|on)\b|$)/i;
const NEFT_NAME = /\b(?:NEFT|IMPS|RTGS)[ -]?(?:Cr|Dr)?-[A-Z]{4}0[A-Z0-9]{6}-([^-\n]{2,60})-/i;
/** "NEFT-CITIN26306123456-INFOSYS LIMITED.", "IMPS-631712345111-KAVITA RAO.", "by NEFT-ACME CORP on .." */
const RAIL_NAME = new RegExp(
  String.raw`\b(?:NEFT|IMPS|RTGS)(?:[ -]?(?:Cr` +
    String.raw`|Dr))?-(?:[A-Z0-9]{8,22}-|[A-Z]{4}-(?=[A-Za-z]))?(?:SAL(?:ARY)?\b[^-\n]{0,20}-)?([A-Za-z][A-Za-z0-9&'. ]{1,59}?)(?=\s?[-;,(\n]` +
    String.raw`|\.(?:\s|$)|\s(?:avl|bal|on|ref|utr|dated|via)\b|$)`,
  "i",
);
/** Multi-line card alert: date-time line, then the merchant on a line of its own ("Spent / Card no. XX / INR / date /
 * ZOMATO"; Korean cards print "11/12 12:44" and the merchant in Hangul). */
const LINE_AFTER_TIME =
  /\n\d{1,2}[-/]\d{1,2}(?:[-/]\d{2,4})?,? \d{1,2}:\d{2}(?::\d{2})?(?: ist)?\n([A-Za-z\p{Lo}(][^\n]{1,59})(?:\n|$)/iu;
/** "Info: ECS/LIC OF INDIA/POLICY 77812", "NACH/BAJAJ FINANCE/..", "NACH DR-TATA CAPITAL LTD-TCFPL06..", "ACH D- BAJAJ FINANCE LTD-P400..". */
const ECS_PATH =
  /\b(?:ECS|NACH|ACH)(?:[ -]?(?:DEBIT|DR|D|CR))?\s?[/-]\s?([A-Za-z][^/\n]{1,40}?)(?=\s?[/-]|\.\s|\.$|[\n;,]|$)/gi;
/** Where ECS_PATH can match; tried only when "ecs" or "ach" ("nach" ends with it) occurs. */
const ECS_WORD = /\b(?:ecs|nach|ach)\b[^/\n]{0,8}[/-]/;
/** Whether "ecs", "ach" or "nach" occurs as a whole word (what ECS_WORD needs first; "each", "reach" do not count). */
function ecsWord(lower: string): boolean {
  for (const w of ["ecs", "ach"]) {
    for (let i = lower.indexOf(w); i >= 0; i = lower.indexOf(w, i + 1)) {
      const end = i + 3;
      if (end < lower.length && isWordCode(lower.charCodeAt(end))) continue;
      const before = w === "ach" && i > 0 && lower.charCodeAt(i - 1) === 110 ? i - 2 : i - 1; // "nach"
      if (before >= 0 && isWordCode(lower.charCodeAt(before))) continue;
      return true;
    }
  }
  return false;
}

function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || (c >= 65 && c <= 90);
}

/** "Shubham sent you ₹1,500": the sender leads the message. */
const SENT_YOU =
  /^(?:[A-Za-z][A-Za-z -]{1,20}: )?([A-Za-z][A-Za-z.' &]{1,40}?) (?:has )?(?:sent|paid|transferred) you\b/i;
/** Hindi: "UPI द्वारा RAMESH STORES को भेजे गए" (name before "को"). */
const HINDI_TO =
  /([A-Za-z][A-Za-z0-9.&' ]{1,40}?) को (?:(?:UPI|IMPS|NEFT|RTGS) (?:द्वारा )?)?(?:भेजे|भुगतान|ट्रांसफर|जमा|अंतरित|डेबिट)/i;
/** Hindi credit: "को SURESH PATEL द्वारा जमा किए गए" (name before "द्वारा"). */
const HINDI_BY = /([A-Za-z][A-Za-z0-9.&' ]{1,40}?) द्वारा (?:जमा|भेजे|क्रेडिट)/;
/** Hindi: "IMPS द्वारा RITU SHARMA से जमा किए गए" (from X), "कार्ड XX4472 से BIG BAZAAR पर रु.1,845.00 खर्च" (at X). */
const HINDI_FROM = /([A-Za-z][A-Za-z0-9.&' ]{1,40}?) से (?:जमा|प्राप्त|क्रेडिट)/;
/** Hindi credit naming the payer last: "रु. 3,000 जमा किए गए, SURESH PAL से।". */
const HINDI_FROM_END = /, ?([A-Za-z][A-Za-z0-9.&' ]{1,40}?) से(?=[।.]|\s|$)/;
/** Roman Hindi: "Rs 799.00 UPI dwara FLIPKART ko bheje gaye", "Rs 5,000 NEFT dwara MAHESH KUMAR se jama hue". */
const ROMAN_HINDI =
  /\b(?:UPI|IMPS|NEFT|RTGS|NACH) dwara ([A-Za-z][A-Za-z0-9.&' ]{1,40}?) (?:ko|se) (?:bheje|bheja|jama|transfer|bhugtan|credit|debit)/i;
/** Roman Hindi, rail then payer: "Rs 15,000.00 jama A/c XX12 me .. ko NEFT se PUNJAB MANDI BOARD. Bal ..". */
const ROMAN_RAIL_SE =
  /\b(?:UPI|IMPS|NEFT|RTGS) se ([A-Z][A-Za-z0-9.&' ]{1,40}?)(?=\.\s|\.$|[,;\n]|\s(?:bal|avl|ref)\b|$)/i;
/** Hindi, a payee in Devanagari: "UPI द्वारा सुनील वर्मा को अंतरित किए गए". */
const HINDI_DEVA_TO = /द्वारा ([\u0900-\u097f]+(?: [\u0900-\u097f]+){0,3}) को (?:भेजे|अंतरित|भुगतान|ट्रांसफर)/;
/** A government transfer names its scheme beside "DBT": "(PM-KISAN/DBT)", "(DBT-LADLI BEHNA)", "Rs 6,000.00 PM-KISAN DBT on",
 * "Rs.1,500.00 DBT PM-KISAN on". */
const DBT_SCHEME =
  /(?:\(|(?:rs\.?|inr|₹) ?[\d,.]+ )(?:dbt[ /-]([a-z][a-z -]{1,30}?)(?=\)| on\b|[.,;]|$)|([a-z][a-z -]{1,30}?)[ /-]dbt\b)/;
const HINDI_AT = /([A-Za-z][A-Za-z0-9.&' ]{1,40}?) पर (?:रु|₹|inr|rs|कार्ड|लेनदेन|खर्च|भुगतान)/i;
const DEVANAGARI = /[\u0900-\u097f]/;
/** Hindi NEFT credit: "₹ 18,000.00 NEFT द्वारा जमा किए गए, प्रेषक SHREE GANESH TRADERS." (sender after "प्रेषक"). */
const HINDI_SENDER = /प्रेषक:? ([A-Za-z][A-Za-z0-9.&' ]{1,40}?)(?=\.(?:\s|$)|[,।\n]|\s(?:कुल|शेष|उपलब्ध)|$)/;
/** "Your Amazon Prime subscription has been renewed. INR 1,499.00 charged": the service names the payee. */
const SUBSCRIPTION =
  /\byour ([A-Za-z0-9][A-Za-z0-9&'.+ ]{1,40}?) subscription (?:has been|was|is) (?:renewed|activated|charged|debited)\b/i;
/** "debited .. for UPI-Swiggy Instamart. UPI:6330..": a name tagged with its rail. */
const UPI_DASH =
  /\bUPI-(?:\d{6,22}-)?([A-Za-z][A-Za-z0-9&'. ]{1,40}?)(?=\.\s|\.$|[\n;,]|\s(?:on|ref|upi|avl|bal)\b|$)/i;
/** "Info:IMPS*633198765432*SUREKHA PATIL.": rail, reference and name joined by "*". */
const RAIL_STAR =
  /\b(?:IMPS|NEFT|RTGS|UPI)\*[A-Z0-9]{6,22}\*([A-Za-z][A-Za-z0-9&'. ]{1,59}?)(?=\.\s|\.$|[*\n;,]|\s(?:avl|bal|the|on|ref)\b|$)/i;
/** RAIL_STAR's rail words: it can only match where a "*" directly follows one (masked cards have "*" too). */
const RAIL_STAR_WORDS = ["imps", "neft", "rtgs", "upi"];
/** "towards POS/RELIANCE TRENDS/PUNE": a card (POS) narration, merchant then city. */
const POS_PATH = /\bPOS\/(?:\d{4,}\/)?([A-Za-z][^/\n]{1,40}?)(?=\/|\.\s|\.$|[\n;,]|\s(?:on|avl|bal|ref)\b|$)/i;
const ICICI_STYLE = /;\s?([^;.\n]{2,60}?)\s(?:credited|debited)\b/i;

const DATE_ON = new RegExp(String.raw`\b\d{1,2}[-/](?:\d{1,2}|[A-Za-z]{3})[-/]\d{2,4} on\s${NAME}${STOP}`, "gi");
/** Whether a digit directly precedes some " on" (DATE_ON needs "<year digit> on"). */
function digitThenOn(lower: string): boolean {
  for (let p = lower.indexOf(" on", 1); p >= 0; p = lower.indexOf(" on", p + 1)) {
    const c = lower.charCodeAt(p - 1);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

const DEBIT_PATTERNS: readonly RegExp[] = [
  new RegExp(
    String.raw`\b(?:trf to|transfer to|transferred to|paid to:?|merchant name:|sent to|payment to|autopay for|from agent|for (?:upi )?autopay` +
      String.raw`|mandate for|in favou?r of|favou?ring|auto-?debit (?:of|for)|autopay of|beneficiary(?: name)?:` +
      String.raw`|payee(?: name)?:|towards (?:funds? )?transfer to|towards (?:pos at|pos (?:txn|transaction) at|nach dr|ach dr)` +
      String.raw`|towards|to)\s${NAME}${STOP}`,
    "gi",
  ),
  new RegExp(String.raw`\b(?:at|@)\s${NAME}${STOP}`, "gi"),
  new RegExp(String.raw`\bspent on\s${NAME}${STOP}`, "gi"),
  // "spent using Card XX8014 on 27-Nov-26 on GOOGLE *YouTubePremium": the merchant after the date.
  DATE_ON,
  new RegExp(String.raw`\btransaction with\s${NAME}${STOP}`, "gi"),
  new RegExp(String.raw`\bInfo:?\s${NAME}${STOP}`, "gi"),
];
const CREDIT_PATTERNS: readonly RegExp[] = [
  // "by TRF FROM KEMI ADEYEMI", "by BEFTN from ABC GARMENTS LTD", "by salary from X": the rail or purpose
  // between "by" and "from" is no payer.
  new RegExp(
    String.raw`\b(?:transfer from|received from:?|by (?:trf|beftn|eft|npsb|transfer|salary) from|from:?|by)\s${NAME}${STOP}`,
    "gi",
  ),
  new RegExp(String.raw`\bInfo:?\s${NAME}${STOP}`, "gi"),
];

// The same patterns for the lower-cased text (no case folding at run time; their sources have no \S/\W/\D/\B).
// The name (group 1) ends where the match ends (STOP is a lookahead), so it is cut from the original text.
const DEBIT_LOWER: readonly RegExp[] = DEBIT_PATTERNS.map((re) => new RegExp(re.source.toLowerCase(), "g"));
const DATE_ON_LOWER = DEBIT_LOWER[DEBIT_PATTERNS.indexOf(DATE_ON)]!;
const CREDIT_LOWER: readonly RegExp[] = CREDIT_PATTERNS.map((re) => new RegExp(re.source.toLowerCase(), "g"));
/** A refund or reversal names the merchant after "at"/"for" too ("txn at BLINKIT has been reversed", "credited back .. for MYNTRA"). */
/** "to A/c XX8821 (BHAVNA TRADERS)": the payee's (or payer's) account, then the holder's name in brackets. */
const ACCOUNT_PAREN =
  /\b(?:to|from)\s(?:a\/c|ac|acct|account)\s?(?:no\.?\s?)?[x*#.]{0,12}\d{3,6}\s?\(([a-z][a-z0-9&'. ]{1,40}?)\)/;
/** Debit fallbacks, tried only when the usual patterns found nothing: "mandate of Rs.799 for X", "to A/c XX9920 of X". */
const DEBIT_FALLBACK = new RegExp(
  String.raw`\b(?:(?:mandate|autopay|auto-?debit|si|sip|emi|nach) of (?:rs\.?|inr|₹) ?[\d,.]+ (?:for|towards|` +
    String.raw`to)|(?:sip|purchase|investment)(?: instal{1,2}ment)? of (?:rs\.?|inr|₹) ?[\d,.]+ in|recharge of (?:rs\.?|inr|₹) ?[\d,.]+ for|a\/c\s?(?:no\.?\s?)?[x*#.]{0,12}\d{3,6} of)\s${NAME}${STOP}`.toLowerCase(),
  "g",
);
const REFUND_PATTERNS: readonly RegExp[] = [
  ...CREDIT_PATTERNS,
  DEBIT_PATTERNS[1]!,
  // "reversed to Acct XX41 for failed UPI txn to IRCTC": the payee of the payment that failed.
  new RegExp(
    String.raw`\bfailed (?:upi |imps |neft |card )?(?:txn|transaction|payment) (?:to|at)\s${NAME}${STOP}`,
    "gi",
  ),
  new RegExp(String.raw`\bfor\s${NAME}${STOP}`, "gi"),
];
const REFUND_LOWER: readonly RegExp[] = REFUND_PATTERNS.map((re) => new RegExp(re.source.toLowerCase(), "g"));

/** The literal each keyword pattern requires (lower-cased; "" when it starts with alternatives). */
const PATTERN_NEEDS = new Map<RegExp, string>(
  [...DEBIT_PATTERNS, ...CREDIT_PATTERNS, ...REFUND_PATTERNS, ...DEBIT_LOWER, ...CREDIT_LOWER, ...REFUND_LOWER].map(
    (re) => [re, requiredLiteral(re.source)],
  ),
);
/** The `text-facts.ts` bit of each pattern's literal (0: searched), so that the scan pass answers whether it occurs. */
const PATTERN_BIT = new Map<RegExp, number>(
  [...PATTERN_NEEDS].map(([re, needs]) => [re, needs ? literalBit(needs) : 0]),
);
/** Per pattern list, what the loop needs of each pattern, in one array (no map lookups per pattern at run time). */
interface PatternStep {
  re: RegExp;
  needs: string;
  bit: number;
  dateOn: boolean;
}
const STEPS = new Map<readonly RegExp[], readonly PatternStep[]>();
function stepsOf(patterns: readonly RegExp[]): readonly PatternStep[] {
  let steps = STEPS.get(patterns);
  if (steps === undefined) {
    steps = patterns.map((re) => ({
      re,
      needs: PATTERN_NEEDS.get(re) ?? "",
      bit: PATTERN_BIT.get(re) ?? 0,
      dateOn: re === DATE_ON || re === DATE_ON_LOWER,
    }));
    STEPS.set(patterns, steps);
  }
  return steps;
}

/** Captures that name our own account, the bank, an ATM (a place, not a payee), a phone/number or boilerplate rather than a counterparty. */
const REJECT = new RegExp(
  String.raw`^(?:a\/c|ac|acct|account|your|you|the (?:beneficiary|payee|merchant|account|card|bank|customer)` +
    String.raw`|block|report|dispute|avoid|us|be|card|credit card|debit card|rs\.?|inr|₹|net ?banking|mobile` +
    String.raw`|atm card|customer|bank|sms|self|xx|debit|credit|cheque|chq|upi|imps|neft|rtgs|nach|ecs|ach` +
    String.raw`|atm card|transfer|autopay|auto-?pay|mandate|e-?mandate|standing instruction|si|order|your order` +
    String.raw`|vpa|rd|fd|ppf|cash|vehicle|beneficiary|payee|emi (?:of|for)|end|stop|nav|folio)(?![a-z])|^(?:\d|[x*]+\d)` +
    String.raw`|\b(?:bank a\/c|bank ac|bank card|ending|a\/c\s?[x*]|card\s?[x*]|avl|bal|atm)\b|\bloan$`,
  "i",
);
/** A purpose, tax or own savings scheme printed after "towards"/"by" ("Locker Rent incl GST", "TDS", "e-Tax payment",
 * "NPS contribution", "CLG CHQ NO", "inward remittance", "SSY A/c"), not a payee. VPAs are exempt ("rent.owner@okaxis"). */
const PURPOSE =
  /\b(?:locker|rent(?! a car)|tds|tax|gst|interest|contribution|reload|payment|remittance|commission|charges|dd|demand draft|chq|clg|ssy|nps|pran|scss)\b/i;
const OWN_BANK =
  /^(?:hdfc|icici|sbi|axis|kotak|pnb|bob|canara|union|idfc|indusind|yes|federal|au|idbi|rbl|paytm|airtel(?= (?:payments )?bank))(?: payments)?(?: bank)?(?: a\/c| ac| account| card| credit card| debit card)?$/i;
// Also a date glued after a card descriptor ("CARREFOUR CITY MALL 12/11/2026"), the balance label that follows a
// narration ("SHOPRITE LEKKI Avail"), the account it reached ("FAHAD ALAJMI to acct"), a verb after a mandate's
// payee ("NACH-HDFC LTD EMI credited") and a fund's folio ("Mirae Asset Large Cap Fund Folio 7788XX/21").
// Wallets: a status word ("TENDAI MOYO approved"), the biller's meter or merchant number ("ZESCO PREPAID meter 3719..",
// "OK ZIMBABWE merchant 40221"), the fee printed next ("UMEME LTD Charge UGX 0"); a glued reference ("CRAFT DAIRY
// LTD.Ref 9FT33012") and a date with the month in letters ("JAWAD CITY CENTRE 11-Nov-26").
const TRAIL =
  /[\s.,;:\-/]+$|\s(?:on|dated|the|for|via|ref|upi|avail|avl|bal)$|\s(?:on|dated) \d{1,2}$|\s\d*-?[x*]+\d+$|\s\d{3,}[x*]{3,}$|\s\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?$|\s(?:to|into) (?:your )?(?:acct|a\/c|ac|account|card)$|\s(?:emi )?(?:credited|debited)$|\sfolio(?:(?: no\.?)? ?[\w/]+)?$|(?<=\sfund)(?:\s?-\s?|\s)(?:gr|growth|dir|direct(?: growth)?)$|\sorder(?: no\.?)? ?[\d-]{6,}$|\s(?:approved|successful(?:ly)?|completed)$|\smeter(?: no\.?)?(?: \d{3,})?$|\s(?:merchant|till)(?: no\.?)? \d{3,}$|\scharge(?: [a-z]{3})? ?[\d,.]+$|\.ref:? ?[a-z0-9]+$|\s\d{1,2}-(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)-\d{2,4}$/i;
/** Whether TRAIL can match a name ending in char code `c`: an ASCII space/punctuation of its first alternative, a digit,
 * or the last letter of one of its words (either case); any non-ASCII character (\s has Unicode spaces) is tried. */
function trailCanEnd(c: number): boolean {
  return c >= 128 || TRAIL_END[c] === 1;
}
const TRAIL_END = new Uint8Array(128);
for (const ch of " \t\n\v\f\r.,;:-/0123456789ondeaifrltcxyhONDEAIFRLTCXYH*") TRAIL_END[ch.charCodeAt(0)] = 1;
// "SALARY NOV 2026 DANGOTE CEMENT": a salary narration's month (and year) lead the payer's name.
const LEAD =
  /^(?:(?:vpa|m\/s\.?|mr\.?|ms\.?|mrs\.?|shri|smt|paid to|payment to|sent to|(?:failed )?transfer to|from|to|by|payee|beneficiary|(?:[a-z]+ )?merchant|agent|(?:pos\/)?web(?: purchase| pmn?t| pymt)?|pos purchase|a\/n|pochi la biashara|salary (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}(?: \d{4})?)\s|(?:to|from|by|payee|beneficiary|sender):\s?|bill ?pay ?-\s?)/i;
// Card descriptors end with the city (and country): "SHELL PETROL PUMP MUMBAI IN", "SPOTIFY AB STOCKHOLM SE".
// Looked up by the last words (Set lookups, no regex scan over the name).
const COUNTRY_CODES: ReadonlySet<string> = new Set([
  "IN",
  "IND",
  "US",
  "USA",
  "SE",
  "GB",
  "GBR",
  "SG",
  "SGP",
  "AE",
  "ARE",
  "IE",
  "NL",
  "LU",
  "AU",
  "CA",
  "DE",
  "FR",
  "HK",
  "JP",
  "KE",
]);
const CITY_PREFIXES: ReadonlySet<string> = new Set([
  "LOS",
  "LAS",
  "SAN",
  "SANTA",
  "NEW",
  "ST",
  "SAINT",
  "EL",
  "NAVI",
  "ABU",
  "HONG",
  "KUALA",
]);
const CITIES: ReadonlySet<string> = new Set([
  "new delhi",
  "navi mumbai",
  "mumbai",
  "bombay",
  "delhi",
  "bangalore",
  "bengaluru",
  "gurgaon",
  "gurugram",
  "noida",
  "pune",
  "chennai",
  "hyderabad",
  "kolkata",
  "ahmedabad",
  "jaipur",
  "lucknow",
  "kochi",
  "chandigarh",
  "indore",
  "nagpur",
  "surat",
  "vadodara",
  "bhopal",
  "patna",
  "coimbatore",
  "mysore",
  "mysuru",
  "thane",
  "goa",
  "kanpur",
  "nashik",
  "visakhapatnam",
  "thiruvananthapuram",
  "trivandrum",
  "bhubaneswar",
  "guwahati",
  "ludhiana",
  "madurai",
  "mangalore",
  "doha",
  "singapore",
  "dubai",
  "abu dhabi",
  "sharjah",
  "london",
  "nairobi",
  "new york",
  "stockholm",
  "dublin",
  "san francisco",
  "seattle",
  "amsterdam",
  "vijayawada",
  "ambernath",
  "kalyan",
  "dombivli",
  "vashi",
  "panvel",
  "ghaziabad",
  "faridabad",
  "meerut",
  "agra",
  "varanasi",
  "prayagraj",
  "allahabad",
  "dehradun",
  "amritsar",
  "jalandhar",
  "raipur",
  "ranchi",
  "jamshedpur",
  "vizag",
  "warangal",
  "tirupati",
  "guntur",
  "nellore",
  "hubli",
  "belgaum",
  "belagavi",
  "udupi",
  "manipal",
  "mangaluru",
  "kozhikode",
  "calicut",
  "thrissur",
  "salem",
  "trichy",
  "vellore",
  "puducherry",
  "pondicherry",
  "aurangabad",
  "kolhapur",
  "solapur",
  "rajkot",
  "jodhpur",
  "udaipur",
  "gwalior",
  "jabalpur",
  "srinagar",
  "jammu",
  "shimla",
  "siliguri",
  "cuttack",
  "howrah",
  "secunderabad",
  "mohali",
  "panchkula",
]);
/** Words of company names that precede a two-letter word that is also a country code ("TATA CAPITAL FINANCIAL SE"). */
const BUSINESS_WORDS: ReadonlySet<string> = new Set([
  "FINANCIAL",
  "FINANCE",
  "SERVICES",
  "CAPITAL",
  "BANK",
  "INDIA",
  "LIMITED",
  "LTD",
  "PVT",
  "INSURANCE",
  "SECURITIES",
  "INVESTMENTS",
  "HOLDINGS",
  "TRADING",
  "ENTERPRISES",
  "INDUSTRIES",
  "SOLUTIONS",
  "TECHNOLOGIES",
]);
const CITY_WORD = /^(?!Mktp$|Marketplace$)[A-Z][A-Za-z]{2,}$/;

/** Last words of the multi-word cities ("new delhi" -> "delhi"), to know when to look one word further back. */
const CITY_LAST: ReadonlySet<string> = new Set([...CITIES].map((c) => c.slice(c.lastIndexOf(" ") + 1)));

/** Index of the last space or hyphen before `end`, or -1. */
function lastSep(s: string, end: number): number {
  for (let i = end - 1; i > 0; i--) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 45) return i;
  }
  return -1;
}

/** The name without a trailing "<city> <country code>" or known city; the name itself is kept when nothing would remain. */
function stripPlace(s: string): string {
  const a = lastSep(s, s.length);
  if (a <= 0) return s;
  const last = s.slice(a + 1);
  if (last.length <= 3 && s.charCodeAt(a) === 32 && COUNTRY_CODES.has(last)) {
    const sp2 = s.lastIndexOf(" ", a - 1);
    if (sp2 > 0 && CITY_WORD.test(s.slice(sp2 + 1, a)) && !BUSINESS_WORDS.has(s.slice(sp2 + 1, a).toUpperCase())) {
      const sp3 = s.lastIndexOf(" ", sp2 - 1);
      return s.slice(0, sp3 > 0 && CITY_PREFIXES.has(s.slice(sp3 + 1, sp2)) ? sp3 : sp2);
    }
    return s;
  }
  const lw = last.toLowerCase();
  if (!CITY_LAST.has(lw)) return s;
  const b = lastSep(s, a);
  const cut = b > 0 && CITIES.has(s.slice(b + 1).toLowerCase()) ? b : CITIES.has(lw) ? a : -1;
  if (cut <= 0) return s;
  const rest = s.slice(0, cut);
  return rest.includes(" ") || rest.includes(".") || rest.includes("*") ? rest : s;
}
/** A purpose word printed after the payer/payee ("LIC OF INDIA PREMIUM", "DISTRICT EDUCATION OFFICER SALARY"). */
const PURPOSE_WORDS: ReadonlySet<string> = new Set(["salary", "premium", "emi"]);

/** The name without a trailing purpose word when three or more words remain: in a shorter name the word may be
 * part of it ("YOUTUBE PREMIUM", the older fixture "ESIC HQ SALARY"). */
function stripPurpose(s: string): string {
  const a = s.lastIndexOf(" ");
  if (a <= 0 || !PURPOSE_WORDS.has(s.slice(a + 1).toLowerCase())) return s;
  const b = s.lastIndexOf(" ", a - 1);
  // "EMI" is never part of a lender's name: it goes when two words remain.
  if (b > 0 && s.length - a === 4 && s.slice(a + 1).toLowerCase() === "emi") return s.slice(0, a);
  return b > 0 && s.lastIndexOf(" ", b - 1) > 0 ? s.slice(0, a) : s;
}
const QUOTES = /^['"‘’“”]+|['"‘’“”]+$/g;

const ANY_LETTER = /\p{L}/u;
/** Trims junk around a captured name; null when nothing useful remains. */
export function cleanCounterparty(raw: string): string | null {
  let s = raw.trim();
  let t = s.replace(LEAD, "");
  if (t !== s) s = t.replace(LEAD, "");
  const q = s.charCodeAt(0);
  if (q === 39 || q === 34 || q >= 0x2018) s = s.replace(QUOTES, "");
  else if (s.length > 0) {
    const e = s.charCodeAt(s.length - 1);
    if (e === 39 || e === 34 || e >= 0x2018) s = s.replace(QUOTES, "");
  }
  // TRAIL can only match when the name ends in a space/punctuation, a digit or the last letter of one of its words.
  for (let i = 0; i < 3 && s.length > 0 && trailCanEnd(s.charCodeAt(s.length - 1)); i++) {
    t = s.replace(TRAIL, "");
    if (t === s) break;
    s = t;
  }
  if (s.includes("  ")) s = s.replace(/\s{2,}/g, " ");
  s = s.trim();
  if (s.length < 2 || s.length > 60) return null;
  if (REJECT.test(s) || OWN_BANK.test(s) || (PURPOSE.test(s) && !s.includes("@"))) return null;
  if (!ANY_LETTER.test(s)) return null;
  // Card descriptors end with the city (and country); only a name that passed the checks is looked at.
  return s.indexOf(" ") > 0 || s.indexOf("-") > 0 ? stripPlace(stripPurpose(s)) : s;
}

/** Merchant, person, VPA or company on the other side of the transaction. */
export const RAIL_WORDS: readonly string[] = ["neft", "imps", "rtgs"];

export function findCounterparty(
  text: string,
  direction: Direction | null,
  lower: string = text.toLowerCase(),
  refund = false,
  railWord?: boolean,
  x = -1,
): string | null {
  const found = counterpartyOf(text, direction, lower, refund, railWord, x);
  return found?.includes("@") ? (ownerOfVpa(text, found) ?? found) : found;
}

const VPA_OWNER = /^ ?\((?!(?:UPI|REF|IMPS|NEFT)\b)([A-Z][A-Z.' ]{1,40}[A-Z.])\)/;
/** "by VPA rohit.v@okaxis (ROHIT VERMA)": the holder's name printed in brackets after the VPA names the party. */
function ownerOfVpa(text: string, vpa: string): string | null {
  const at = text.indexOf(vpa);
  const m = at >= 0 ? VPA_OWNER.exec(text.slice(at + vpa.length)) : null;
  return m?.[1] ? cleanCounterparty(m[1]) : null;
}

function counterpartyOf(
  text: string,
  direction: Direction | null,
  lower: string = text.toLowerCase(),
  refund = false,
  railWord?: boolean,
  x = -1,
): string | null {
  // x: `text-facts.ts` bits of `lower` when known (-1: not known, each check searches itself).
  // Cheap character checks first: most alerts have no "/" path, no "-" rail tag, no ";" and no "@".
  const hasDash = has(x, FACT.dash, lower, "-");
  const slash = x >= 0 ? (x & FACT.railPath) !== 0 : hasRailPath(lower);
  let m = slash ? UPI_PATH.exec(text) : null;
  if (m?.[1]) {
    const c = cleanCounterparty(m[1]);
    if (c) return c;
  }
  // Rarer narrations, each behind a substring check.
  m = has(x, FACT.pos, lower, "pos/")
    ? POS_PATH.exec(text)
    : (x >= 0 ? (x & FACT.railStar) !== 0 : charAfter(lower, "*", RAIL_STAR_WORDS))
      ? RAIL_STAR.exec(text)
      : null;
  if (m?.[1]) {
    const c = cleanCounterparty(m[1]);
    if (c) return c;
  }
  // railWord: whether "neft", "imps" or "rtgs" occurs in `lower`, when the caller already knows.
  const rail = hasDash && (railWord ?? (lower.includes("neft") || lower.includes("imps") || lower.includes("rtgs")));
  m = rail ? NEFT_NAME.exec(text) : null;
  if (m?.[1]) {
    const c = cleanCounterparty(m[1]);
    if (c) return c;
  }
  m = rail ? RAIL_NAME.exec(text) : null;
  if (m?.[1]) {
    const c = cleanCounterparty(m[1]);
    if (c) return c;
  }
  if (direction === "debit" && has(x, FACT.semicolon, lower, ";")) {
    m = ICICI_STYLE.exec(text);
    if (m?.[1] && /credited/i.test(m[0])) {
      const c = cleanCounterparty(m[1]);
      if (c) return c;
    }
  }
  const sameLength = lower.length === text.length;
  const patterns = refund
    ? sameLength
      ? REFUND_LOWER
      : REFUND_PATTERNS
    : direction === "credit"
      ? sameLength
        ? CREDIT_LOWER
        : CREDIT_PATTERNS
      : sameLength
        ? DEBIT_LOWER
        : DEBIT_PATTERNS;
  const src = sameLength ? lower : text;
  for (const { re, needs, bit, dateOn } of stepsOf(patterns)) {
    // "spent on", "transaction with", "info": a pattern led by one literal is skipped when the text lacks it.
    if (needs && !has(x, bit, lower, needs)) continue;
    if (dateOn && !(x >= 0 ? (x & FACT.digitOn) !== 0 : digitThenOn(lower))) continue;
    re.lastIndex = 0;
    let n = 0;
    for (let r = re.exec(src); r !== null && n < 6; r = re.exec(src), n++) {
      const g = r[1];
      const end = r.index + r[0].length;
      const c = g ? cleanCounterparty(sameLength ? text.slice(end - g.length, end) : g) : null;
      if (c) return stripVpaName(c);
      re.lastIndex = r.index + 1; // a later keyword inside this match may introduce the name
    }
  }
  // Rarer layouts, only when the usual patterns found no name.
  if (direction === "debit" && sameLength && has(x, FACT.of, lower, " of ")) {
    DEBIT_FALLBACK.lastIndex = 0;
    for (let r = DEBIT_FALLBACK.exec(lower), n = 0; r !== null && n < 4; r = DEBIT_FALLBACK.exec(lower), n++) {
      const g = r[1];
      const end = r.index + r[0].length;
      const c = g ? cleanCounterparty(text.slice(end - g.length, end)) : null;
      if (c) return c;
      DEBIT_FALLBACK.lastIndex = r.index + 1;
    }
  }
  if (sameLength && lower.indexOf(") ") >= 0 && lower.indexOf("(") >= 0) {
    const r = ACCOUNT_PAREN.exec(lower);
    if (r?.[1]) {
      const end = r.index + r[0].length - 1;
      const c = cleanCounterparty(text.slice(end - r[1].length, end));
      if (c) return c;
    }
  }
  const special = specialName(text, lower, direction, slash, x);
  if (special) return special;
  const v = has(x, FACT.at, lower, "@") ? VPA.exec(text) : null;
  if (v?.[1]) return v[1];
  // Wallet receipts: "from 255754XXX318 - JUMA ALLY on ..", "kwa 881200 - AZAM PAY TV tarehe ..".
  m = hasDash ? PHONE_DASH_NAME.exec(text) : null;
  if (m?.[1]) {
    const c = cleanCounterparty(m[1]);
    if (c) return c;
  }
  // "OMR 5.000 transferred to 9xxxxx12 (AHMED AL BALUSHI)": the payee's masked number, then the name in brackets.
  m = lower.indexOf(" (") >= 0 ? PHONE_PAREN_NAME.exec(text) : null;
  if (m?.[1]) {
    const c = cleanCounterparty(m[1]);
    if (c) return c;
  }
  // "sent Rs 3,000.00 to 03001234567 SAIMA BIBI on ..": a wallet prints the phone, then the name in capitals.
  m = PHONE_THEN_NAME.exec(text);
  if (m?.[1]) {
    const c = cleanCounterparty(m[1]);
    if (c) return c;
  }
  // "transferred from A/c ...6612 to BOB A/c ...9910 (GEETA PATEL)": the payee's name after the payee's account.
  m = direction === "debit" && lower.includes("(") ? PAYEE_ACCOUNT_NAME.exec(text) : null;
  if (m?.[1]) {
    const c = cleanCounterparty(m[1]);
    if (c) return c;
  }
  // "credited to A/C **1903 on 07-Nov-26 Salary/GRAMEENPHONE LTD.": the employer after a salary narration.
  m = hasSlash(lower) ? SALARY_FROM.exec(text) : null;
  if (m?.[1] && direction === "credit") {
    const c = cleanCounterparty(m[1]);
    if (c) return c;
  }
  const newline = has(x, FACT.newline, lower, "\n");
  // One field a line: "From: KHALID A. ALOTAIBI", "At: DUNKIN RIYADH PARK", "لدى: BANDA SUPERMARKET".
  m = newline ? FIELD_LINE.exec(text) : null;
  if (m?.[1]) {
    const c = cleanCounterparty(m[1]);
    if (c) return c;
  }
  m = newline ? LINE_AFTER_TIME.exec(text) : null;
  return m?.[1] ? (cleanCounterparty(m[1]) ?? caselessName(m[1])) : null;
}

/** A name in a caseless script ("스타벅스코리아", "(주)삼성전자"), which `cleanCounterparty` leaves out. */
export function caselessName(line: string): string | null {
  const s = line.trim();
  return /^\(?\p{Lo}/u.test(s.replace(/^\([^)]{1,4}\)/, "")) && s.length >= 2 && s.length <= 40 ? s : null;
}
const PHONE_DASH_NAME =
  /\b(?:from|to|kwa|kutoka|de|para)\s+\+?[\dxX*]{5,15}\s-\s([A-Z][A-Za-z.&' -]{1,40}?)(?=\s+(?:on|aos|tarehe|mnamo|at|is|em)\b|[.,]|$)/;
const PHONE_PAREN_NAME = /\b(?:from|to)\s+\+?\d[\dxX*]{4,14}\s?\(([A-Z][A-Za-z.&' -]{1,40}?)\)/;
const PHONE_THEN_NAME =
  /\b(?:to|from)\s+\+?(?:\d{10,13}|\d{2,6}[xX*]{2,8}\d{2,4}),?\s([A-Z][A-Z.']*(?: [A-Z][A-Z.']*){0,4})(?=\s+(?:on|at)\b|[.,]|$)/;
const SALARY_FROM = /\bsal(?:ary)?\/([A-Z][A-Z0-9&.' ]{1,40}?)(?=\.\s|\.$|[\n;,]|\s(?:avl|bal)\b|$)/i;
const hasSlash = (lower: string): boolean => lower.includes("sal") && lower.includes("/");
const PAYEE_ACCOUNT_NAME = /\bto (?:[A-Za-z]{2,12} )?a\/c (?:no\.? ?)?[.x*]*\d{3,} \(([A-Z][A-Z.' ]{1,40}[A-Z.])\)/i;
const FIELD_LINE = /^\s*(?:from|at|merchant|لدى|من|التاجر|الصراف) ?: ?([^\n]{2,60}?)\s*$/im;

/** Rarer layouts, each behind a substring check: "ECS/LIC OF INDIA/..", "X sent you ₹..", Hindi "X को भेजे" / "X द्वारा जमा". */
function specialName(
  text: string,
  lower: string,
  direction: Direction | null,
  slash: boolean,
  x: number,
): string | null {
  let m: RegExpExecArray | null;
  if (!slash && (x < 0 || (x & FACT.ecs) !== 0) && ecsWord(lower) && ECS_WORD.test(lower)) {
    // "ECS/NACH-DR/MUTHOOT FINANCE LTD": the first capture may be another rail word; try the next one.
    ECS_PATH.lastIndex = 0;
    for (let r = ECS_PATH.exec(text), n = 0; r !== null && n < 3; r = ECS_PATH.exec(text), n++) {
      const c = r[1] ? cleanCounterparty(r[1]) : null;
      if (c) return c;
      ECS_PATH.lastIndex = r.index + 1;
    }
  }
  if (has(x, FACT.upiDash, lower, "upi-")) {
    m = UPI_DASH.exec(text);
    const c = m?.[1] ? cleanCounterparty(m[1]) : null;
    if (c) return c;
  }
  if (direction === "credit" && has(x, FACT.you, lower, " you")) {
    m = SENT_YOU.exec(text);
    const c = m?.[1] ? cleanCounterparty(m[1]) : null;
    if (c) return c;
  }
  if (direction === "debit" && lower.indexOf(" subscription ") >= 0) {
    m = SUBSCRIPTION.exec(text);
    const c = m?.[1] ? cleanCounterparty(m[1]) : null;
    if (c) return c;
  }
  if (lower.indexOf(" dwara ") >= 0) {
    m = ROMAN_HINDI.exec(text);
    const c = m?.[1] ? cleanCounterparty(m[1]) : null;
    if (c) return c;
  }
  if (direction === "credit" && lower.indexOf(" se ") >= 0) {
    m = ROMAN_RAIL_SE.exec(text);
    const c = m?.[1] ? cleanCounterparty(m[1]) : null;
    if (c) return c;
  }
  if (direction === "credit" && lower.indexOf("dbt") >= 0 && lower.length === text.length) {
    const r = DBT_SCHEME.exec(lower);
    const g = r?.[1] ?? r?.[2];
    if (r && g) {
      const at = r.index + r[0].indexOf(g);
      const c = cleanCounterparty(text.slice(at, at + g.length));
      if (c) return c;
    }
  }
  if (!DEVANAGARI.test(lower)) return null;
  if (lower.indexOf("प्रेषक") >= 0) {
    m = HINDI_SENDER.exec(text);
    const c = m?.[1] ? cleanCounterparty(m[1]) : null;
    if (c) return c;
  }
  if (lower.indexOf(" द्वारा ") >= 0) {
    m = HINDI_BY.exec(text);
    const c = m?.[1] ? cleanCounterparty(m[1]) : null;
    if (c) return c;
  }
  if (lower.indexOf(" को ") >= 0) {
    m = HINDI_TO.exec(text);
    const c = m?.[1] ? cleanCounterparty(m[1]) : null;
    if (c) return c;
    m = HINDI_DEVA_TO.exec(text);
    const d = m?.[1] ? cleanCounterparty(m[1]) : null;
    if (d) return d;
  }
  for (const re of [HINDI_FROM, HINDI_AT, HINDI_FROM_END]) {
    m = re.exec(text);
    const c = m?.[1] ? cleanCounterparty(m[1]) : null;
    if (c) return c;
  }
  return null;
}

/** "VPA swiggy@icici SWIGGY" style: keep the VPA. */
function stripVpaName(s: string): string {
  const v = s.includes("@") ? VPA.exec(s) : null;
  return v?.[1] ?? s;
}
