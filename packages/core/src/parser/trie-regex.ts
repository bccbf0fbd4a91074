type Node = Map<string, Node | null>;

const SPECIAL = /[.*+?^${}()|[\]\\/%&-]/;

function escapeChar(c: string): string {
  return SPECIAL.test(c) ? `\\${c}` : c;
}

function build(node: Node): string {
  const ends = node.has("");
  const alts: string[] = [];
  for (const [ch, child] of node) if (ch !== "" && child) alts.push(escapeChar(ch) + build(child));
  if (alts.length === 0) return "";
  const body = alts.length === 1 ? alts[0]! : `(?:${alts.join("|")})`;
  return ends ? `(?:${body})?` : body;
}

/**
 * Regex source matching any of `words` (literal), prefix-factored into a trie so that the engine tries one branch
 * per distinct first character instead of every word. Greedy: the longest word at a position wins.
 */
export function trieSource(words: Iterable<string>): string {
  const root: Node = new Map();
  for (const w of words) {
    let node = root;
    for (const ch of w) {
      let next = node.get(ch);
      if (!next) {
        next = new Map();
        node.set(ch, next);
      }
      node = next;
    }
    node.set("", null);
  }
  return build(root);
}
