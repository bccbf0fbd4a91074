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
  for (const n of queue) n.out.sort((a, b) => lengths[b]! - lengths[a]!);
  // Speed: the trie compiled to compact typed arrays (`Compact`), built on the first search so that an isolate that
  // never sees a pack word's text pays nothing.
  let compact: Compact | null = null;

  return {
    find(text: string, accept?: (hit: WordHit) => boolean): WordHit[] {
      compact ??= compile(root, queue);
      const { rootNext, edgeStart, edgeChar, edgeTo, fail, outs } = compact;
      // All occurrences, then the regex's choice: leftmost, longest at a start, no overlap with an accepted one.
      const all: WordHit[] = [];
      let s = 0;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        // Goto edges of the state, else its failure state's, down to the root's full row.
        for (;;) {
          if (s === 0) {
            s = rootNext[c]!;
            break;
          }
          let e = edgeStart[s]!;
          const end = edgeStart[s + 1]!;
          while (e < end && edgeChar[e] !== c) e++;
          if (e < end) {
            s = edgeTo[e]!;
            break;
          }
          s = fail[s]!;
        }
        const out = outs[s];
        if (out === undefined) continue;
        for (const k of out) all.push({ word: k, start: i + 1 - lengths[k]!, end: i + 1 });
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

/**
 * The trie in typed arrays, states numbered breadth first: the root's transition for every code unit, and for every
 * other state its goto edges (sorted by nothing, usually one or two) and its failure state. A few KB are touched per
 * text, where a dense table (one row per state and character: 0.6 MB of ASCII rows and 9 MB of others for the pack
 * words) spread each text's reads over cache lines that the rest of the parser then evicts (issue 13, perf17).
 */
interface Compact {
  rootNext: Uint16Array | Int32Array;
  /** Edges of state s: edgeStart[s] .. edgeStart[s + 1] - 1. */
  edgeStart: Int32Array;
  edgeChar: Uint16Array;
  edgeTo: Uint16Array | Int32Array;
  fail: Uint16Array | Int32Array;
  /** Per state, the words ending there (longest first); undefined when none. */
  outs: (readonly number[] | undefined)[];
}

function compile(root: Node, queue: readonly Node[]): Compact {
  const nodes = [root, ...queue];
  const id = new Map<Node, number>(nodes.map((n, i) => [n, i]));
  const small = nodes.length < 0x10000;
  const states = (n: number): Uint16Array | Int32Array => (small ? new Uint16Array(n) : new Int32Array(n));
  const rootNext = states(65536);
  for (const [c, child] of root.next) rootNext[c] = id.get(child)!;
  const edgeStart = new Int32Array(nodes.length + 1);
  const edges = nodes.length - 1;
  const edgeChar = new Uint16Array(edges);
  const edgeTo = states(edges);
  const fail = states(nodes.length);
  let e = 0;
  nodes.forEach((n, s) => {
    edgeStart[s] = e;
    fail[s] = n.fail === null ? 0 : id.get(n.fail)!;
    if (s === 0) return;
    for (const [c, child] of n.next) {
      edgeChar[e] = c;
      edgeTo[e++] = id.get(child)!;
    }
  });
  edgeStart[nodes.length] = e;
  const outs = nodes.map((n) => (n.out.length > 0 ? n.out : undefined));
  return { rootNext, edgeStart, edgeChar, edgeTo, fail, outs };
}
