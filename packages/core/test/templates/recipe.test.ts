import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  RECIPE_VERSION,
  Recipe,
  applyRecipe,
  fingerprint,
  learnFromAnswer,
  learnRecipe,
} from "../../src/templates/index";
import type { ParseResult } from "../../src/schemas/parse-result";
import { FORMATS, alert, alertValues, type AlertValues } from "./formats";

/** Fields a recipe must reproduce exactly (everything but parser/confidence). */
function comparable(r: ParseResult) {
  const { parser: _p, confidence: _c, category: _cat, ...rest } = r;
  return { ...rest, counterparty: rest.counterparty?.toLowerCase() ?? null };
}

const sample: AlertValues = {
  amountMinor: 150_000,
  balanceMinor: 1_234_567,
  name: "SWIGGY",
  vpaUser: "swiggy.in",
  account: "1234",
  ref: "612345678901",
  day: 12,
  month: 11,
  year: 2026,
  hour: 14,
  minute: 22,
};

describe("learnRecipe + applyRecipe", () => {
  it.each(FORMATS.map((f) => [f.id, f] as const))(
    "%s: a recipe learned from one alert reads another alert's own values",
    (_id, format) => {
      fc.assert(
        fc.property(alertValues, alertValues, (a, b) => {
          const first = alert(format, a);
          const second = alert(format, b);
          const recipe = learnRecipe(first.input, first.truth);
          expect(recipe).not.toBeNull();
          if (!recipe) return;
          // Round-trips as JSON (it lives in KV).
          const stored = Recipe.parse(JSON.parse(JSON.stringify(recipe)));
          const result = applyRecipe(stored, second.input);
          expect(result).not.toBeNull();
          if (!result) return;
          expect(comparable(result)).toEqual(comparable(second.truth));
          expect(result.parser).toBe(`template:${fingerprint(format.sender, second.input.body)}@${RECIPE_VERSION}`);
          expect(result.confidence).toBe(0.85);
        }),
        { numRuns: 150 },
      );
    },
  );

  it("never returns the learned message's values for a different message", () => {
    const format = FORMATS[0];
    if (!format) throw new Error("no format");
    const a = alert(format, sample);
    const b = alert(format, {
      ...sample,
      amountMinor: 99,
      name: "ZOMATO",
      ref: "700000000001",
      account: "9876",
      day: 3,
      month: 1,
    });
    const recipe = learnRecipe(a.input, a.truth);
    if (!recipe) throw new Error("not learned");
    const result = applyRecipe(recipe, b.input);
    expect(result).toMatchObject({
      amount_minor: 99,
      counterparty: "ZOMATO",
      reference: "700000000001",
      account: "9876",
      occurred_at: "2026-01-03T00:00:00+05:30",
    });
  });

  it("returns null when the anchors are missing or the format differs", () => {
    const format = FORMATS[0];
    if (!format) throw new Error("no format");
    const a = alert(format, sample);
    const recipe = learnRecipe(a.input, a.truth);
    if (!recipe) throw new Error("not learned");
    const changed = [
      a.input.body.replace("Sent", "Received"),
      a.input.body.replace("Rs.1500.00", "a lot of money"),
      a.input.body.replace("\nRef 612345678901", ""),
      "Your OTP is 123456",
    ];
    for (const body of changed) expect(applyRecipe(recipe, { ...a.input, body })).toBeNull();
    expect(applyRecipe(recipe, { ...a.input, sender: "VM-ICICIB-S" })).toBeNull();
  });

  it("returns null for a recipe whose slots do not fit (tampered or stale)", () => {
    const format = FORMATS[0];
    if (!format) throw new Error("no format");
    const a = alert(format, sample);
    const recipe = learnRecipe(a.input, a.truth);
    if (!recipe || recipe.fields.amount_minor.take !== "amount") throw new Error("not learned");
    const tampered: Recipe = {
      ...recipe,
      fields: { ...recipe.fields, amount_minor: { ...recipe.fields.amount_minor, slot: 99 } },
    };
    expect(applyRecipe(tampered, a.input)).toBeNull();
    const wrongKind: Recipe = {
      ...recipe,
      fields: { ...recipe.fields, amount_minor: { ...recipe.fields.amount_minor, slot: 1 } },
    };
    expect(applyRecipe(wrongKind, a.input)).toBeNull();
  });

  it("rejects a money movement whose amount is not in the SMS, and drops any other value that is not", () => {
    const format = FORMATS[0];
    if (!format) throw new Error("no format");
    const a = alert(format, sample);
    const wrongAmount = learnFromAnswer(a.input, { ...a.truth, amount_minor: 777 });
    expect(wrongAmount).toMatchObject({ reading: null, recipe: null });
    expect(wrongAmount.notes).toContain("rejected: amount not in the text");
    for (const [field, value] of [
      ["counterparty", "Someone Else"],
      ["reference", "999"],
      ["account", "5555"],
      ["occurred_at", "2020-01-01T00:00:00+05:30"],
    ] as const) {
      const learned = learnFromAnswer(a.input, { ...a.truth, [field]: value });
      expect(learned.reading?.[field], field).toBeNull();
      expect(learned.reading?.amount_minor).toBe(a.truth.amount_minor);
      expect(learned.recipe?.fields[field], field).toEqual({ take: "null" });
      expect(learned.notes).toContain(`${field} not in the text: dropped`);
    }
  });

  it("keeps constants and null fields, and uses received_at when the SMS has no date", () => {
    const input = {
      sender: "VM-HDFCBK-S",
      body: "Rs.250.00 debited from A/c XX1234. Avl bal Rs.1,000.00",
      received_at: "2026-11-12T10:00:00+05:30",
    };
    const answer: ParseResult = {
      intent: "transaction",
      direction: "debit",
      amount_minor: 25000,
      currency: "INR",
      account: "1234",
      account_kind: "bank",
      counterparty: null,
      method: null,
      reference: null,
      balance_minor: 100000,
      occurred_at: input.received_at,
      institution: "HDFC Bank",
      category: "other",
      parser: "llm:test",
      confidence: 0.8,
    };
    const recipe = learnRecipe(input, answer);
    expect(recipe?.fields.occurred_at).toEqual({ take: "received_at" });
    const other = {
      ...input,
      body: "Rs.9.99 debited from A/c XX4321. Avl bal Rs.5.00",
      received_at: "2026-12-01T09:00:00+05:30",
    };
    expect(recipe && applyRecipe(recipe, other)).toMatchObject({
      amount_minor: 999,
      balance_minor: 500,
      account: "4321",
      occurred_at: "2026-12-01T09:00:00+05:30",
      institution: "HDFC Bank",
      direction: "debit",
    });
  });

  it("does not carry a merchant-specific category over to other merchants", () => {
    const format = FORMATS[0];
    if (!format) throw new Error("no format");
    const a = alert(format, sample);
    const recipe = learnRecipe(a.input, { ...a.truth, category: "food" });
    expect(recipe?.constants.category).toBeNull();
    const transfer = learnRecipe(a.input, { ...a.truth, category: "transfer" });
    expect(transfer?.constants.category).toBe("transfer");
  });

  it("learns a counterparty printed as literal template text as a constant", () => {
    const input = {
      sender: "AX-ICICIB",
      body: "ICICI Bank Acct XX123 debited for Rs 1,234.00 on 12-Nov-26; AMAZON PAY credited. UPI:612345678901.",
      received_at: "2026-11-12T10:00:00+05:30",
    };
    const answer: ParseResult = {
      intent: "transaction",
      direction: "debit",
      amount_minor: 123400,
      currency: "INR",
      account: "123",
      account_kind: "bank",
      counterparty: "AMAZON PAY",
      method: "UPI",
      reference: "612345678901",
      balance_minor: null,
      occurred_at: "2026-11-12T00:00:00+05:30",
      institution: null,
      category: "shopping",
      parser: "llm:test",
      confidence: 0.8,
    };
    const recipe = learnRecipe(input, answer);
    expect(recipe).not.toBeNull();
    const other = {
      ...input,
      body: "ICICI Bank Acct XX999 debited for Rs 5.00 on 01-Dec-26; FLIPKART credited. UPI:712345678901.",
    };
    expect(recipe && applyRecipe(recipe, other)).toMatchObject({
      amount_minor: 500,
      counterparty: "FLIPKART",
      account: "999",
      reference: "712345678901",
      occurred_at: "2026-12-01T00:00:00+05:30",
    });
  });
});

