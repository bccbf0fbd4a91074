import { describe, expect, it } from "vitest";
import { llmAnswer } from "./llm-answer";
import {
  applyRecipe,
  fingerprint,
  learnFromAnswer,
  readAmountMinor,
  templateOf,
  tokenize,
  toAsciiDigits,
} from "../../src/templates/index";
import type { ParseResult } from "../../src/schemas/parse-result";

const RECEIVED = "2026-11-12T10:00:00+03:00";

const answer = (values: Partial<ParseResult>): ParseResult => llmAnswer({ direction: "credit", ...values });

/** One format per script: two messages with other values, and the correct reading of each. */
const CASES: {
  script: string;
  sender: string;
  bodies: [string, string];
  truths: [Partial<ParseResult>, Partial<ParseResult>];
}[] = [
  {
    script: "Swahili (Latin), glued TZS",
    sender: "M-PESA",
    bodies: [
      "DAV4D0PVWS Imethibitishwa. Umepokea TZS 75,000.00 kutoka JOHN MWAKA 255712345678 tarehe 12/11/26 saa 10:15 AM. Salio jipya ni TZS850,000.00.",
      "QKT7Z2LM9P Imethibitishwa. Umepokea TZS 4,500.00 kutoka AMINA JUMA SALIM 255765432109 tarehe 13/11/26 saa 8:02 PM. Salio jipya ni TZS854,500.00.",
    ],
    truths: [
      {
        currency: "TZS",
        amount_minor: 7_500_000,
        counterparty: "JOHN MWAKA",
        reference: "DAV4D0PVWS",
        balance_minor: 85_000_000,
      },
      {
        currency: "TZS",
        amount_minor: 450_000,
        counterparty: "AMINA JUMA SALIM",
        reference: "QKT7Z2LM9P",
        balance_minor: 85_450_000,
      },
    ],
  },
  {
    script: "Russian (Cyrillic)",
    sender: "900",
    // Decimal commas and space-grouped thousands ("1 250,00") are the locale packs' amount grammar (amounts branch).
    bodies: [
      "Покупка 1250.00 ₽ на карте *4821 в ЛЕНТА. Баланс: 9120.55 ₽. Ref 7QK2M9X1",
      "Покупка 98.00 ₽ на карте *4821 в ЛЕНТА. Баланс: 9022.55 ₽. Ref 8ZT4L0P2",
    ],
    truths: [
      {
        currency: "RUB",
        direction: "debit",
        amount_minor: 125_000,
        balance_minor: 912_055,
        account: "4821",
        reference: "7QK2M9X1",
      },
      {
        currency: "RUB",
        direction: "debit",
        amount_minor: 9_800,
        balance_minor: 902_255,
        account: "4821",
        reference: "8ZT4L0P2",
      },
    ],
  },
  {
    script: "Arabic, Arabic-Indic digits, 3-decimal OMR",
    sender: "BankMuscat",
    bodies: [
      "تم خصم ٥٠٫٧٥٠ ر.ع من حسابك ×٤٤٥٥ لدى متجر النور. الرصيد ١٢٠٫٠٠٠ ر.ع",
      "تم خصم ٣٫٢٠٠ ر.ع من حسابك ×٤٤٥٥ لدى متجر النور. الرصيد ١١٦٫٨٠٠ ر.ع",
    ],
    truths: [
      { currency: "OMR", direction: "debit", amount_minor: 50_750, balance_minor: 120_000 },
      { currency: "OMR", direction: "debit", amount_minor: 3_200, balance_minor: 116_800 },
    ],
  },
  {
    script: "Persian digits, JOD glued",
    sender: "Bank-Melli",
    bodies: ["برداشت JOD۱۲۰.۵۰۰ از حساب ۹۹۱۲ کد پیگیری ۷۳۱۹۰۴", "برداشت JOD۸.۲۵۰ از حساب ۹۹۱۲ کد پیگیری ۵۵۰۱۲۸"],
    truths: [
      { currency: "JOD", direction: "debit", amount_minor: 120_500, account: "9912", reference: "731904" },
      { currency: "JOD", direction: "debit", amount_minor: 8_250, account: "9912", reference: "550128" },
    ],
  },
  {
    script: "Thai, Thai digits",
    sender: "KBank",
    bodies: [
      "เงินเข้าบัญชี x๑๒๓๔ จำนวน ๒,๕๐๐.๐๐ บาท คงเหลือ ๑๐,๐๐๐.๕๐ บาท",
      "เงินเข้าบัญชี x๑๒๓๔ จำนวน ๙๙.๐๐ บาท คงเหลือ ๑๐,๐๙๙.๕๐ บาท",
    ],
    truths: [
      { currency: "THB", amount_minor: 250_000, balance_minor: 1_000_050, account: "1234" },
      { currency: "THB", amount_minor: 9_900, balance_minor: 1_009_950, account: "1234" },
    ],
  },
  {
    script: "Hindi (Devanagari digits), mixed with Latin",
    sender: "AD-PNBSMS",
    bodies: [
      "आपके खाता XX७७१२ से रु. ५,४००.०० डेबिट किए गए, UPI Ref ६१२३४५६७८९०१",
      "आपके खाता XX७७१२ से रु. ७५.५० डेबिट किए गए, UPI Ref ६१२३४५६७८९९९",
    ],
    truths: [
      { currency: "NPR", direction: "debit", amount_minor: 540_000, account: "7712", reference: "612345678901" },
      { currency: "NPR", direction: "debit", amount_minor: 7_550, account: "7712", reference: "612345678999" },
    ],
  },
];

