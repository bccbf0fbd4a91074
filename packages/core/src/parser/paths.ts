/** Slash paths in alert texts ("UPI/P2M/..", "ECS/LIC OF INDIA/.."), found at the text's few slashes. */

/**
 * Whether some "/" in the text directly follows one of `words`: what `/(?:w1|w2|..)\//.test(text)` answers,
 * found by jumping between the (few) slashes instead of trying the alternation at every position.
 */
export function slashAfter(text: string, words: readonly string[]): boolean {
  return charAfter(text, "/", words);
}

/** Whether some `ch` in the text directly follows one of `words` (`slashAfter` for any one character). */
export function charAfter(text: string, ch: string, words: readonly string[]): boolean {
  for (let p = text.indexOf(ch); p >= 0; p = text.indexOf(ch, p + 1)) {
    for (const w of words) if (p >= w.length && text.startsWith(w, p - w.length)) return true;
  }
  return false;
}

const RAIL_SLASH = ["upi", "imps", "neft", "rtgs"];
let slashText = "";
let slashFound = false;

/** Whether the lower-cased text has a "UPI/", "IMPS/", "NEFT/" or "RTGS/" path (remembered for the last text). */
export function hasRailPath(lower: string): boolean {
  if (lower === slashText) return slashFound;
  slashText = lower;
  slashFound = slashAfter(lower, RAIL_SLASH);
  return slashFound;
}
