/**
 * Which of many literal keywords occur in a text, in one pass of a few array reads per character
 * (Aho-Corasick automaton compiled to a dense transition table).
 *
 * Every occurrence is seen, overlapping ones included. This is cheaper than a regex over a large alternation:
 * no per-position backtracking and no array of matched strings.
 */

interface Automaton {
  /** UTF-16 code unit -> symbol (0 = a character no keyword uses). 16 bits: the keywords of the Indic packs alone use
   * more than 255 characters. */
  symbolOf: Uint16Array;
  symbols: number;
  /** Transition table: delta[state * symbols + symbol]. */
  delta: Int32Array;
  /** Per state, the indices of the keywords that end there (the state's own and those of its failure chain). */
  ends: number[][];
}

/**
 * `alias` maps a code unit to another whose symbol it shares: the automaton cannot tell them apart (for a set of
 * single-character keywords with the same outputs, e.g. control characters, only one of which is listed as a keyword).
 */
function build(words: readonly string[], alias?: ReadonlyMap<number, number>): Automaton {
  // Alphabet: each code unit used by a keyword gets a symbol 1..K.
  const symbolOf = new Uint16Array(65536);
  let symbols = 1;
  // ASCII characters first: most texts are ASCII, so the part of each table row they read stays in few cache lines.
  for (const ascii of [true, false]) {
    for (const w of words) {
      for (let i = 0; i < w.length; i++) {
        const c = w.charCodeAt(i);
        if (symbolOf[c] === 0 && c < 128 === ascii) symbolOf[c] = symbols++;
      }
    }
  }
  if (symbols > 65535) throw new Error(`substrings: too many distinct characters (${symbols - 1})`);
  if (alias) {
    for (const [c, rep] of alias) {
      if (symbolOf[c] !== 0) throw new Error("substrings: an aliased character is used by a keyword");
      symbolOf[c] = symbolOf[rep]!;
    }
  }

  // Trie (goto function).
  const children: Map<number, number>[] = [new Map()];
  const ends: number[][] = [[]];
  words.forEach((w, k) => {
    let s = 0;
    for (let i = 0; i < w.length; i++) {
      const sym = symbolOf[w.charCodeAt(i)]!;
      let next = children[s]!.get(sym);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        ends.push([]);
        children[s]!.set(sym, next);
      }
      s = next;
    }
    ends[s]!.push(k);
  });

  // Breadth first: failure links folded into a full transition table; a state also ends its failure state's keywords.
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
    if (ends[fail[s]!]!.length > 0) ends[s] = [...ends[s]!, ...ends[fail[s]!]!];
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
  return { symbolOf, symbols, delta, ends };
}

export interface SubstringScanner {
  /** Bitwise OR of the bits of every keyword found anywhere in the text, as a plain substring. */
  scan(text: string): number;
}

/** `keywords` maps each keyword to its bits. */
export function substringScanner(keywords: ReadonlyMap<string, number>): SubstringScanner {
  const words = [...keywords.keys()];
  const { symbolOf, symbols, delta, ends } = build(words);
  // Per state, the bits of the keywords ending there; a transition into a state with bits is flagged (`splitTable`),
  // so the loop reads them only then.
  const outs = Int32Array.from(ends, (list) => list.reduce((bits, k) => bits | (keywords.get(words[k]!) ?? 0), 0));
  const split = splitTable(symbolOf, symbols, delta, ends.length, (st) => outs[st] !== 0);
  const { ascii, asciiSymbols, wide, wideSymbols, asciiSym, wideSym, flag } = split;
  return {
    scan(text: string): number {
      const A = asciiSymbols;
      let s = 0;
      let bits = 0;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        s = c < 128 ? ascii[s * A + asciiSym[c]!]! : wide[s * wideSymbols + wideSym[c]!]!;
        if (s < flag) continue;
        s -= flag;
        bits |= outs[s]!;
      }
      return bits;
    },
  };
}

/** A keyword and what it needs around it: a word boundary before (`start`) and/or after (`end`). */
export interface BoundedKeyword {
  word: string;
  start: boolean;
  end: boolean;
  /** Opaque bits reported when the keyword is found with its boundaries. */
  a: number;
  b: number;
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || (c >= 65 && c <= 90);
}

export interface WordScanner {
  /** ORs the `a` and `b` bits of every keyword occurrence whose boundaries hold (`\b` semantics, ASCII word chars). */
  scan(text: string, into: { a: number; b: number }): void;
}

