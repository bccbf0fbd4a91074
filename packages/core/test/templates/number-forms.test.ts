import { describe, expect, it } from "vitest";
import { llmAnswer } from "./llm-answer";
import type { ParseResult } from "../../src/schemas/parse-result";
import { applyRecipe, learnFromAnswer } from "../../src/templates/index";

const RECEIVED = "2026-11-12T10:00:00+03:00";

const answer = llmAnswer;

/**
 * Number and account forms of the locale packs' grammar, each as a format learned from one message and read back
 * from another with other values (our own alerts, written in the style of each country's banks).
 */
interface Form {
  form: string;
  sender: string;
  bodies: [string, string];
  truths: [Partial<ParseResult>, Partial<ParseResult>];
}

const FORMS: Form[] = [
  {
    form: "currency glued before, DR/CR glued after (N50.00DR)",
    sender: "KOLAMFB",
    bodies: [
      "Acct:**482 Amt:N50.00DR Desc:POS KIOSK Bal:N1,250.75CR",
      "Acct:**482 Amt:N12,400.50DR Desc:POS KIOSK Bal:N9,001.10CR",
    ],
    truths: [
      { currency: "NGN", amount_minor: 5_000, account: "482", balance_minor: 125_075 },
      { currency: "NGN", amount_minor: 1_240_050, account: "482", balance_minor: 900_110 },
    ],
  },
  {
    form: "decimal comma after the number (1.250,00 USD)",
    sender: "BANCOLUSO",
    bodies: [
      "Caro Cliente, foi registado um debito de 1.250,00 USD na sua conta 9876543210 a 03/11/2026.",
      "Caro Cliente, foi registado um debito de 87,35 USD na sua conta 9876543210 a 05/11/2026.",
    ],
    truths: [
      { currency: "USD", amount_minor: 125_000, account: "3210" },
      { currency: "USD", amount_minor: 8_735, account: "3210" },
    ],
  },
  {
    form: "space-grouped thousands with a decimal comma (12 500,00 ₽)",
    sender: "VOLGABANK",
    bodies: ["Покупка 12 500,00 ₽ карта *7316 Баланс: 40 000,50 ₽", "Покупка 730,10 ₽ карта *7316 Баланс: 39 270,40 ₽"],
    truths: [
      { currency: "RUB", amount_minor: 1_250_000, account: "7316", balance_minor: 4_000_050 },
      { currency: "RUB", amount_minor: 73_010, account: "7316", balance_minor: 3_927_040 },
    ],
  },
  {
    form: "apostrophe-grouped thousands (CHF 1'250.00)",
    sender: "ALPENBANK",
    bodies: ["Belastung CHF 1'250.00 Karte *5521 bei BERGHOF", "Belastung CHF 64.20 Karte *5521 bei BERGHOF"],
    truths: [
      { currency: "CHF", amount_minor: 125_000, account: "5521" },
      { currency: "CHF", amount_minor: 6_420, account: "5521" },
    ],
  },
  {
    form: "Arabic-Indic digits, 3-decimal currency",
    sender: "WADIBANK",
    bodies: ["تم خصم ٥٠٫٧٥٠ ر.ع من حسابك رقم ٤٤٢١", "تم خصم ١٢٫٣٠٥ ر.ع من حسابك رقم ٤٤٢١"],
    truths: [
      { currency: "OMR", amount_minor: 50_750, account: "4421" },
      { currency: "OMR", amount_minor: 12_305, account: "4421" },
    ],
  },
  {
    form: "Persian digits and thousands mark, toman counted in rials",
    sender: "SEPEHRBANK",
    bodies: ["برداشت ۱۲۵٬۰۰۰ تومان از حساب ۹۹۱۲", "برداشت ۲٬۴۰۰٬۰۰۰ تومان از حساب ۹۹۱۲"],
    truths: [
      { currency: "IRR", amount_minor: 125_000_000, account: "9912" },
      { currency: "IRR", amount_minor: 2_400_000_000, account: "9912" },
    ],
  },
  {
    form: "a number glued to a Persian word, a masked account with dashes",
    sender: "SEPEHRBANK",
    bodies: ["حساب 074-260***-118 برداشت1,250,000 مانده18,750,000", "حساب 074-260***-118 برداشت90,000 مانده18,660,000"],
    truths: [
      { currency: "IRR", amount_minor: 125_000_000, account: "0118", balance_minor: 1_875_000_000 },
      { currency: "IRR", amount_minor: 9_000_000, account: "0118", balance_minor: 1_866_000_000 },
    ],
  },
  {
    form: "an account word masked inside and at its end (440XXX82XXXQ7): one account, its digits' tail",
    sender: "DUNEBANK",
    bodies: [
      "AED 1,240.50 has been credited to account 440XXX82XXXQ7. Current balance is AED 6,100.00.",
      "AED 275.25 has been credited to account 440XXX82XXXQ7. Current balance is AED 6,375.25.",
    ],
    truths: [
      { currency: "AED", amount_minor: 124_050, account: "0827", balance_minor: 610_000 },
      { currency: "AED", amount_minor: 27_525, account: "0827", balance_minor: 637_525 },
    ],
  },
  {
    form: "a currency-like word before digits running into a mask or a date (TK 20417xxx5530, QR 03/11/26)",
    sender: "MEKONGBANK",
    bodies: [
      "TK 20417xxx5530 So tien GD:-120,000 So du:3,880,000 ND: THANH TOAN QR 03/11/26 08:05",
      "TK 20417xxx5530 So tien GD:-45,500 So du:3,834,500 ND: THANH TOAN QR 04/11/26 12:40",
    ],
    truths: [
      { currency: "VND", amount_minor: 120_000, account: "5530", balance_minor: 3_880_000 },
      { currency: "VND", amount_minor: 45_500, account: "5530", balance_minor: 3_834_500 },
    ],
  },
  {
    form: "a name cut short before a masked account (from HARBOUR Bank XX5521)",
    sender: "VM-HARBOR-S",
    bodies: [
      "Update! INR 4,800.00 debited from HARBOUR Bank XX5521 on 03-NOV-26. Avl bal:INR 21,006.10",
      "Update! INR 310.00 debited from HARBOUR Bank XX5521 on 05-NOV-26. Avl bal:INR 20,696.10",
    ],
    truths: [
      { currency: "INR", amount_minor: 480_000, account: "5521", balance_minor: 2_100_610 },
      { currency: "INR", amount_minor: 31_000, account: "5521", balance_minor: 2_069_610 },
    ],
  },
  {
    form: "a payee's name before an amount glued to its marker (at CORNER DELI R1,245.90)",
    sender: "KAROOBANK",
    bodies: [
      "Karoo Bank: Purchase at CORNER DELI R1,245.90 card 8830 03/11/26 10:02. Avail bal R6,120.44",
      "Karoo Bank: Purchase at CORNER DELI R64.10 card 8830 04/11/26 18:40. Avail bal R6,056.34",
    ],
    truths: [
      { currency: "ZAR", amount_minor: 124_590, counterparty: "CORNER DELI", account: "8830", balance_minor: 612_044 },
      { currency: "ZAR", amount_minor: 6_410, counterparty: "CORNER DELI", account: "8830", balance_minor: 605_634 },
    ],
  },
  {
    form: "masks of dots after a word, and inside a number (a/c..6543, 2XX..771)",
    sender: "SAVANNAH",
    bodies: [
      "Txn: Debit Ac:2XX..771 Amt:NGN 10,000.00 Date:03-Nov-2026 Bal:NGN 40,500.00 from a/c..6543",
      "Txn: Debit Ac:2XX..771 Amt:NGN 2,250.00 Date:04-Nov-2026 Bal:NGN 38,250.00 from a/c..6543",
    ],
    truths: [
      { currency: "NGN", amount_minor: 1_000_000, account: "771", balance_minor: 4_050_000 },
      { currency: "NGN", amount_minor: 225_000, account: "771", balance_minor: 3_825_000 },
    ],
  },
  {
    form: "a masked account glued to a Thai word (บชX4412), an account number after TK with a leading zero",
    sender: "SIAMTEST",
    bodies: [
      "04/11/69 14:22 บชX7310 หักบช 350.00 คงเหลือ 12,540.22บ TK 0071007310",
      "05/11/69 09:05 บชX7310 หักบช 1,200.00 คงเหลือ 11,340.22บ TK 0071007310",
    ],
    truths: [
      { currency: "THB", amount_minor: 35_000, account: "7310", balance_minor: 1_254_022 },
      { currency: "THB", amount_minor: 120_000, account: "7310", balance_minor: 1_134_022 },
    ],
  },
];

