import { TEXT_GROUPS } from "./category";
import { RAIL_GROUPS } from "./method";
import { trieSource } from "./trie-regex";

/**
 * One pass over the lower-cased body for the two word-boundary keyword families that used to be scanned
 * separately: payment rails (`method.ts`) and whole-text category cues (`category.ts`). It is run only when a rail
 * or a category is wanted (money-moving and related intents).
 *
 * Word boundaries are checked in the regex, as `keywords.ts` checks them in code; where the longest keyword at a
 * position fails its end boundary the regex may still match a shorter one there (`keywords.ts` would not).
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

// Boundaries are in the regex (\b fails fast inside words), so one native `match` call finds every keyword.
const alt = (set: Set<string>) => (set.size ? `(?:${trieSource(set)})` : "(?!)");
const RE = new RegExp(`\\b${alt(KINDS[0])}\\b|\\b${alt(KINDS[1])}|${alt(KINDS[2])}\\b|${alt(KINDS[3])}`, "g");

export function scanKeywords(text: string): Scan {
  let rails = 0;
  let cats = 0;
  const found = text.match(RE);
  if (found !== null) {
    for (const w of found) {
      const own = WORDS.get(w);
      if (own) {
        rails |= own.rails;
        cats |= own.cats;
      }
    }
  }
  return { rails, cats };
}

const RAIL_SLASH = /(?:upi|imps|neft|rtgs)\//;
let slashText = "";
let slashFound = false;

/** Whether the lower-cased text has a "UPI/", "IMPS/", "NEFT/" or "RTGS/" path (remembered for the last text). */
export function hasRailPath(lower: string): boolean {
  if (lower === slashText) return slashFound;
  slashText = lower;
  slashFound = lower.indexOf("/") >= 0 && RAIL_SLASH.test(lower);
  return slashFound;
}