export function wordScanner(keywords: readonly BoundedKeyword[]): WordScanner {
  const { symbolOf, symbols, delta, ends } = build(keywords.map((k) => k.word));
  // Rows as in substringScanner; the last slot of a row is 1 when a keyword ends in that state.
  const stride = symbols + 1;
  const rows = new Int32Array(ends.length * stride);
  ends.forEach((list, state) => {
    for (let sym = 0; sym < symbols; sym++) rows[state * stride + sym] = delta[state * symbols + sym]! * stride;
    rows[state * stride + symbols] = list.length > 0 ? 1 : 0;
  });
  return {
    scan(text: string, into: { a: number; b: number }): void {
      let row = 0;
      const n = text.length;
      for (let i = 0; i < n; i++) {
        row = rows[row + symbolOf[text.charCodeAt(i)]!]!;
        if (rows[row + symbols] === 0) continue;
        // Rare: a keyword ends at i; check its boundaries like \b would.
        for (const k of ends[row / stride]!) {
          const kw = keywords[k]!;
          const from = i + 1 - kw.word.length;
          if (kw.start && from > 0 && isWordChar(text.charCodeAt(from - 1))) continue;
          if (kw.end && i + 1 < n && isWordChar(text.charCodeAt(i + 1))) continue;
          into.a |= kw.a;
          into.b |= kw.b;
        }
      }
    },
  };
}

export interface TextScan {
  /** Bits of the plain-substring keywords found. */
  bits: number;
  /** `a` and `b` bits of the bounded keywords found with their boundaries. */
  a: number;
  b: number;
  /** Index of the last character of the first / last occurrence of a mark; -1 when there is none. */
  firstMarkEnd: number;
  lastMarkEnd: number;
  /** Where the longest mark ending at each mark end starts, in text order of the ends (at most MAX_MARKS;
   * null when there were more), except where that mark starts with an ASCII letter right after an ASCII letter
   * (inside a word: "le" in "available"), where no currency token can stand. */
  markStarts: number[] | null;
  /** Bits of the `extra` plain-substring keywords found (a second word of bits, all 31 usable). */
  x: number;
  /** Index of the last character of the first occurrence of a plain keyword with one of the `firstOf` bits; -1: none. */
  firstOfEnd: number;
  /** The same for the `firstOfB` bits. */
  firstOfBEnd: number;
}

const BOUNDED_ENDS = 1 << 30;
const MARK_ENDS = 1 << 29;
/** Mark positions kept per scan; a text with more (rare) is searched between the first and last mark instead. */
const MAX_MARKS = 24;
/** Added to a mark length in the table when the mark starts with an ASCII letter. */
const IN_WORD_MARK = 1 << 16;
function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}
const NO_MARKS: number[] = [];

/**
 * A transition table split in two, so that ASCII text (most SMS) reads a narrow table: per state, one column per
 * ASCII character a keyword uses (plus one for every other ASCII character) in `ascii`, and one per other character
 * in `wide`. Entries are next states, plus `flag` when `flagged(next)`. The same automaton as `delta`, smaller rows:
 * the hot states' ASCII rows stay in cache.
 */
export interface SplitTable {
  ascii: Uint16Array | Int32Array;
  asciiSymbols: number;
  wide: Uint16Array | Int32Array;
  wideSymbols: number;
  /** Code unit (< 128) -> column of `ascii`. */
  asciiSym: Uint8Array;
  /** Code unit (>= 128) -> column of `wide`. */
  wideSym: Uint16Array;
  flag: number;
}

