import type { Category, Direction, Intent, Method } from "../schemas/parse-result";
import { keywordScanner } from "./keywords";
import { requiredLiteral, topLevelAlternatives } from "./required-literal";
import { substringScanner } from "./substrings";

const TABLE: ReadonlyArray<readonly [RegExp, Category]> = [
  [/\bsalary\b|\bsal for\b|\bpayroll\b/, "salary"],
  [
    new RegExp(
      String.raw`bigbasket|blinkit|zepto|grofers|dmart|d-mart|jiomart|instamart|more retail|reliance fresh` +
        String.raw`|reliance smart|smart bazaar|supermarket|grocer|nature'?s basket|carrefour|fairprice|spar\b` +
        String.raw`|hypermarket`,
    ),
    "groceries",
  ],
  [
    /swiggy|zomato|\bchai\b|domino|pizza|mcdonald|kfc|starbucks|restaurant|cafe|coffee|java house|eatsure|burger|chaayos|haldiram|sweets|bakery|udupi|dhaba|talabat/,
    "food",
  ],
  [
    /amazon(?! pay)|flipkart|myntra|ajio|meesho|nykaa|tata cliq|croma|reliance digital|decathlon|ikea|lifestyle|shoppers stop|westside|noon\b|lulu/,
    "shopping",
  ],
  [
    /irctc|makemytrip|goibibo|indigo|air india|vistara|akasa|spicejet|cleartrip|yatra|booking\.com|airbnb|oyo|emirates|redbus|agoda|expedia/,
    "travel",
  ],
  [/uber|ola\b|olacabs|rapido|metro|fastag|blusmart|grab|careem|taxi|parking|namma yatri/, "transport"],
  [/petrol|fuel|hpcl|bpcl|iocl|indian oil|bharat petroleum|hp pay|shell|filling station|adnoc|enoc/, "fuel"],
  [
    /electricity|bescom|tneb|msedcl|adani electricity|tata power|bses|water board|gas bill|indane|piped gas|mahanagar gas|dewa|vidyut/,
    "utilities",
  ],
  [
    /recharge|airtel|jio|vodafone|\bvi\b|bsnl|broadband|act fibernet|dth|tata ?play|postpaid|mobile bill|bill ?desk|billpay|bill payment/,
    "bills",
  ],
  [/\b(?:prepaid|postpaid|mobile|dth|fastag) recharge\b|\bbill payment\b/, "bills"],
  [/\brent\b|nobroker|housing\.com|society maintenance/, "rent"],
  [
    new RegExp(
      String.raw`mutual fund|\bsip\b|zerodha|groww|kuvera|coin by|\bnps\b|\bppf\b|\bmf\b|ici?ci pru mf|\bamc\b` +
        String.raw`|upstox|smallcase|fixed deposit|\bfd\b|recurring deposit|\brd a\/c|\bfolio\b|\bnav\b` +
        String.raw`|\bredemption\b|units allotted|allotted [\d.]+ units`,
    ),
    "investment",
  ],
  [
    /\bemi\b|\bloan\b|bajaj fin|home credit|navi|kreditbee|moneyview|fullerton|tata capital|\bfinance\b|financial services|muthoot|manappuram/,
    "loan",
  ],
  [
    /netflix|spotify|hotstar|prime video|bookmyshow|pvr|inox|youtube|sony liv|zee5|steam|playstation|disney/,
    "entertainment",
  ],
  [/insurance|\blic\b|premium|policy|hdfc life|icici lombard|star health|acko|digit insurance|max life/, "insurance"],
  [/pharma|apollo|medplus|1mg|netmeds|hospital|clinic|diagnostic|healthcare|dr\.? |practo|pharmeasy|medical/, "health"],
  [/school|college|university|tuition|byju|unacademy|coursera|udemy|education/, "education"],
  [/\bcharges?\b|\bfee\b|\bfees\b|\bgst\b|annual fee|late payment|penal|sms alert|interest debited/, "fees"],
];

