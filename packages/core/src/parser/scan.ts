import { TEXT_GROUPS } from "./category";
import { RAIL_GROUPS } from "./method";
import { CURRENCY_TOKENS, ROLE_WORDS } from "./amount";
import { RAIL_WORDS } from "./counterparty";
import { GATE_KEYWORDS } from "./intent";
import { REF_KEYWORDS } from "./reference";
import { type BoundedKeyword, textScanner, wordScanner } from "./substrings";
import { FACT, FACT_WORDS, type FactName, freezeLiterals, LITERAL_BITS, MESSY_ALIAS } from "./text-facts";

/**
 * One pass over the lower-cased body for the two word-boundary keyword families that used to be scanned
 * separately: payment rails (`method.ts`) and whole-text category cues (`category.ts`). It is run only when a rail
 * or a category is wanted (money-moving and related intents).
 *
 * Every occurrence of every keyword is seen (an Aho-Corasick pass), each kept when its word boundaries hold.
 */
export interface Scan {
  rails: number;
  cats: number;
}

interface Own {
  rails: number;
  cats: number;
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || (c >= 65 && c <= 90);
}

const WORDS = new Map<string, Own>();
/** Keywords by boundary need: [start and end, start only, end only, neither]. */
const KINDS: [Set<string>, Set<string>, Set<string>, Set<string>] = [new Set(), new Set(), new Set(), new Set()];

function add(groups: readonly (readonly string[])[], family: keyof Own): void {
  groups.forEach((words, i) => {
    for (const raw of words) {
      const prefix = raw.endsWith("*");
      const suffix = raw.startsWith("*");
      const w = raw.slice(suffix ? 1 : 0, prefix ? -1 : undefined);
      const start = !suffix && isWordChar(w.charCodeAt(0));
      const end = !prefix && isWordChar(w.charCodeAt(w.length - 1));
      KINDS[start ? (end ? 0 : 1) : end ? 2 : 3].add(w);
      const own = WORDS.get(w) ?? { rails: 0, cats: 0 };
      own[family] |= 1 << i;
      WORDS.set(w, own);
    }
  });
}
add(RAIL_GROUPS, "rails");
add(TEXT_GROUPS, "cats");

// Every keyword occurrence is found in one automaton pass (`substrings.ts`) and its boundaries checked like \b.
const KEYWORDS: BoundedKeyword[] = [];
KINDS.forEach((set, kind) => {
  for (const w of set) {
    const own = WORDS.get(w)!;
    KEYWORDS.push({
      word: w,
      start: kind === 0 || kind === 1,
      end: kind === 0 || kind === 2,
      a: own.rails,
      b: own.cats,
    });
  }
});
const SCANNER = wordScanner(KEYWORDS);

export function scanKeywords(text: string): Scan {
  const found = { a: 0, b: 0 };
  SCANNER.scan(text, found);
  return { rails: found.a, cats: found.b };
}

/** Intent gate bits, rails and category cues of one lower-cased text, and where currency tokens end. */
export interface TextFacts extends Scan {
  gates: number;
  /** Whether one of REF_KEYWORDS occurs (else no keyword-led reference can be found). */
  refKeyword: boolean;
  /** Whether "neft", "imps" or "rtgs" occurs. */
  railWord: boolean;
  /** Whether one of ROLE_WORDS (amount role keywords) occurs. */
  roleWord: boolean;
  /** Index where the first / last CURRENCY_TOKENS occurrence ends (-1: none), for `scanAmounts`. */
  firstTokenEnd: number;
  lastTokenEnd: number;
  /** Where currency tokens may start (one per CURRENCY_TOKENS occurrence, in order; null: too many to list). */
  tokenStarts: number[] | null;
  /** `text-facts.ts` bits: which of its substrings occur. */
  x: number;
  /** Index where the first REF_KEYWORDS occurrence ends (-1: none): no keyword-led reference starts before
   * `firstRefEnd - (longest REF_KEYWORDS length - 1)`. */
  firstRefEnd: number;
  /** Index where the first ROLE_WORDS occurrence ends (-1: none): an amount before it has no role keyword before it. */
  firstRoleEnd: number;
}

// The intent gates (plain substrings), the bounded rail/category keywords and the currency tokens share one
// automaton pass.
// More plain-substring facts ride along, on bits above the gates'.
const ROLE_BIT = 1 << 26;
const REF_BIT = 1 << 27;
const RAIL_WORD_BIT = 1 << 28;
const PLAIN = new Map(GATE_KEYWORDS);
for (const w of REF_KEYWORDS) PLAIN.set(w, (PLAIN.get(w) ?? 0) | REF_BIT);
for (const w of RAIL_WORDS) PLAIN.set(w, (PLAIN.get(w) ?? 0) | RAIL_WORD_BIT);
for (const w of ROLE_WORDS) PLAIN.set(w, (PLAIN.get(w) ?? 0) | ROLE_BIT);
if ([...GATE_KEYWORDS.values()].some((bits) => bits >= ROLE_BIT))
  throw new Error("scan: gate bits overlap the fact bits");
// Substring facts for the extractors (`text-facts.ts`), on a second word of bits.
const EXTRA = new Map<string, number>();
for (const name of Object.keys(FACT_WORDS) as FactName[]) {
  if (FACT[name] !== 0) for (const w of FACT_WORDS[name]) EXTRA.set(w, (EXTRA.get(w) ?? 0) | FACT[name]);
}
for (const [w, bit] of LITERAL_BITS) EXTRA.set(w, (EXTRA.get(w) ?? 0) | bit);
const TEXT_SCANNER = textScanner(PLAIN, KEYWORDS, CURRENCY_TOKENS, EXTRA, MESSY_ALIAS, REF_BIT, ROLE_BIT);
freezeLiterals();

/** `classify`'s gate bits, `scanKeywords`' result, `scanAmounts`' bounds and substring facts, in one pass. */
export function scanText(lower: string): TextFacts {
  const found = TEXT_SCANNER.scan(lower);
  return {
    gates: found.bits & (ROLE_BIT - 1),
    rails: found.a,
    cats: found.b,
    firstTokenEnd: found.firstMarkEnd,
    lastTokenEnd: found.lastMarkEnd,
    tokenStarts: found.markStarts,
    refKeyword: (found.bits & REF_BIT) !== 0,
    railWord: (found.bits & RAIL_WORD_BIT) !== 0,
    roleWord: (found.bits & ROLE_BIT) !== 0,
    x: found.x,
    firstRefEnd: found.firstOfEnd,
    firstRoleEnd: found.firstOfBEnd,
  };
}
