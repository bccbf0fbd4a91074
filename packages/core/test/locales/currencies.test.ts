import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { CURRENCIES, TOKENS, codeOfToken, exponentOf } from "../../src/locales/currencies";
import { LOCALES } from "../../src/locales";
import { CURRENCY_TOKENS, formOf, scanAmounts } from "../../src/parser/amount";
import { INSTITUTION_LIST } from "../../src/institutions";
import { currencyOfAmount } from "../../src/templates/tokenize";
import { currencyExponent } from "../../src/upstream/answer";

const SRC = join(import.meta.dirname, "..", "..", "src");
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) =>
    statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : f.endsWith(".ts") ? [join(dir, f)] : [],
  );
}

describe("the currency table (locales/currencies.ts)", () => {
  it("has one row per ISO 4217 code with ISO's minor-unit exponent", () => {
    const codes = CURRENCIES.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[A-Z]{3}$/);
    const iso: Record<string, number> = {
      INR: 2,
      USD: 2,
      EUR: 2,
      JPY: 0,
      KRW: 0,
      VND: 0,
      UGX: 0,
      XOF: 0,
      KWD: 3,
      BHD: 3,
      OMR: 3,
      JOD: 3,
      TND: 3,
      LYD: 3,
      IQD: 3,
      IRR: 2,
    };
    for (const [code, exponent] of Object.entries(iso))
      expect({ code, exponent: exponentOf(code) }).toEqual({ code, exponent });
  });

  it("is what currencyExponent (LLM answers, CLI, templates) and the amount scanner use", () => {
    for (const c of CURRENCIES) {
      expect(currencyExponent(c.code)).toBe(c.exponent);
      expect(formOf(c.code)).toEqual({ exponent: c.exponent, decimal: c.decimal, spaceGroups: c.spaceGroups ?? false });
      // The ISO code itself is a token, read as this currency.
      expect(codeOfToken(c.code)).toBe(c.code);
      const body = `paid ${c.code} 1${c.exponent > 0 ? `${c.decimal}${"5".repeat(c.exponent)}` : ""} today`;
      const hit = scanAmounts(body.toLowerCase(), 0, body.length, false, -1, -1, { printed: body })[0];
      expect({ body, hit: hit && { currency: hit.currency, minor: hit.minor } }).toEqual({
        body,
        hit: { currency: c.code, minor: c.exponent > 0 ? 10 ** c.exponent + Number("5".repeat(c.exponent)) : 1 },
      });
    }
    expect(currencyExponent(null)).toBe(2);
    expect(currencyExponent("XYZ")).toBe(2);
  });

  it("gives every token to the keyword pass that bounds the amount search, and to the template tokenizer", () => {
    for (const t of TOKENS.values()) {
      if (t.glued) expect(CURRENCY_TOKENS).toContain(`${t.lower}5`);
      else {
        // A mark is a prefix of the token: where it occurs, the token may start.
        expect([t.lower, CURRENCY_TOKENS.some((m) => t.lower.startsWith(m))]).toEqual([t.lower, true]);
        expect([t.text, currencyOfAmount(`${t.text}5`) ?? currencyOfAmount(`5${t.text}`)]).toEqual([
          t.text,
          t.codes[0],
        ]);
      }
    }
  });

  it("knows every institution's home currency and every locale pack's currencies", () => {
    const known = new Set(CURRENCIES.map((c) => c.code));
    for (const i of INSTITUTION_LIST) expect(known.has(i.currency), i.id).toBe(true);
    for (const p of LOCALES) for (const code of p.currencies) expect(known.has(code), `${p.id}: ${code}`).toBe(true);
  });

  it("is the only list of currencies in the source", () => {
    const codes = CURRENCIES.map((c) => c.code);
    const symbols = ["₹", "€", "£", "₦", "৳", "฿", "₺", "₽", "¥", "₱", "₫", "₩", "₸", "₴", "₵", "₨"];
    for (const file of files(SRC)) {
      const rel = relative(SRC, file);
      // Locale packs name the currencies of their language; institutions their home currency.
      if (rel.startsWith("locales") || rel === join("parser", "institutions.ts")) continue;
      const text = readFileSync(file, "utf8");
      const quoted = codes.filter((c) => text.includes(`"${c}"`));
      expect({ rel, quoted: quoted.length > 2 ? quoted : [] }).toEqual({ rel, quoted: [] });
      const printed = symbols.filter((s) => text.includes(s));
      expect({ rel, printed: printed.length > 1 ? printed : [] }).toEqual({ rel, printed: [] });
    }
  });
});