describe("dates without a year", () => {
  it("take the year from received_at, rolling back over new year", () => {
    const input = {
      sender: "DBS",
      body: "A transaction of SGD 12.50 was made with your card ending 1234 on 12 Nov 14:22 (SGT) at GRAB RIDES.",
      received_at: "2026-11-12T14:30:00+08:00",
    };
    const answer: ParseResult = {
      intent: "transaction",
      direction: "debit",
      amount_minor: 1250,
      currency: "SGD",
      account: "1234",
      account_kind: "card",
      counterparty: "GRAB RIDES",
      method: "CARD",
      reference: null,
      balance_minor: null,
      occurred_at: "2026-11-12T14:22:00+08:00",
      institution: "DBS Bank",
      category: "transport",
      parser: "llm:test",
      confidence: 0.8,
    };
    const recipe = learnRecipe(input, answer);
    expect(recipe).not.toBeNull();
    const late = {
      ...input,
      body: input.body.replace("12 Nov 14:22", "31 Dec 23:50").replace("GRAB RIDES", "TAXI"),
      received_at: "2027-01-01T00:05:00+08:00",
    };
    expect(recipe && applyRecipe(recipe, late)).toMatchObject({
      occurred_at: "2026-12-31T23:50:00+08:00",
      counterparty: "TAXI",
      amount_minor: 1250,
    });
  });
});
