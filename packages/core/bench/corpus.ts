/**
 * The bench corpus: templated variants of the labelled fixtures (new amounts, names, references, days), seeded so
 * every run and every branch parses the same messages. Used by bench/parse.ts, bench/profile.ts, bench/equality.ts.
 */
import { seededRandom } from "../src/random";
import type { Fixture } from "./scoring";

export const CORPUS_SIZE = 100_000;

const NAMES = [
  "SWIGGY",
  "ZOMATO",
  "AMAZON",
  "FLIPKART",
  "RAHUL SHARMA",
  "PRIYA NAIR",
  "BIGBASKET",
  "UBER INDIA",
  "IRCTC",
  "APOLLO PHARMACY",
  "DMART",
  "JOHN DOE",
  "NETFLIX",
  "MYNTRA",
];

function indianGroup(n: number): string {
  const s = String(n);
  if (s.length <= 3) return s;
  const last3 = s.slice(-3);
  return `${s.slice(0, -3).replace(/\B(?=(\d{2})+(?!\d))/g, ",")},${last3}`;
}

/** Templated variant of a fixture: new amounts, names, reference numbers and days. */
export function vary(f: Fixture, r: () => number): Fixture {
  let body = f.body.replace(
    /((?:Rs\.?|INR|₹|Ksh|USD|AED|SGD|\$)\s?)(\d[\d,]*)(\.\d{1,2})?/g,
    (_m, cur: string, whole: string, frac?: string) => {
      const n = Math.floor(r() * 200000) + 1;
      const w = whole.includes(",") ? indianGroup(n) : String(n);
      return `${cur}${w}${frac ? `.${String(Math.floor(r() * 100)).padStart(2, "0")}`.slice(0, frac.length) : ""}`;
    },
  );
  const cp = f.expected.counterparty;
  if (cp && !cp.includes("@") && body.includes(cp))
    body = body.split(cp).join(NAMES[Math.floor(r() * NAMES.length)] ?? "X");
  body = body.replace(/\b\d{12}\b/g, () => String(Math.floor(r() * 9e11) + 1e11));
  body = body.replace(
    /\b(\d{2})([-/])(\d{2})\2(\d{2,4})\b/g,
    (_m, _d: string, sep: string, mo: string, y: string) =>
      `${String(1 + Math.floor(r() * 28)).padStart(2, "0")}${sep}${mo}${sep}${y}`,
  );
  return { ...f, body };
}

/** `n` variants of random fixtures; `sources`, when given, receives the index of each one's fixture. */
export function generateCorpus(fixtures: readonly Fixture[], n: number, sources?: number[]): Fixture[] {
  const r = seededRandom(20261112);
  const out: Fixture[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const k = Math.floor(r() * fixtures.length);
    if (sources) sources[i] = k;
    out[i] = vary(fixtures[k]!, r);
  }
  return out;
}
