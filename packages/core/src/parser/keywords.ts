import { trieSource } from "./trie-regex";

/**
 * Keywords are literals; a trailing "*" means the keyword may be a word prefix ("penal*" matches "penalty"),
 * a leading "*" that it may end a word ("*card" matches "bobcard").
 */
export interface KeywordScanner {
  /** Bitwise OR of the groups (by index) of the keywords found with word boundaries. */
  scan(text: string): number;
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || (c >= 65 && c <= 90);
}

/**
 * One pass over lower-cased text for many literal keywords at once (prefix-factored regex), with word-boundary
 * checks done in code. groups[i] lists the keywords of group i; the result has bit i set when one was found.
 * Keywords that start or end with a non-word character (e.g. Devanagari) skip that boundary check.
 */
export function keywordScanner(groups: readonly (readonly string[])[]): KeywordScanner {
  const info = new Map<string, { bits: number; prefix: boolean; suffix: boolean }>();
  groups.forEach((words, i) => {
    for (const raw of words) {
      const prefix = raw.endsWith("*");
      const suffix = raw.startsWith("*");
      const w = raw.slice(suffix ? 1 : 0, prefix ? -1 : undefined);
      const prev = info.get(w);
      info.set(w, {
        bits: (prev?.bits ?? 0) | (1 << i),
        prefix: prefix || (prev?.prefix ?? false),
        suffix: suffix || (prev?.suffix ?? false),
      });
    }
  });
  const re = new RegExp(trieSource(info.keys()), "g");
  return {
    scan(text: string): number {
      let bits = 0;
      re.lastIndex = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        const w = m[0];
        const k = info.get(w);
        const start = m.index;
        const end = start + w.length;
        const okStart =
          k?.suffix || start === 0 || !isWordChar(w.charCodeAt(0)) || !isWordChar(text.charCodeAt(start - 1));
        const okEnd =
          k?.prefix ||
          end >= text.length ||
          !isWordChar(w.charCodeAt(w.length - 1)) ||
          !isWordChar(text.charCodeAt(end));
        if (k && okStart && okEnd) bits |= k.bits;
        else re.lastIndex = start + 1; // a shorter keyword may still match here or just after
      }
      return bits;
    },
  };
}