export function splitTable(
  symbolOf: ArrayLike<number>,
  symbols: number,
  delta: ArrayLike<number>,
  states: number,
  flagged: (state: number) => boolean,
): SplitTable {
  const asciiCol = new Int32Array(symbols).fill(-1);
  const wideCol = new Int32Array(symbols).fill(-1);
  asciiCol[0] = 0;
  wideCol[0] = 0;
  let asciiSymbols = 1;
  let wideSymbols = 1;
  for (let c = 0; c < 65536; c++) {
    const sym = symbolOf[c]!;
    const cols = c < 128 ? asciiCol : wideCol;
    if (cols[sym] === -1) cols[sym] = c < 128 ? asciiSymbols++ : wideSymbols++;
  }
  const asciiSym = new Uint8Array(128);
  const wideSym = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) {
    if (c < 128) asciiSym[c] = asciiCol[symbolOf[c]!]!;
    else wideSym[c] = wideCol[symbolOf[c]!]!;
  }
  const flag = states < 0x8000 ? 0x8000 : 1 << 30;
  const ascii = flag === 0x8000 ? new Uint16Array(states * asciiSymbols) : new Int32Array(states * asciiSymbols);
  const wide = flag === 0x8000 ? new Uint16Array(states * wideSymbols) : new Int32Array(states * wideSymbols);
  // Built once per automaton (at module load, or on the word finder's first search): no calls in the inner loop.
  const flagOf = new Int32Array(states);
  for (let s = 0; s < states; s++) flagOf[s] = flagged(s) ? flag : 0;
  for (let s = 0; s < states; s++) {
    const from = s * symbols;
    const asciiRow = s * asciiSymbols;
    const wideRow = s * wideSymbols;
    for (let sym = 0; sym < symbols; sym++) {
      const next = delta[from + sym]!;
      const entry = next + flagOf[next]!;
      const a = asciiCol[sym]!;
      const w = wideCol[sym]!;
      if (a >= 0) ascii[asciiRow + a] = entry;
      if (w >= 0) wide[wideRow + w] = entry;
    }
  }
  return { ascii, asciiSymbols, wide, wideSymbols, asciiSym, wideSym, flag };
}

/**
 * Three kinds in one pass: plain substrings (`substringScanner` semantics, bits below 1 << 29), keywords with word
 * boundaries (`wordScanner` semantics) and marks (where the first and the last occurrence of any of them end).
 * One automaton over the text instead of several.
 */
export function textScanner(
  substrings: ReadonlyMap<string, number>,
  bounded: readonly BoundedKeyword[],
  marks: readonly string[] = [],
  extra: ReadonlyMap<string, number> = new Map(),
  alias?: ReadonlyMap<number, number>,
  firstOf = 0,
  firstOfB = 0,
): { scan(text: string): TextScan } {
  const plain = [...substrings.keys()];
  const extraWords = [...extra.keys()];
  for (const bits of substrings.values())
    if (bits & ~(MARK_ENDS - 1)) throw new Error("textScanner: bit 29 and up are reserved");
  const firstMark = plain.length + bounded.length;
  const firstExtra = firstMark + marks.length;
  const { symbolOf, symbols, delta, ends } = build(
    [...plain, ...bounded.map((k) => k.word), ...marks, ...extraWords],
    alias,
  );
  const states = ends.length;
  // Per state, the bounded keywords ending there (indices into `bounded`).
  const boundedEnds: number[][] = ends.map((list) =>
    list.filter((k) => k >= plain.length && k < firstMark).map((k) => k - plain.length),
  );
  const outs = Int32Array.from(ends, (list) => {
    let out = 0;
    for (const k of list) {
      if (k < firstExtra)
        out |= k < plain.length ? (substrings.get(plain[k]!) ?? 0) : k < firstMark ? BOUNDED_ENDS : MARK_ENDS;
    }
    return out;
  });
  const extraOuts = Int32Array.from(ends, (list) =>
    list.reduce((bits, k) => (k >= firstExtra ? bits | (extra.get(extraWords[k - firstExtra]!) ?? 0) : bits), 0),
  );
  // The longest mark ending in each state (its length, + IN_WORD_MARK when it starts with an ASCII letter).
  const markOf = Int32Array.from(ends, (list) => {
    let longest = "";
    for (const k of list) {
      const mark = k >= firstMark && k < firstExtra ? marks[k - firstMark]! : "";
      if (mark.length > longest.length) longest = mark;
    }
    return longest.length + (isAsciiLetter(longest.charCodeAt(0)) ? IN_WORD_MARK : 0);
  });
  // A transition into a state with outputs is flagged: the loop reads the per-state outputs only then.
  const { ascii, asciiSymbols, wide, wideSymbols, asciiSym, wideSym, flag } = splitTable(
    symbolOf,
    symbols,
    delta,
    states,
    (s) => outs[s] !== 0 || extraOuts[s] !== 0,
  );
  return {
    scan(text: string): TextScan {
      // Locals, so that the loop reads no closure slots; the rare flagged transitions are handled by `flagged`,
      // so that the loop keeps few live values.
      const small = ascii;
      const smallSym = asciiSym;
      const A = asciiSymbols;
      const FLAG = flag;
      const st: ScanFields = {
        bits: 0,
        a: 0,
        b: 0,
        firstMarkEnd: -1,
        lastMarkEnd: -1,
        marks: undefined,
        x: 0,
        firstOfEnd: -1,
        firstOfBEnd: -1,
      };
      let s = 0;
      const n = text.length;
      for (let i = 0; i < n; i++) {
        const c = text.charCodeAt(i);
        s = c < 128 ? small[s * A + smallSym[c]!]! : wide[s * wideSymbols + wideSym[c]!]!;
        if (s < FLAG) continue;
        s -= FLAG;
        flagged(st, s, i, text);
      }
      return {
        bits: st.bits & (MARK_ENDS - 1),
        a: st.a,
        b: st.b,
        firstMarkEnd: st.firstMarkEnd,
        lastMarkEnd: st.lastMarkEnd,
        markStarts: st.marks === undefined ? NO_MARKS : st.marks,
        x: st.x,
        firstOfEnd: st.firstOfEnd,
        firstOfBEnd: st.firstOfBEnd,
      };
    },
  };

  /** A transition into state `s` with outputs, at `i`. */
  function flagged(st: ScanFields, s: number, i: number, text: string): void {
    const out = outs[s]!;
    st.bits |= out;
    st.x |= extraOuts[s]!;
    if (st.firstOfEnd < 0 && (out & firstOf) !== 0) st.firstOfEnd = i;
    if (st.firstOfBEnd < 0 && (out & firstOfB) !== 0) st.firstOfBEnd = i;
    if (out & MARK_ENDS) {
      if (st.firstMarkEnd < 0) st.firstMarkEnd = i;
      st.lastMarkEnd = i;
      const mark = markOf[s]!;
      const start = i + 1 - (mark & (IN_WORD_MARK - 1));
      // A letter mark right after a letter is inside a word: no token starts there (not listed).
      if (mark < IN_WORD_MARK || start === 0 || !isAsciiLetter(text.charCodeAt(start - 1))) {
        if (st.marks === undefined) st.marks = [start];
        else if (st.marks !== null) {
          if (st.marks.length === MAX_MARKS) st.marks = null;
          else st.marks.push(start);
        }
      }
    }
    if ((out & BOUNDED_ENDS) === 0) return;
    // Rare: a bounded keyword ends at i; check its boundaries like \b would.
    const n = text.length;
    for (const k of boundedEnds[s]!) {
      const kw = bounded[k]!;
      const from = i + 1 - kw.word.length;
      if (kw.start && from > 0 && isWordChar(text.charCodeAt(from - 1))) continue;
      if (kw.end && i + 1 < n && isWordChar(text.charCodeAt(i + 1))) continue;
      st.a |= kw.a;
      st.b |= kw.b;
    }
  }
}

