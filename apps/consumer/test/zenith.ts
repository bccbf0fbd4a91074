// A bank format no rule knows ("ZENITH COOP"), and what the upstream LLM answers for it.
export const ZENITH_SENDER = "VM-ZENITH-S";

export function zenith(amount: string, payee: string, ref: string, day: number): string {
  return `ZENITH COOP: you paid ${amount} (INR) from acct ending 4455 to ${payee} on ${day}/11. Ref ${ref}.`;
}

export const ZENITH_CASES = [
  { amount: "4,210.50", decimal: "4210.50", payee: "ACME TRADERS", ref: "ZX99812", day: 12 },
  { amount: "99.00", decimal: "99.00", payee: "BOLT CABS", ref: "ZX10001", day: 13 },
  { amount: "1,15,000.00", decimal: "115000.00", payee: "SHREE RENTALS", ref: "ZX20002", day: 14 },
  { amount: "12.25", decimal: "12.25", payee: "TEA POINT", ref: "ZX30003", day: 15 },
  { amount: "640.00", decimal: "640.00", payee: "CITY PHARMA", ref: "ZX40004", day: 16 },
];

/** JSONL fixture lines for the fake LLM: the correct reading of every ZENITH body. */
export function zenithFixtureLines(): string {
  return ZENITH_CASES.map((c) =>
    JSON.stringify({
      body: zenith(c.amount, c.payee, c.ref, c.day),
      answer: {
        intent: "transaction",
        direction: "debit",
        amount: c.decimal,
        currency: "INR",
        account: "4455",
        account_kind: "bank",
        counterparty: c.payee,
        method: "OTHER",
        reference: c.ref,
        balance: null,
        occurred_at: null,
        category: null,
      },
    }),
  ).join("\n");
}

/** A known bank's alert cut short before its amount, account or movement word: the rules see nothing money-like,
 * the upstream says money moved (a cut alert that names an account or card goes to review by the rules alone). */
export const CUT_SENDER = "Enpara";
export const CUT_BODY = "Sayin musterimiz, Enpara.com islem bilgilendirmesi";

/** The fake LLM's answer for CUT_BODY: a debit whose amount is not in the text (it cannot be grounded). */
export function cutFixtureLine(): string {
  const answer = {
    intent: "transaction",
    direction: "debit",
    amount: "520.00",
    currency: "TRY",
    account: null,
    account_kind: "card",
    counterparty: null,
    method: "CARD",
    reference: null,
    balance: null,
    occurred_at: null,
    category: null,
  };
  return JSON.stringify({ body: CUT_BODY, answer });
}
