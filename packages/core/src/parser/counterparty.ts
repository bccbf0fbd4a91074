import { hasRailPath } from "./scan";
import type { Direction } from "../schemas/parse-result";

const STOP = String.raw`(?=\s(?:on|in|ref|refno|upi|via|using|from|at|avl|avbl|available|bal|thru|through|dated?|with|for|info|txn|not|if|call|is|has|was|ending|card(?=\s?(?:no|num|ending|end|xx|x\d|[*#\d]))|a\/c|ac|new|total|-\s?[A-Z]{2,})\b|\s?[;(\n,]|\s?\.(?:\s|$)|\s-|$)`;
const NAME = String.raw`(?:(?:mr|mrs|ms|m\/s|shri|smt)\.\s?)?([A-Za-z0-9@&'./_*\- ]{2,60}?)`;

const VPA = /\b([a-z0-9][a-z0-9._\-]{1,60}@[a-z][a-z0-9]{1,20})\b/i;
const UPI_PATH = /\b(?:UPI|IMPS|NEFT|RTGS)\/(?:(?:P2[AMP]|CR|DR)\/)?[A-Z0-9]{6,22}\/([^/\n]{2,60}?)(?=\.\s|\.$|[\n;,/]|\s(?:avl|bal|new|on)\b|$)/i;
const NEFT_NAME = /\b(?:NEFT|IMPS|RTGS)[ -]?(?:Cr|Dr)?-[A-Z]{4}0[A-Z0-9]{6}-([^-\n]{2,60})-/i;
/** "NEFT-CITIN26306123456-INFOSYS LIMITED.", "IMPS-631712345111-KAVITA RAO.", "by NEFT-ACME CORP on .." */
const RAIL_NAME = /\b(?:NEFT|IMPS|RTGS)(?:[ -]?(?:Cr|Dr))?-(?:[A-Z0-9]{8,22}-)?([A-Za-z][A-Za-z0-9&'. ]{1,59}?)(?=\s?[-;,(\n]|\.(?:\s|$)|\s(?:avl|bal|on|ref|utr|dated|via)\b|$)/i;
/** Multi-line card alert: date-time line, then the merchant on a line of its own ("Spent / Card no. XX / INR / date / ZOMATO"). */
const LINE_AFTER_TIME = /\n\d{1,2}[-/]\d{1,2}[-/]\d{2,4},? \d{1,2}:\d{2}(?::\d{2})?(?: ist)?\n([A-Za-z][^\n]{1,59})\n/i;
const RAIL_WORD = /neft|imps|rtgs/;
const ICICI_STYLE = /;\s?([^;.\n]{2,60}?)\s(?:credited|debited)\b/i;

const DEBIT_PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`\b(?:trf to|transfer to|transferred to|paid to|sent to|payment to|autopay for|mandate for|towards|to)\s${NAME}${STOP}`, "gi"),
  new RegExp(String.raw`\b(?:at|@)\s${NAME}${STOP}`, "gi"),
  new RegExp(String.raw`\bspent on\s${NAME}${STOP}`, "gi"),
  new RegExp(String.raw`\btransaction with\s${NAME}${STOP}`, "gi"),
  new RegExp(String.raw`\bInfo:?\s${NAME}${STOP}`, "gi"),
];
const CREDIT_PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`\b(?:transfer from|received from|from|by)\s${NAME}${STOP}`, "gi"),
  new RegExp(String.raw`\bInfo:?\s${NAME}${STOP}`, "gi"),
];

// The same patterns for the lower-cased text (no case folding at run time; their sources have no \S/\W/\D/\B).
// The name (group 1) ends where the match ends (STOP is a lookahead), so it is cut from the original text.
const DEBIT_LOWER: readonly RegExp[] = DEBIT_PATTERNS.map((re) => new RegExp(re.source.toLowerCase(), "g"));
const CREDIT_LOWER: readonly RegExp[] = CREDIT_PATTERNS.map((re) => new RegExp(re.source.toLowerCase(), "g"));

/** Captures that name our own account, the bank, a phone/number or boilerplate rather than a counterparty. */
const REJECT =
  /^(?:a\/c|ac|acct|account|your|you|the (?:beneficiary|payee|merchant|account|card|bank|customer)|block|report|dispute|avoid|us|be|card|credit card|debit card|rs\.?|inr|₹|net ?banking|mobile|atm card|customer|bank|sms|self|xx|debit|credit|cheque|chq|upi|imps|neft|rtgs|nach|ecs|ach|atm card|transfer|autopay|auto-?pay|mandate|e-?mandate|standing instruction|si)(?![a-z])|^(?:\d|[x*]+\d)|\b(?:bank a\/c|bank ac|bank card|ending|a\/c\s?[x*]|card\s?[x*]|avl|bal)\b/i;
const OWN_BANK = /^(?:hdfc|icici|sbi|axis|kotak|pnb|bob|canara|union|idfc|indusind|yes|federal|au|idbi|rbl|paytm|airtel)(?: bank)?(?: a\/c| ac| account| card| credit card| debit card)?$/i;
const TRAIL = /[\s.,;:\-/]+$|\s(?:on|dated|the|for|via|ref|upi)$/i;
const LEAD = /^(?:vpa|m\/s\.?|mr\.?|ms\.?|mrs\.?|shri|smt|paid to|payment to|sent to|from|to|by|(?:[a-z]+ )?merchant)\s/i;
const QUOTES = /^['"‘’“”]+|['"‘’“”]+$/g;

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
  for (let i = 0; i < 3; i++) {
    t = s.replace(TRAIL, "");
    if (t === s) break;
    s = t;
  }
  if (s.includes("  ")) s = s.replace(/\s{2,}/g, " ");
  s = s.trim();
  if (s.length < 2 || s.length > 60) return null;
  if (REJECT.test(s) || OWN_BANK.test(s)) return null;
  if (!/[a-z]/i.test(s)) return null;
  return s;
}

/** Merchant, person, VPA or company on the other side of the transaction. */
export function findCounterparty(text: string, direction: Direction | null, lower: string = text.toLowerCase()): string | null {
  // Cheap character checks first: most alerts have no "/" path, no "-" rail tag, no ";" and no "@".
  const hasDash = lower.indexOf("-") >= 0;
  const slash = hasRailPath(lower);
  let m = slash ? UPI_PATH.exec(text) : null;
  if (m?.[1]) {
    const c = cleanCounterparty(m[1]);
    if (c) return c;
  }
  const rail = hasDash && RAIL_WORD.test(lower);
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
  if (direction === "debit" && lower.includes(";")) {
    m = ICICI_STYLE.exec(text);
    if (m?.[1] && /credited/i.test(m[0])) {
      const c = cleanCounterparty(m[1]);
      if (c) return c;
    }
  }
  const sameLength = lower.length === text.length;
  const patterns = direction === "credit" ? (sameLength ? CREDIT_LOWER : CREDIT_PATTERNS) : sameLength ? DEBIT_LOWER : DEBIT_PATTERNS;
  const src = sameLength ? lower : text;
  for (const re of patterns) {
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
  const v = lower.includes("@") ? VPA.exec(text) : null;
  if (v?.[1]) return v[1];
  m = lower.includes("\n") ? LINE_AFTER_TIME.exec(text) : null;
  return m?.[1] ? cleanCounterparty(m[1]) : null;
}

/** "VPA swiggy@icici SWIGGY" style: keep the VPA. */
function stripVpaName(s: string): string {
  const v = VPA.exec(s);
  return v?.[1] ?? s;
}
