import { hasRailPath } from "./paths";
import { FACT, has } from "./text-facts";
// Keyword then an id of 6-22 letters/digits (must contain a digit).
const REF_RE = new RegExp(
  String.raw`(?:संदर्भ(?: सं\.?)?|\b(?:upi\s?ref(?:erence)?\.?(?:\s?(?:no|number|id))?\.?` +
    String.raw`|imps\s?ref(?:\s?no)?\.?|ref(?:erence)?\.?(?:\s?(?:no|number|id))?\.?|refno|utr(?:\s?no)?\.?|rrn` +
    String.raw`|txn\s?(?:id|no|ref(?:\s?no)?)\.?|txn(?=\s\d{10,22}\b)|transaction\s?(?:id` +
    String.raw`|ref(?:erence)?(?:\s?no)?|number)\.?|upi|(?:imps|neft|rtgs)(?=[:*])|approval code` +
    String.raw`|auth code))\s?[:#\-/*]?\s?((?=[A-Z]{0,21}\d)[A-Z0-9]{6,22})\b`,
  "gi",
);
const UPI_PATH = /\b(?:UPI|IMPS|NEFT|RTGS)\/(?:(?:P2[AMP]|CR|DR)\/)?((?=[A-Z]{0,21}\d)[A-Z0-9]{6,22})\//i;
const MPESA_CODE = /^([A-Z0-9]{10})\s(?:confirmed|Confirmed)/;
const NEFT_UTR =
  /\b(?:NEFT|RTGS|IMPS)[ -]?(?:Cr|Dr)?-[A-Z]{4}0[A-Z0-9]{6}-[^-\n]{2,60}-(?:[^-\n]{0,20}-)?([A-Z0-9]{10,22})\b/i;
/** "Info NEFT-HSBCN26330812244-PRISM ANALYTICS": the UTR right after the rail, before the name. */
const RAIL_UTR = /\b(?:NEFT|RTGS|IMPS)-((?=[A-Z]{0,21}\d)[A-Z0-9]{10,22})-[A-Z]/i;
const HAS_DIGIT = /\d/;
// REF_RE for the lower-cased text (no case folding at run time); the id is then cut from the original text.
const REF_RE_LOWER = new RegExp(REF_RE.source.replace(/A-Z/g, "a-z"), "g");

/** The literal each keyword of REF_RE starts with: without one of them in the lower-cased text, REF_RE cannot match. */
export const REF_KEYWORDS: readonly string[] = [
  "संदर्भ",
  "upi",
  "imps",
  "neft",
  "rtgs",
  "ref",
  "utr",
  "rrn",
  "txn",
  "transaction",
  "approval code",
  "auth code",
];
const REF_KEYWORD_MAX = Math.max(...REF_KEYWORDS.map((k) => k.length));

/**
 * UPI ref, UTR, IMPS ref or txn id printed in the SMS. `refKeyword`: whether `lower` contains one of REF_KEYWORDS,
 * when already known (e.g. from `scanText`); the keyword search is skipped when it does not. `railWord`: whether it
 * contains "neft", "rtgs" or "imps" (else no rail-tagged UTR is looked for).
 */
export function findReference(
  text: string,
  lower: string = text.toLowerCase(),
  refKeyword = true,
  railWord = lower.includes("neft") || lower.includes("rtgs") || lower.includes("imps"),
  x = -1,
  firstRefEnd = -1,
): string | null {
  // x: `text-facts.ts` bits of `lower` when known (-1: not known, each check searches itself).
  const path = x >= 0 ? (x & FACT.railPath) !== 0 : hasRailPath(lower);
  // "confirmed" is searched first: a needle that starts with a space is slow to look for in a text full of spaces.
  const confirmed = x >= 0 ? (x & FACT.confirmed) !== 0 : lower.includes("confirmed") && lower.includes(" confirmed");
  let m = (path ? UPI_PATH.exec(text) : null) ?? (confirmed ? MPESA_CODE.exec(text) : null);
  if (m?.[1]) return m[1];
  // Lower-casing kept every index when the lengths agree (it does for the alphabets alerts use).
  const re = lower.length === text.length ? REF_RE_LOWER : REF_RE;
  const src = re === REF_RE ? text : lower;
  // Every REF_RE match starts with one of REF_KEYWORDS: not before the first one's end minus the longest one's length.
  re.lastIndex = re === REF_RE_LOWER && firstRefEnd >= 0 ? Math.max(0, firstRefEnd - (REF_KEYWORD_MAX - 1)) : 0;
  let n = 0;
  for (let r = refKeyword ? re.exec(src) : null; r !== null && n < 8; r = re.exec(src), n++) {
    const id = r[1];
    if (id && HAS_DIGIT.test(id)) {
      if (re === REF_RE) return id;
      const end = r.index + r[0].length;
      return text.slice(end - id.length, end);
    }
  }
  // Both need a rail word ("neft", "rtgs", "imps") and a "-".
  m = railWord && has(x, FACT.dash, lower, "-") ? (NEFT_UTR.exec(text) ?? RAIL_UTR.exec(text)) : null;
  return m?.[1] ?? null;
}