const learn = (sender: string, body: string, values: Partial<ParseResult>) =>
  learnFromAnswer({ sender, body, received_at: RECEIVED }, answer(values));

describe("templates read the locale packs' number forms", () => {
  for (const { form, sender, bodies, truths } of FORMS) {
    it(form, () => {
      const [first, second] = bodies;
      const learned = learnFromAnswer({ sender, body: first, received_at: RECEIVED }, answer(truths[0]));
      expect(learned.notes.filter((n) => !n.includes("not printed; taken"))).toEqual([]);
      expect(learned.reading).toMatchObject(truths[0]);
      expect(learned.recipe).not.toBeNull();
      const read = applyRecipe(learned.recipe!, { sender, body: second, received_at: RECEIVED });
      expect(read).toMatchObject(truths[1]);
    });
  }

  it("a bare fraction after a currency (EUR .93) is 0.93, not 93", () => {
    const body = "The transaction on your card#8016 from CLOUD STORE with EUR .93 on 15/11/26 has been refunded.";
    const learned = learn("NILEBANK", body, { direction: "credit", currency: "EUR", amount_minor: 93 });
    expect(learned.reading?.amount_minor).toBe(93);
    const wrong = learn("NILEBANK", body, { direction: "credit", currency: "EUR", amount_minor: 9300 });
    expect(wrong.reading).toBeNull();
  });

  it("a decimal part ends a number: 'Rs.5000.00,21-11-2026' is 5000.00 followed by a date", () => {
    const body = "A/c XX4410 debited with Rs.5000.00,21-11-2026 13:23:22 thru card XX9031.";
    const learned = learn("VM-SOMEBK-S", body, { currency: "INR", amount_minor: 500_000, account: "4410" });
    expect(learned.reading?.amount_minor).toBe(500_000);
    expect(learned.recipe).not.toBeNull();
  });

  it("an amount only the rules' grammar reads ('Rs.1.5 lakh') is grounded but teaches no recipe", () => {
    const body = "Rs.1.5 lakh credited to A/c XX8812 on 10Nov26 by NEFT from RIVERSIDE TRADERS. -SBI";
    const learned = learn("VM-SBIINB-S", body, { direction: "credit", currency: "INR", amount_minor: 15_000_000 });
    expect(learned.reading?.amount_minor).toBe(15_000_000);
    expect(learned.recipe).toBeNull();
    expect(learned.notes).toContain("amount in a form no slot reads: format not learned");
    const wrong = learn("VM-SBIINB-S", body, { direction: "credit", currency: "INR", amount_minor: 1_500_000 });
    expect(wrong.reading).toBeNull();
  });

  it("a masked account is the account, not a balance that ends with the same digits", () => {
    const bodies = [
      "A/C *XX0000 credited by Rs 300.00 from kiosk@upibank. RRN:512233445566. Avl Bal:00.00. -Riverbank",
      "A/C *XX0000 credited by Rs 75.00 from tea.stall@upibank. RRN:512233440001. Avl Bal:00.00. -Riverbank",
    ];
    const truth: Partial<ParseResult> = { direction: "credit", currency: "INR", amount_minor: 30_000, account: "0000" };
    const learned = learn("JX-RIVERB-S", bodies[0]!, truth);
    expect(learned.recipe?.fields.account).toMatchObject({ kind: "account" });
    const read = applyRecipe(learned.recipe!, { sender: "JX-RIVERB-S", body: bodies[1]!, received_at: RECEIVED });
    expect(read).toMatchObject({ amount_minor: 7_500, account: "0000" });
  });
});
