import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wordsOf } from "../../src/locales";
import { localAccount } from "../../src/parser/local-account";
import { asciiDigits, localAmounts, plainDecimal } from "../../src/parser/local-amount";
import { classifyByLocale, localeCues, mayHaveCue } from "../../src/parser/locale-intent";
import { wordFinder } from "../../src/parser/word-finder";
import { loadFixtures } from "./load-fixtures";

const bodies = loadFixtures().map((f) => f.body.toLowerCase());

/** The plain search the word finder stands in for: a regex alternation of the words, longest first. */
function alternation(words: readonly string[]): RegExp {
  const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(
    [...words]
      .sort((a, b) => b.length - a.length)
      .map(escape)
      .join("|"),
    "g",
  );
}

describe("pack path fast paths agree with plain code", () => {
  it("the Latin pre-scan never hides a pack word", () => {
    for (const lower of bodies) {
      for (const english of [true, false]) {
        if (mayHaveCue(lower, english)) continue;
        expect(
          Object.values(localeCues(lower, english).first).every((i) => i < 0),
          lower,
        ).toBe(true);
      }
    }
  });

  it("the word finder finds what a longest-first regex alternation finds", () => {
    const words = [...new Set([...wordsOf("debit"), ...wordsOf("credit"), ...wordsOf("balance"), ...wordsOf("otp")])];
    const finder = wordFinder(words);
    const re = alternation(words);
    for (const lower of bodies) {
      const plain = [...lower.matchAll(re)].map((m) => `${m.index}:${m[0]}`);
      expect(finder.find(lower).map((h) => `${h.start}:${words[h.word]}`)).toEqual(plain);
    }
  });

  it("the word finder agrees with the alternation on random texts of word pieces (every script)", () => {
    const words = [...new Set([...wordsOf("debit"), ...wordsOf("credit"), ...wordsOf("balance"), ...wordsOf("otp")])];
    const finder = wordFinder(words);
    const re = alternation(words);
    // Prefixes and suffixes of the words glued together: texts that walk deep into the trie and fall back often.
    const piece = fc
      .tuple(fc.constantFrom(...words), fc.nat(), fc.boolean())
      .map(([w, n, head]) => (head ? w.slice(0, 1 + (n % w.length)) : w.slice(n % w.length)));
    const text = fc.array(fc.oneof(piece, fc.constantFrom(" ", "x", "1")), { maxLength: 12 }).map((p) => p.join(""));
    fc.assert(
      fc.property(text, (t) => {
        const plain = [...t.matchAll(re)].map((m) => `${m.index}:${m[0]}`);
        expect(finder.find(t).map((h) => `${h.start}:${words[h.word]}`)).toEqual(plain);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("pack classification", () => {
  it.each([
    ["umepokea tzs 5,000 kutoka juma", "transaction", "credit"],
    ["покупка, счет карты *1023. 3267 ₽", "transaction", "debit"],
    ["oplata 12.90 byn. dostupno: 900.00 byn", "transaction", "debit"],
    ["ktb: เงินเข้า 4,200.00 บาท", "transaction", "credit"],
    ["رمز التحقق الخاص بك هو 123456", "otp", null],
    ["hongera! umeshinda tzs 1,000,000. tuma ada", "promo", null],
    ["مانده: 2,500,000 ریال", "balance", null],
  ])("%s", (text, intent, direction) => {
    const c = classifyByLocale(text, false);
    expect(c?.intent).toBe(intent);
    expect(c?.direction ?? null).toBe(direction);
  });

  it("English pack words count only when asked (non-Indian banks)", () => {
    expect(classifyByLocale("cash in tk 500.00 from 01700000000", false)).toBeNull();
    expect(classifyByLocale("cash in tk 500.00 from 01700000000", true)?.direction).toBe("credit");
  });

  it("over a balance alert only a movement before the balance word counts", () => {
    expect(classifyByLocale("salio ni tzs 5,000. umepokea tzs 200 jana", false, true)?.intent).toBe("balance");
  });
});

describe("fallback amount reader", () => {
  it.each([
    ["1.234,56", "MZN", "1234.56"],
    ["1 234,56", "CZK", "1234.56"],
    ["12,000", "TZS", "12000"],
    ["0.650", "OMR", "0.650"],
    ["1.500", "TRY", "1500"],
    ["55.000.00", "PKR", "55000.00"],
  ])("reads %s (%s) as %s", (num, cur, want) => {
    expect(plainDecimal(num, cur)).toBe(want);
  });

  it("reads script digits, glued tokens, roles and 3-decimal currencies", () => {
    expect(asciiDigits("٥٠٠ ۱۲ ๓")).toBe("500 12 3");
    expect(localAmounts("Muamala umefanikiwa TZS40000 kwenda", "TZS").amount).toEqual({
      minor: 4000000,
      currency: "TZS",
    });
    expect(localAmounts("شراء\nبـ5.75 SR\nرصيد: 88.88 SR", "SAR")).toMatchObject({
      amount: { minor: 575, currency: "SAR" },
      balance: { minor: 8888, currency: "SAR" },
    });
    expect(localAmounts("تم خصم 0.650 OMR من حسابك", "OMR").amount).toEqual({ minor: 650, currency: "OMR" });
    expect(localAmounts("Покупка 3267 ₽. Доступно 30672,14 ₽", null).balance).toEqual({
      minor: 3067214,
      currency: "RUB",
    });
  });

  it("counts an ISO code only when printed upper-case, and a bare number only for a known bank", () => {
    expect(localAmounts("please try 2 times", null).amount).toBeNull();
    expect(localAmounts("DR Amt:650.00\nBal:289.69", null).amount).toBeNull();
    expect(localAmounts("DR Amt:650.00\nBal:289.69", "NGN")).toMatchObject({
      amount: { minor: 65000 },
      balance: { minor: 28969 },
    });
    expect(localAmounts("\n-3,300,000\nمانده 14,412,600", "IRR")).toMatchObject({
      sign: "-",
      amount: { minor: 330000000 },
    });
  });
});

describe("fallback account reader", () => {
  it.each([
    ["your a/c 12345678 is debited by npr 520.00", "5678"],
    ["npr 1,199.00 has been withdrawn from your a/c 050######4545", "4545"],
    ["dear customer, ###4041 is debited by npr 5,000.00", "4041"],
    ["a conta 123456789 foi debitada", "6789"],
    ["ktb: เงินเข้า 4,200.00 บาท บช x7788", "7788"],
    ["حساب1234567890\nبرداشت1,250,000", "7890"],
    ["paid on 12.05.26 at the shop", null],
  ])("%s -> %s", (text, tail) => {
    expect(localAccount(text)?.tail ?? null).toBe(tail);
  });
});
