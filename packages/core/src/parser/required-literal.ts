/** Literal text a regex source requires: lets a cheap substring check stand in front of the regex. */

/** Escaped characters that stand for themselves. */
const LITERAL_ESCAPES = new Set("/.()[]{}*+?|^$\\-:!,'\"#&@%= ");
const QUANTIFIERS = new Set("?*+{");

/**
 * The longest run of literal characters that every match of `source` must contain, lower-cased (for a
 * case-insensitive regex: its ASCII literals only match ASCII letters, so the lower-cased text contains the run);
 * "" when none of at least `minLength` characters is found.
 * Only characters outside groups and classes count, a quantified character is dropped, and a top-level "|"
 * means nothing is required. A plain substring check on it lets a regex that cannot match be skipped.
 */
export function requiredLiteral(source: string, minLength = 3): string {
  const runs: string[] = [];
  let run = "";
  let depth = 0;
  const flush = () => {
    if (run) runs.push(run);
    run = "";
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === "\\") {
      const next = source[++i] ?? "";
      if (depth === 0 && LITERAL_ESCAPES.has(next)) run += next;
      else flush(); // \d, \s, \b, \n ...: not a literal
    } else if (c === "[") {
      flush();
      for (i++; i < source.length && source[i] !== "]"; i++) if (source[i] === "\\") i++;
    } else if (c === "(") {
      flush();
      depth++;
    } else if (c === ")") {
      flush();
      depth--;
    } else if (c === "|") {
      if (depth === 0) return "";
    } else if (QUANTIFIERS.has(c)) {
      // The quantified atom may be absent or repeated: drop it if it was the run's last character.
      if (depth === 0 && run) run = run.slice(0, -1);
      flush();
      if (c === "{") while (i < source.length && source[i] !== "}") i++;
    } else if (c === "." || c === "^" || c === "$") {
      flush();
    } else if (depth === 0) {
      run += c;
    }
  }
  flush();
  let best = "";
  // Edge spaces are dropped: what remains is still required, and a needle that starts with a letter is found faster.
  for (const r of runs.map((run) => run.trim())) if (r.length > best.length && /^[\x20-\x7e]+$/.test(r)) best = r;
  return best.length >= minLength ? best.toLowerCase() : "";
}

/** The top-level alternatives of a regex source ("a|(?:b|c)|d" -> ["a", "(?:b|c)", "d"]). */
export function topLevelAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (c === "[") {
      for (i++; i < source.length && source[i] !== "]"; i++) if (source[i] === "\\") i++;
    } else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}
