/**
 * Every occurrence of many literal words in a text, with positions, in one pass (Aho-Corasick over a Map trie:
 * any number of distinct characters, any script). Used by the locale pack path, where a regex of several hundred
 * alternatives in a dozen scripts would cost tens of milliseconds to compile in each isolate.
 */
import type { SplitTable } from "./substrings";

export interface WordHit {
  /** Index of the word in the list given to `wordFinder`. */
  word: number;
  start: number;
  end: number;
}

interface Node {
  next: Map<number, Node>;
  fail: Node | null;
  /** Words ending here (own and through failure links), longest first. */
  out: number[];
  depth: number;
}

export interface WordFinder {
  /** Matches as a regex alternation of the words (longest first) would find them scanning left to right, except that
   * `accept` may reject a match (then the scan goes on from the next position, as `lastIndex = index + 1` would). */
  find(text: string, accept?: (hit: WordHit) => boolean): WordHit[];
}

export function wordFinder(words: readonly string[]): WordFinder {
  const root: Node = { next: new Map(), fail: null, out: [], depth: 0 };
  words.forEach((w, k) => {
    let n = root;
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      let child = n.next.get(c);
      if (!child) {
        child = { next: new Map(), fail: null, out: [], depth: n.depth + 1 };
        n.next.set(c, child);
      }
      n = child;
    }
    if (w.length > 0) n.out.push(k);
  });
  const queue: Node[] = [];
  for (const child of root.next.values()) {
    child.fail = root;
    queue.push(child);
  }
  for (let q = 0; q < queue.length; q++) {
    const n = queue[q]!;
    for (const [c, child] of n.next) {
      let f = n.fail;
      while (f && !f.next.has(c)) f = f.fail;
      child.fail = f?.next.get(c) ?? root;
      child.out = [...child.out, ...child.fail.out];
      queue.push(child);
    }
  }
  const lengths = words.map((w) => w.length);
  for (const n of queue) n.out.sort((a, b) => lengths[b]! - lengths[a]!);
  // Speed: the trie compiled to a dense transition table (as `substrings.ts` does), built on the first search so
  // that an isolate that never sees a pack word's text pays nothing: one table read per character, no Map lookups.
  let dense: Dense | null = null;

  return {
    find(text: string, accept?: (hit: WordHit) => boolean): WordHit[] {
      dense ??= compile(root, queue);
      const { ascii, asciiSymbols, wide, wideSymbols, asciiSym, wideSym, flag, outs } = dense;
      // All occurrences, then the regex's choice: leftmost, longest at a start, no overlap with an accepted one.
      const all: WordHit[] = [];
      let s = 0;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        s = c < 128 ? ascii[s * asciiSymbols + asciiSym[c]!]! : wide[s * wideSymbols + wideSym[c]!]!;
        if (s < flag) continue;
        s -= flag;
        for (const k of outs[s]!) all.push({ word: k, start: i + 1 - lengths[k]!, end: i + 1 });
      }
      if (all.length === 0) return all;
      all.sort((a, b) => a.start - b.start || b.end - a.end);
      const hits: WordHit[] = [];
      let from = 0;
      for (const h of all) {
        if (h.start < from) continue;
        if (accept && !accept(h)) continue;
        hits.push(h);
        from = h.end;
      }
      return hits;
    },
  };
}

/** The trie as a split transition table (`substrings.ts` `SplitTable`), flagged where words end. */
interface Dense extends SplitTable {
  /** Per state, the words ending there (longest first); undefined when none. */
  outs: (readonly number[] | undefined)[];
}

/**
 * The Map trie (failure links and outputs set) compiled straight to a split table: breadth first, each state's rows
 * start as copies of its failure state's (numbered, so filled, before it), then its own children are written in.
 */
function compile(root: Node, queue: readonly Node[]): Dense {
  const nodes = [root, ...queue];
  const id = new Map<Node, number>(nodes.map((n, i) => [n, i]));
  const asciiSym = new Uint8Array(128);
  const wideSym = new Uint16Array(65536);
  let asciiSymbols = 1;
  let wideSymbols = 1;
  for (const n of nodes) {
    for (const c of n.next.keys()) {
      if (c < 128 && asciiSym[c] === 0) asciiSym[c] = asciiSymbols++;
      else if (c >= 128 && wideSym[c] === 0) wideSym[c] = wideSymbols++;
    }
  }
  const flag = nodes.length < 0x8000 ? 0x8000 : 1 << 30;
  const ascii =
    flag === 0x8000 ? new Uint16Array(nodes.length * asciiSymbols) : new Int32Array(nodes.length * asciiSymbols);
  const wide =
    flag === 0x8000 ? new Uint16Array(nodes.length * wideSymbols) : new Int32Array(nodes.length * wideSymbols);
  const outs = nodes.map((n) => (n.out.length > 0 ? n.out : undefined));
  nodes.forEach((n, s) => {
    if (n.fail !== null) {
      const f = id.get(n.fail)!;
      ascii.copyWithin(s * asciiSymbols, f * asciiSymbols, (f + 1) * asciiSymbols);
      wide.copyWithin(s * wideSymbols, f * wideSymbols, (f + 1) * wideSymbols);
    }
    for (const [c, child] of n.next) {
      const next = id.get(child)!;
      const entry = outs[next] === undefined ? next : next + flag;
      if (c < 128) ascii[s * asciiSymbols + asciiSym[c]!] = entry;
      else wide[s * wideSymbols + wideSym[c]!] = entry;
    }
  });
  return { ascii, asciiSymbols, wide, wideSymbols, asciiSym, wideSym, flag, outs };
}
