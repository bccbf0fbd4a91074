import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { applyRecipe, fingerprint, learnRecipe, templateOf } from "../../src/templates/index";
import { ParseResult } from "../../src/schemas/parse-result";
import { FORMATS, alert, alertValues } from "./formats";

const smsLike = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc
    .array(
      fc.constantFrom(
        "Rs.",
        "INR ",
        "500",
        "1,234.50",
        " debited",
        " credited",
        " to ",
        " from ",
        "A/c XX1234",
        " on ",
        "12-11-26",
        "Ref ",
        "612345678901",
        ". ",
        "x@ybl",
        "SWIGGY",
        "\n",
        "14:22",
      ),
      { maxLength: 30 },
    )
    .map((p) => p.join("")),
);

describe("robustness", () => {
  it("templateOf and fingerprint never throw and are stable", () => {
    fc.assert(
      fc.property(smsLike, fc.string({ maxLength: 20 }), (body, sender) => {
        expect(templateOf(body)).toBe(templateOf(body));
        expect(fingerprint(sender, body)).toMatch(/^[0-9a-f]{16}$/);
      }),
    );
  });

  it("applyRecipe returns null or a valid result for any SMS, and null for other formats", () => {
    const first = FORMATS[0];
    if (!first) throw new Error("no format");
    fc.assert(
      fc.property(alertValues, smsLike, (v, body) => {
        const a = alert(first, v);
        const recipe = learnRecipe(a.input, a.truth);
        if (!recipe) throw new Error("not learned");
        const input = { ...a.input, body };
        const result = applyRecipe(recipe, input);
        if (fingerprint(input.sender, body) !== recipe.fingerprint) expect(result).toBeNull();
        if (result !== null) expect(ParseResult.safeParse(result).success).toBe(true);
        for (const other of FORMATS.slice(1)) expect(applyRecipe(recipe, alert(other, v).input)).toBeNull();
      }),
      { numRuns: 200 },
    );
  });

  it("learnRecipe never throws on arbitrary answers", () => {
    const answer = fc.record({
      intent: fc.constantFrom("transaction", "otp", "other" as const),
      direction: fc.constantFrom("debit", "credit", null),
      amount_minor: fc.option(fc.nat(10_000_000), { nil: null }),
      currency: fc.constantFrom("INR", "USD", null),
      account: fc.option(fc.string({ maxLength: 8 }), { nil: null }),
      account_kind: fc.constantFrom("bank", "card", null),
      counterparty: fc.option(fc.string({ maxLength: 12 }), { nil: null }),
      method: fc.constantFrom("UPI", null),
      reference: fc.option(fc.string({ maxLength: 14 }), { nil: null }),
      balance_minor: fc.option(fc.integer({ min: -1000, max: 10_000_000 }), { nil: null }),
      occurred_at: fc.option(fc.constantFrom("2026-11-12T00:00:00+05:30", "garbage", "2026-11-12T10:00:00+05:30"), {
        nil: null,
      }),
      institution: fc.constant(null),
      category: fc.constantFrom("food", null),
      parser: fc.constant("llm:x"),
      confidence: fc.constant(0.8),
    }) as fc.Arbitrary<ParseResult>;
    fc.assert(
      fc.property(smsLike, answer, (body, ans) => {
        const input = { sender: "VM-HDFCBK-S", body, received_at: "2026-11-12T10:00:00+05:30" };
        const recipe = learnRecipe(input, ans);
        if (recipe) {
          const again = applyRecipe(recipe, input);
          if (again) expect(again.amount_minor).toBe(ans.amount_minor);
        }
      }),
      { numRuns: 300 },
    );
  });
});
