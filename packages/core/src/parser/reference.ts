// Keyword then an id of 6-22 letters/digits (must contain a digit).
const REF_RE =
  /(?:संदर्भ(?: सं\.?)?|\b(?:upi\s?ref(?:erence)?\.?(?:\s?(?:no|number|id))?\.?|imps\s?ref(?:\s?no)?\.?|ref(?:erence)?\.?(?:\s?(?:no|number|id))?\.?|refno|utr(?:\s?no)?\.?|rrn|txn\s?(?:id|no|ref(?:\s?no)?)\.?|transaction\s?(?:id|ref(?:erence)?(?:\s?no)?|number)\.?|upi|approval code|auth code))\s?[:#\-/]?\s?((?=[A-Z]{0,21}\d)[A-Z0-9]{6,22})\b/gi;
const UPI_PATH = /\b(?:UPI|IMPS|NEFT|RTGS)\/(?:(?:P2[AMP]|CR|DR)\/)?((?=[A-Z]{0,21}\d)[A-Z0-9]{6,22})\//i;
const MPESA_CODE = /^([A-Z0-9]{10})\s(?:confirmed|Confirmed)/;
const NEFT_UTR = /\b(?:NEFT|RTGS|IMPS)[ -]?(?:Cr|Dr)?-[A-Z]{4}0[A-Z0-9]{6}-[^-\n]{2,60}-(?:[^-\n]{0,20}-)?([A-Z0-9]{10,22})\b/i;
const HAS_DIGIT = /\d/;
const RAIL_SLASH = /(?:upi|imps|neft|rtgs)\//;

/** UPI ref, UTR, IMPS ref or txn id printed in the SMS. */
export function findReference(text: string, lower: string = text.toLowerCase()): string | null {
  const path = lower.indexOf("/") >= 0 && RAIL_SLASH.test(lower);
  let m = (path ? UPI_PATH.exec(text) : null) ?? (lower.includes(" confirmed") ? MPESA_CODE.exec(text) : null);
  if (m?.[1]) return m[1];
  REF_RE.lastIndex = 0;
  let n = 0;
  for (let r = REF_RE.exec(text); r !== null && n < 8; r = REF_RE.exec(text), n++) {
    if (r[1] && HAS_DIGIT.test(r[1])) return r[1];
  }
  m = lower.includes("-") ? NEFT_UTR.exec(text) : null;
  return m?.[1] ?? null;
}