describe("templates for any script", () => {
  it("reads digits of any script and glued currency markers as one number", () => {
    expect(toAsciiDigits("٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹ ०१२३४५६७८९ ๐๑๒๓๔๕๖๗๘๙")).toBe(
      "0123456789 0123456789 0123456789 0123456789",
    );
    expect(readAmountMinor("TZS850,000.00", "TZS")).toBe(85_000_000);
    expect(readAmountMinor("Tsh4,000.00", "TZS")).toBe(400_000);
    expect(readAmountMinor("JOD50.000", "JOD")).toBe(50_000);
    expect(readAmountMinor("٥٠٫٧٥٠", "OMR")).toBe(50_750);
    expect(readAmountMinor("1,234.567", "INR")).toBeNull();
  });

  it.each([
    ["Umepokea TZS850,000.00 kutoka", "umepokea <amount:tzs> kutoka"],
    ["Tsh4,000.00 imetumwa", "<amount:tzs> imetumwa"],
    ["Paid JOD50.000 at", "paid <amount:jod> at"],
    ["Txn DAV4D0PVWS done", "txn <ref> done"],
    ["see UPI/DR/DAV4D0PVWS/shop", "see upi/dr/<ref>/shop"],
    ["خصم ٥٠٫٧٥٠ ر.ع من", "خصم <amount:omr> من"],
  ])("%s -> %s", (body, template) => {
    expect(templateOf(body)).toBe(template);
  });

  it.each([
    ["आपके खाते XX1234 से रु.500.00 डेबिट किए गए।", "INR"],
    ["आपके खाते XX1234 से रु.500.00 डेबिट किए गए।", "NPR"],
    ["Rs.500.00 debited from A/c XX1234", "PKR"],
    ["S$ 500.00 spent on card x1234", "SGD"],
  ])("grounds a currency any of whose markers is printed: %s as %s", (body, currency) => {
    const learned = learnFromAnswer(
      { sender: "X", body, received_at: RECEIVED },
      answer({ direction: "debit", amount_minor: 50_000, currency }),
    );
    expect(learned.reading?.currency, learned.notes.join("; ")).toBe(currency);
  });

  it("rejects a money movement whose answered currency is not the one printed next to the amount", () => {
    const learned = learnFromAnswer(
      { sender: "X", body: "Paid TZS 500.00 to JOHN", received_at: RECEIVED },
      answer({ amount_minor: 50_000, currency: "KES" }),
    );
    expect(learned).toMatchObject({ reading: null, recipe: null, notes: ["rejected: currency KES is not printed"] });
  });

  it("learns a reference inside a URL as a part of the URL slot", () => {
    const input = {
      sender: "VK-ZENITH",
      body: "Paid 500.00 (INR). Receipt https://pay.example.in/r?id=DAV4D0PVWS",
      received_at: RECEIVED,
    };
    const learned = learnFromAnswer(
      input,
      answer({ direction: "debit", amount_minor: 50_000, currency: "INR", reference: "DAV4D0PVWS" }),
    );
    expect(learned.recipe?.fields.reference).toMatchObject({ take: "split", separator: "=" });
    const other = { ...input, body: "Paid 75.00 (INR). Receipt https://pay.example.in/r?id=QKT7Z2LM9P" };
    expect(learned.recipe && applyRecipe(learned.recipe, other)).toMatchObject({
      amount_minor: 7_500,
      reference: "QKT7Z2LM9P",
    });
  });

  it.each(CASES.map((c) => [c.script, c] as const))(
    "%s: a template learned from one message reads the next one's own values",
    (_s, c) => {
      const [first, second] = c.bodies.map((body) => ({ sender: c.sender, body, received_at: RECEIVED }));
      expect(fingerprint(c.sender, c.bodies[0])).toBe(fingerprint(c.sender, c.bodies[1]));
      const learned = learnFromAnswer(first as typeof first & object, answer(c.truths[0]));
      expect(learned.reading, learned.notes.join("; ")).toMatchObject(c.truths[0]);
      expect(learned.recipe, learned.notes.join("; ")).not.toBeNull();
      const read = learned.recipe && applyRecipe(learned.recipe, second as typeof first & object);
      expect(read).toMatchObject(c.truths[1]);
    },
  );
});
