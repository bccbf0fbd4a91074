/**
 * Substring facts found by `scan.ts`'s one automaton pass (the `x` bits of `TextFacts`), so that extractors skip
 * their own `includes`/`indexOf` searches: a search for a short needle costs about as much as the whole pass.
 * Each fact is exactly "one of these substrings occurs in the lower-cased text". -1 stands for "not known" (the
 * extractor then searches itself).
 */
import { ODD_RANGES } from "./normalize";

export const FACT_WORDS = {
  dash: ["-"],
  /** `hasRailPath` ("upi/", "imps/", "neft/", "rtgs/"). */
  railPath: ["upi/", "imps/", "neft/", "rtgs/"],
  pos: ["pos/"],
  /** A "*" directly after a rail word (`charAfter(lower, "*", RAIL_STAR_WORDS)`). */
  railStar: ["upi*", "imps*", "neft*", "rtgs*"],
  semicolon: [";"],
  /** A digit then " on" (`digitThenOn`). */
  digitOn: ["0 on", "1 on", "2 on", "3 on", "4 on", "5 on", "6 on", "7 on", "8 on", "9 on"],
  of: [" of "],
  /** What `ecsWord` needs first ("nach" ends with "ach"). */
  ecs: ["ecs", "ach"],
  upiDash: ["upi-"],
  you: [" you"],
  at: ["@"],
  newline: ["\n"],
  confirmed: [" confirmed"],
  bal: ["bal"],
  colon: [":"],
  /** A mask character directly followed by a digit (what account.ts's loose masked-tail pattern needs). */
  /** What account.ts's payee check needs before an account. */
  payeeWord: [" to", "payee", "benef"],
  maskDigit: [..."x*•·"].flatMap((m) => [..."0123456789"].map((d) => m + d)),
  /** What `normalize.ts` would change besides the edges: doubled white space, and (via `MESSY_ALIAS`) every
   * character of its odd-character class, all standing in for the first one. */
  messy: ["  ", " \n", "\n ", "\n\n", "\u0000"],
} as const;
export type FactName = keyof typeof FACT_WORDS;
export const FACT: Record<FactName, number> = {} as Record<FactName, number>;
/** Single characters are found by a plain search as fast as the scan would flag them (the scan would stop at each). */
const SEARCHED: ReadonlySet<FactName> = new Set<FactName>(["dash", "semicolon", "at", "newline", "colon"]);
(Object.keys(FACT_WORDS) as FactName[]).forEach((name, i) => {
  FACT[name] = SEARCHED.has(name) ? 0 : 1 << i;
});
/** The other characters of normalize.ts's ODD_CHAR class (`ODD_RANGES`), each scanned as if it were "\u0000". */
export const MESSY_ALIAS: ReadonlyMap<number, number> = (() => {
  const m = new Map<number, number>();
  for (const [lo, hi] of ODD_RANGES) for (let c = Math.max(lo, 1); c <= hi; c++) m.set(c, 0);
  return m;
})();
const FIRST_FREE = Object.keys(FACT_WORDS).length;
const MAX_BITS = 31;

/** Literals registered by extractors (e.g. the literal a counterparty pattern needs) -> their fact bit. */
export const LITERAL_BITS = new Map<string, number>();
let frozen = false;

/** Called by scan.ts once its scanner is built: literals registered later get no bit. */
export function freezeLiterals(): void {
  frozen = true;
}

/** The fact bit for a literal (registered at module load); 0 when the bits ran out (the caller then searches). */
export function literalBit(literal: string): number {
  let bit = LITERAL_BITS.get(literal);
  // Too late (the scanner is built) or too short to be worth it (a common short word such as "for" would stop the
  // scan at every occurrence): no bit, the caller searches.
  if (bit === undefined && (frozen || literal.length < 4)) return 0;
  if (bit === undefined) {
    const i = FIRST_FREE + LITERAL_BITS.size;
    bit = i < MAX_BITS ? 1 << i : 0;
    if (bit !== 0) LITERAL_BITS.set(literal, bit);
  }
  return bit;
}

/** Whether `needle` occurs in `lower`: from the fact bits `x` when known (>= 0) and `bit` is one, else searched. */
export function has(x: number, bit: number, lower: string, needle: string): boolean {
  return x >= 0 && bit !== 0 ? (x & bit) !== 0 : lower.includes(needle);
}
