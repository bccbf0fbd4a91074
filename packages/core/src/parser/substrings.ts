/**
 * Which of many literal substrings occur in a text, in one pass of a few array reads per character
 * (Aho-Corasick automaton compiled to a dense transition table).
 *
 * Every occurrence is seen, overlapping ones included: bit i of the result is set exactly when some keyword of
 * group i occurs in the text. For gate checks this is cheaper than a regex `match` over a large alternation
 * (no per-position backtracking, no array of matched strings).
 */
export interface SubstringScanner {
  /** Bitwise OR of the bits of every keyword found (anywhere, as a plain substring). */
  scan(text: string): number;
}

/** `keywords` maps each keyword to its bits (at most 31 distinct bits). */
export function substringScanner(keywords: ReadonlyMap<string, number>): SubstringScanner {
  // Alphabet: each UTF-16 code unit used by a keyword gets a symbol 1..K; every other code unit is symbol 0.
  const symbolOf = new Uint8Array(65536);
  let symbols = 1;
  for (const w of keywords.keys()) {
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      if (symbolOf[c] === 0) symbolOf[c] = symbols++;
    }
  }
  if (symbols > 255) throw new Error("substringScanner: too many distinct characters");

  // Trie (goto function) with per-state output bits.
  const children: Map<number, number>[] = [new Map()];
  const out: number[] = [0];
  for (const [w, bits] of keywords) {
    let s = 0;
    for (let i = 0; i < w.length; i++) {
      const sym = symbolOf[w.charCodeAt(i)]!;
      let next = children[s]!.get(sym);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        out.push(0);
        children[s]!.set(sym, next);
      }
      s = next;
    }
    out[s]! |= bits;
  }

  // Breadth-first: failure links folded into a full transition table; outputs inherit those of the failure state.
  const n = children.length;
  const delta = new Int32Array(n * symbols);
  const fail = new Int32Array(n);
  const queue: number[] = [];
  for (let sym = 0; sym < symbols; sym++) {
    const next = children[0]!.get(sym);
    if (next !== undefined) {
      delta[sym] = next;
      queue.push(next);
    }
  }
  for (let q = 0; q < queue.length; q++) {
    const s = queue[q]!;
    out[s]! |= out[fail[s]!]!;
    for (let sym = 0; sym < symbols; sym++) {
      const next = children[s]!.get(sym);
      if (next === undefined) {
        delta[s * symbols + sym] = delta[fail[s]! * symbols + sym]!;
      } else {
        fail[next] = delta[fail[s]! * symbols + sym]!;
        delta[s * symbols + sym] = next;
        queue.push(next);
      }
    }
  }
  const outBits = Int32Array.from(out);

  return {
    scan(text: string): number {
      let s = 0;
      let bits = 0;
      for (let i = 0; i < text.length; i++) {
        s = delta[s * symbols + symbolOf[text.charCodeAt(i)]!]!;
        bits |= outBits[s]!;
      }
      return bits;
    },
  };
}
