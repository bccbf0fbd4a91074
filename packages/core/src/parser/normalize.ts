/** Only the first MAX_CHARS characters of a body are scanned; real alerts are far shorter. */
export const MAX_CHARS = 1000;

const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]+/g;
const SPACES = /[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g;
const NEWLINES = /\s*[\r\n\u2028\u2029]+\s*/g;

/** Caps the length, turns control and bidi characters into spaces, and collapses runs of white space. */
// Anything normalizeBody would change (edges are checked separately): control/bidi/odd spaces, doubled white space.
// A single character class scans fast; the doubled white space is checked with plain substring searches.
const ODD_CHAR = /[\u0000-\u0009\u000b-\u001f\u007f-\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f\u2066-\u2069\u3000\ufeff]/;

export function needsWork(s: string): boolean {
  const n = s.length;
  if (n === 0) return false;
  if (s.charCodeAt(0) <= 32 || s.charCodeAt(n - 1) <= 32 || s.includes("  ")) return true;
  if (s.includes("\n") && (s.includes(" \n") || s.includes("\n ") || s.includes("\n\n"))) return true;
  return ODD_CHAR.test(s);
}

/**
 * Whether normalizeBody would change the (capped) body, given whether its lower-cased copy has one of the
 * `messy` facts (`text-facts.ts`: doubled white space or an odd character; lower-casing changes neither).
 */
export function needsNormalizing(capped: string, messy: boolean): boolean {
  const n = capped.length;
  return n > 0 && (messy || capped.charCodeAt(0) <= 32 || capped.charCodeAt(n - 1) <= 32);
}

/** The body cut to MAX_CHARS. */
export function capBody(body: string): string {
  return body.length > MAX_CHARS ? body.slice(0, MAX_CHARS) : body;
}

export function normalizeBody(body: string): string {
  const capped = body.length > MAX_CHARS ? body.slice(0, MAX_CHARS) : body;
  // Fast path: most alerts are already clean single-spaced text.
  if (!needsWork(capped)) return capped;
  return capped.replace(/\r\n?/g, "\n").replace(CONTROL, " ").replace(SPACES, " ").replace(NEWLINES, "\n").trim();
}