// Which TABLE rows can match a counterparty, from one automaton pass over it: every alternative of a row's regex
// needs some literal (≥ 2 chars, e.g. "swiggy", "ola", "mf"); a row whose literals are all absent cannot match.
// A row with an alternative that has no such literal is always tried.
const ALWAYS_TRY: number = TABLE.reduce(
  (bits, [re], i) =>
    topLevelAlternatives(re.source).some((alt) => requiredLiteral(alt, 2) === "") ? bits | (1 << i) : bits,
  0,
);
const CUE_LITERALS = new Map<string, number>();
TABLE.forEach(([re], i) => {
  for (const alt of topLevelAlternatives(re.source)) {
    const lit = requiredLiteral(alt, 2);
    if (lit) CUE_LITERALS.set(lit, (CUE_LITERALS.get(lit) ?? 0) | (1 << i));
  }
});
const CUE_SCAN = substringScanner(CUE_LITERALS);

// Whole-text cues (literal keywords, one pass) for categories whose words rarely appear in boilerplate.
const TEXT_CATEGORIES: readonly Category[] = ["salary", "bills", "investment", "loan", "insurance", "fees"];
/** Whole-text category keyword groups, in TEXT_CATEGORIES order (also scanned by scan.ts). */
export const TEXT_GROUPS: readonly (readonly string[])[] = [
  [
    "salary",
    "sal for",
    "payroll",
    ...["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].map((m) => `sal ${m}*`),
  ],
  ["prepaid recharge", "postpaid recharge", "mobile recharge", "dth recharge", "fastag recharge", "bill payment"],
  [
    "mutual fund",
    "sip",
    "zerodha",
    "groww",
    "kuvera",
    "coin by",
    "nps",
    "ppf",
    "mf",
    "icici pru mf",
    "amc",
    "upstox",
    "smallcase",
    "fixed deposit",
    "fd",
    "recurring deposit",
    "rd a/c",
    "folio",
    "nav",
    "redemption",
    "units allotted",
    "allotted",
  ],
  [
    "emi",
    "loan",
    "bajaj fin*",
    "home credit",
    "navi",
    "kreditbee",
    "moneyview",
    "fullerton",
    "tata capital",
    "finance",
    "financial services",
    "muthoot",
    "manappuram",
  ],
  [
    "insurance",
    "lic",
    "premium",
    "policy",
    "hdfc life",
    "icici lombard",
    "star health",
    "acko",
    "digit insurance",
    "max life",
  ],
  ["charge", "charges", "fee", "fees", "gst", "annual fee", "late payment", "penal*", "sms alert", "interest debited"],
];
const TEXT_WORDS = keywordScanner(TEXT_GROUPS);

/** Spending category from the counterparty, then the whole text; transfers to people default to "transfer". */
export function categorize(
  intent: Intent,
  method: Method | null,
  counterparty: string | null,
  text: string,
  textBits?: number,
  direction: Direction | null = null,
): Category | null {
  if (intent === "refund") return "refund";
  if (method === "ATM") return "atm";
  const bits = textBits ?? TEXT_WORDS.scan(text);
  // A credit that says "salary" is one, whoever paid it ("DISTRICT EDUCATION OFFICER .. SALARY").
  if (direction === "credit" && intent === "transaction" && bits & 1) return "salary";
  const cp = counterparty?.toLowerCase();
  // Rows in order, each regex only when the literal pass says it can match: most counterparties (people's
  // names) contain no cue literal, so no regex runs at all.
  if (cp) {
    const rows = CUE_SCAN.scan(cp) | ALWAYS_TRY;
    if (rows !== 0)
      for (let i = 0; i < TABLE.length; i++) if (rows & (1 << i) && TABLE[i]![0].test(cp)) return TABLE[i]![1];
  }
  if (bits !== 0)
    for (let i = 0; i < TEXT_CATEGORIES.length; i++) if (bits & (1 << i)) return TEXT_CATEGORIES[i] ?? null;
  if (intent !== "transaction") return null;
  if (method === "UPI" || method === "IMPS" || method === "NEFT" || method === "RTGS") return "transfer";
  return "other";
}
