/**
 * Speed gates of the pack path (branch perf20), each against its plain twin: the refund-word pre-scan, the mask-pair
 * gate of the fallback account reader, the name reader's look-back, and the one-pass search of the words a name is
 * printed before. A gate may only skip work that would find nothing.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LOCALES, wordsOf } from "../../src/locales";
import { localAccount } from "../../src/parser/local-account";
import { insideName, isSpace, localeParty } from "../../src/parser/locale-party";
import { saysRefund } from "../../src/parser/locale-refund";
import { partyNumberAt } from "../../src/parser/payee-number";
import { normalizeBody } from "../../src/parser/normalize";
import { loadFixtures } from "./load-fixtures";

const fixtures = loadFixtures();
/** Fixture bodies, lower-cased, upper-cased and halved (cue words moved to the edges). */
const bodies = fixtures.flatMap((f) => {
  const b = normalizeBody(f.body);
  const half = Math.floor(b.length / 2);
  return [b, b.toLowerCase(), b.toUpperCase(), b.slice(0, half), b.slice(half)];
});
const lowers = [...new Set(bodies.map((b) => b.toLowerCase()))];

/** Texts glued from prefixes and suffixes of `words` and a few separators: they walk deep into the tries. */
function pieces(words: readonly string[], extra: readonly string[] = []): fc.Arbitrary<string> {
  const piece = fc
    .tuple(fc.constantFrom(...words), fc.nat(), fc.boolean())
    .map(([w, n, head]) => (head ? w.slice(0, 1 + (n % w.length)) : w.slice(n % w.length)));
  return fc
    .array(fc.oneof(piece, fc.constantFrom(" ", "x", "1", "é", "\n", ...extra)), { maxLength: 14 })
    .map((p) => p.join(""));
}

describe("saysRefund's pre-scan", () => {
  const refundWords = wordsOf("refund");
  it("answers what the regex alone answers (fixtures, variants)", () => {
    for (const t of lowers) expect(saysRefund(t), t).toBe(saysRefund(t, true));
  });
  it("answers what the regex alone answers (refund word pieces)", () => {
    fc.assert(
      fc.property(pieces(refundWords, ["ё", "a"]), (t) => {
        expect(saysRefund(t)).toBe(saysRefund(t, true));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("localAccount's mask-pair gate", () => {
  it("reads what the ungated reader reads (fixtures, variants)", () => {
    for (const t of lowers) expect(localAccount(t), t).toEqual(localAccount(t, true));
  });
  it("reads what the ungated reader reads (generated masks, IBANs, card groups)", () => {
    const part = fc.constantFrom(
      "x",
      "xx",
      "*",
      "**",
      "#",
      "##",
      "•",
      "-",
      " ",
      "tr",
      "ab",
      "12",
      "1234",
      "4xxx",
      "****",
      " xxxx",
      "card ",
      "a/c ",
      "ending ",
      "konto ",
      "ile biten",
      ".",
      "é",
      "\n",
    );
    fc.assert(
      fc.property(
        fc.array(part, { maxLength: 14 }).map((p) => p.join("")),
        (t) => {
          expect(localAccount(t)).toEqual(localAccount(t, true));
        },
      ),
      { numRuns: 5000 },
    );
  });
});

describe("partyNumberAt's bracket gate", () => {
  it("answers what the pattern alone answers at every place of the fixtures", () => {
    for (const t of lowers) {
      // Every place of a text with a bracket (where the pattern can hold), every 7th of the others.
      const step = t.includes("(") ? 1 : 7;
      for (let i = 0; i <= t.length; i += step) expect(partyNumberAt(t, i), t).toBe(partyNumberAt(t, i, true));
    }
  });
});

describe("localeParty's name reader", () => {
  it("isSpace is JavaScript's \\s for every UTF-16 code unit", () => {
    const differ: string[] = [];
    for (let c = 0; c < 65536; c++) if (isSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c.toString(16));
    expect(differ).toEqual([]);
  });
  it("insideName's look-back answers what splitting the line answers", () => {
    const token = fc.constantFrom("LE", "VAN", "C.", "DE", "de", "SOUZA", "JOAO", "TO", "ab", "12", "", "Ё", "МАРИЯ");
    const space = fc.constantFrom(" ", "  ", "\t", "\u00a0", "\u3000", "\n");
    const line = fc.array(fc.tuple(token, space), { maxLength: 8 }).map((p) => p.map(([t, s]) => t + s).join(""));
    fc.assert(
      fc.property(line, fc.nat(), fc.nat(4), (l, at, length) => {
        const i = l.length === 0 ? 0 : at % l.length;
        expect(insideName(l, i, length + 1)).toBe(insideName(l, i, length + 1, true));
      }),
      { numRuns: 5000 },
    );
  });
  it("finds the same party as the plain search (pack party words around capitalised names)", () => {
    const party = LOCALES.flatMap((p) => [
      ...(p.words.payer ?? []),
      ...(p.words.party ?? []),
      ...(p.words.partyBefore ?? []),
    ]);
    const names = [
      "ASHA MUSA",
      "LE VAN C.",
      "Иван П.",
      "CARREFOUR",
      "مطعم",
      "1,200円を山田太郎さんに",
      "JOAO DE SOUZA",
    ];
    const text = fc
      .array(
        fc.oneof(fc.constantFrom(...party), fc.constantFrom(...names, " ", ", ", ": ", "\n", "100 USD", "0712XXXX12")),
        {
          maxLength: 10,
        },
      )
      .map((p) => p.join(" "));
    fc.assert(
      fc.property(text, fc.constantFrom("debit" as const, "credit" as const), (t, d) => {
        expect(localeParty(t, d)).toBe(localeParty(t, d, true));
      }),
      { numRuns: 3000 },
    );
  });
});