/** What `textScanner`'s scan gathers while it runs (`marks`: undefined until the first mark). */
interface ScanFields {
  bits: number;
  a: number;
  b: number;
  firstMarkEnd: number;
  lastMarkEnd: number;
  marks: number[] | null | undefined;
  x: number;
  firstOfEnd: number;
  firstOfBEnd: number;
}

export interface OccurrenceFinder {
  /** Every occurrence of every word in the text (overlapping ones included), ordered by the word's index in the
   * list, then by start: the order of `for (w of words) for (i = indexOf(w); i >= 0; i = indexOf(w, i + 1))`. */
  find(text: string): { word: number; start: number }[];
}

/** Where each of a few words occurs, in one automaton pass instead of one `indexOf` loop per word. */
export function occurrenceFinder(words: readonly string[]): OccurrenceFinder {
  if (words.some((w) => w === "")) throw new Error("occurrenceFinder: an empty word");
  const { symbolOf, symbols, delta, ends } = build(words);
  const lengths = words.map((w) => w.length);
  const none: { word: number; start: number }[] = [];
  // Speed: the split table (narrow ASCII rows), transitions into a state where words end flagged, so that the loop
  // reads the per-state word lists only there (not a list and its length at every character).
  const { ascii, asciiSymbols, wide, wideSymbols, asciiSym, wideSym, flag } = splitTable(
    symbolOf,
    symbols,
    delta,
    ends.length,
    (st) => ends[st]!.length > 0,
  );
  return {
    find(text: string): { word: number; start: number }[] {
      const A = asciiSymbols;
      let s = 0;
      let out: { word: number; start: number }[] | null = null;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        s = c < 128 ? ascii[s * A + asciiSym[c]!]! : wide[s * wideSymbols + wideSym[c]!]!;
        if (s < flag) continue;
        s -= flag;
        out ??= [];
        for (const k of ends[s]!) out.push({ word: k, start: i + 1 - lengths[k]! });
      }
      if (out === null) return none;
      return out.sort((a, b) => a.word - b.word || a.start - b.start);
    },
  };
}
