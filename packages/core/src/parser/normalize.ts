/** Only the first MAX_CHARS characters of a body are scanned; real alerts are far shorter. */
export const MAX_CHARS = 1000;

/** Zero digits of the scripts whose digits are read as ASCII (Arabic-Indic, Persian, Devanagari, Bengali, other
 * Indic scripts, Sinhala, Thai, Lao, Myanmar, Khmer). Full-width forms (U+FF01-FF5E) fold to ASCII too. */
const ZEROS = [
  0x0660, 0x06f0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, 0x0de6, 0x0e50, 0x0ed0,
  0x1040, 0x17e0,
];
const ARABIC_DECIMAL = 0x066b;
const ARABIC_GROUP = 0x066c;
const MATH_LEAD = 0xd835;
/** A Mathematical Alphanumeric Symbol (U+1D400-U+1D7FF): a styled Latin letter or digit, folded by NFKC. */
const MATH = /\ud835[\udc00-\udfff]/g;

/**
 * Every character normalizeBody changes (besides doubled white space and the edges): controls, invisible and bidi
 * characters, odd spaces, native and full-width digits, full-width letters and the Arabic number marks.
 * `text-facts.ts` scans for them with the keyword pass (MESSY_ALIAS), `needsWork` with ODD_CHAR: one list.
 */
export const ODD_RANGES: readonly (readonly [number, number])[] = [
  [0x0000, 0x0009],
  [0x000b, 0x001f],
  [0x007f, 0x00a0],
  [0x00ad, 0x00ad],
  [ARABIC_DECIMAL, ARABIC_GROUP],
  ...ZEROS.map((z) => [z, z + 9] as const),
  [0x1680, 0x1680],
  [0x2000, 0x200f],
  [0x2028, 0x202f],
  [0x205f, 0x2064],
  [0x2066, 0x2069],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
  [0xff01, 0xff5e],
  // Lead surrogate of the Mathematical Alphanumeric Symbols ("𝗌𝗉𝖾𝗇𝗍", "𝟓𝟎𝟎"), styled text some banks send.
  [MATH_LEAD, MATH_LEAD],
];

const hex = (c: number) => `\\u${c.toString(16).padStart(4, "0")}`;
const ODD_CHAR = new RegExp(
  `[${ODD_RANGES.map(([lo, hi]) => (lo === hi ? hex(lo) : `${hex(lo)}-${hex(hi)}`)).join("")}]`,
);

const FOLD = new RegExp(
  `[${[...ZEROS.map((z) => `${hex(z)}-${hex(z + 9)}`), hex(ARABIC_DECIMAL), hex(ARABIC_GROUP), "\\uff01-\\uff5e"].join("")}]`,
  "g",
);
/** Invisible characters: zero-width spaces and joiners, direction marks, bidi embeddings/overrides/isolates. */
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]+/g;
/** A no-break, figure, thin or hair space between a digit and a group of 3 digits ("1\u00a0250,00"). */
const NUMBER_SPACE = /(?<=\d)[\u00a0\u2007\u2008\u2009\u200a\u202f](?=\d{3}(?!\d))/g;
/** Any character FOLD, INVISIBLE or NUMBER_SPACE would act on. */
const LOOK_ALIKE = new RegExp(`${FOLD.source}|${INVISIBLE.source}|[\u00a0\u2007-\u200a\u202f\ud835]`);
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]+/g;
const SPACES = /[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g;
const NEWLINES = /\s*[\r\n\u2028\u2029]+\s*/g;

function foldChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 0xff01) return String.fromCharCode(c - 0xfee0);
  if (c === ARABIC_DECIMAL) return ".";
  if (c === ARABIC_GROUP) return ",";
  for (const z of ZEROS) if (c >= z && c <= z + 9) return String.fromCharCode(48 + c - z);
  return ch;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isMarkCode(c: number): boolean {
  return c === 44 || c === 46 || c === 39;
}

/** An invisible run inside a number ("1\u200b,250", "12\u202e50", "Rs.\u200b500") goes; elsewhere it is a space. */
function invisible(run: string, at: number, s: string): string {
  const p = s.charCodeAt(at - 1);
  const n = s.charCodeAt(at + run.length);
  return (isDigitCode(p) && (isDigitCode(n) || isMarkCode(n))) || (isMarkCode(p) && isDigitCode(n)) ? "" : " ";
}

function foldLookAlikes(s: string): string {
  const plain = s.includes("\ud835") ? s.replace(MATH, (ch) => ch.normalize("NFKC")) : s;
  return plain.replace(FOLD, foldChar).replace(INVISIBLE, invisible).replace(NUMBER_SPACE, "");
}

/** Caps the length, turns control and bidi characters into spaces, and collapses runs of white space. */
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

/**
 * Look-alike characters never change an amount: native, full-width and styled (mathematical) digits and letters
 * are read as ASCII,
 * invisible characters inside a number are dropped (elsewhere they are spaces), odd spaces between digit groups
 * are dropped, other odd spaces collapse to one.
 */
export function normalizeBody(body: string): string {
  const capped = body.length > MAX_CHARS ? body.slice(0, MAX_CHARS) : body;
  // Fast path: most alerts are already clean single-spaced text.
  if (!needsWork(capped)) return capped;
  // Look-alikes are rare: one test decides whether their three passes run at all.
  const t = LOOK_ALIKE.test(capped) ? foldLookAlikes(capped) : capped;
  return t.replace(/\r\n?/g, "\n").replace(CONTROL, " ").replace(SPACES, " ").replace(NEWLINES, "\n").trim();
}
