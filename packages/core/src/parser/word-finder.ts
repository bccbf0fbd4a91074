/**
 * Every occurrence of many literal words in a text, with positions, in one pass (Aho-Corasick over a Map trie:
 * any number of distinct characters, any script). Used by the locale pack path, where a regex of several hundred
 * alternatives in a dozen scripts would cost tens of milliseconds to compile in each isolate.
 */
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
  /** 1 for a code unit some word starts with. */
  const first = new Uint8Array(65536);
  for (const w of words) if (w.length > 0) first[w.charCodeAt(0)] = 1;
  for (const n of queue) n.out.sort((a, b) => lengths[b]! - lengths[a]!);

  return {
    find(text: string, accept?: (hit: WordHit) => boolean): WordHit[] {
      // All occurrences, then the regex's choice: leftmost, longest at a start, no overlap with an accepted one.
      const all: WordHit[] = [];
      let n = root;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        // Most characters start no word and end none: one table read, no Map lookup.
        if (n === root && (c >= 65536 || first[c] === 0)) continue;
        let next = n.next.get(c);
        while (next === undefined && n !== root) {
          n = n.fail!;
          next = n.next.get(c);
        }
        n = next ?? root;
        if (n.out.length > 0) for (const k of n.out) all.push({ word: k, start: i + 1 - lengths[k]!, end: i + 1 });
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
