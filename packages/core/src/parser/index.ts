import type { ParseInput, ParseOptions, ParseResult } from "../schemas/parse-result";

// Placeholder parser for the foundation; the full rule registry replaces it (issue 3).
const AMOUNT = /(?:rs\.?|inr|₹)\s*([0-9][0-9,]*(?:\.[0-9]{1,2})?)/i;

function toMinor(text: string): number {
  const [whole = "0", frac = ""] = text.replace(/,/g, "").split(".");
  return Number(whole) * 100 + Number((frac + "00").slice(0, 2));
}

export function parseSms(input: ParseInput, _options: ParseOptions = {}): ParseResult {
  const body = input.body;
  const base: ParseResult = {
    intent: "other",
    direction: null,
    amount_minor: null,
    currency: null,
    account: null,
    account_kind: null,
    counterparty: null,
    method: null,
    reference: null,
    balance_minor: null,
    occurred_at: input.received_at,
    institution: null,
    category: null,
    parser: "placeholder@0",
    confidence: 0.3,
  };
  if (/\b(otp|one time password)\b/i.test(body)) return { ...base, intent: "otp", confidence: 0.9 };
  const amount = AMOUNT.exec(body);
  const debit = /\bdebited\b/i.test(body);
  const credit = /\bcredited\b/i.test(body);
  if (!amount?.[1] || debit === credit) return base;
  const account = /(?:a\/c|acct|account)\s*(?:no\.?\s*)?[x*]*([0-9]{3,6})/i.exec(body);
  return {
    ...base,
    intent: "transaction",
    direction: debit ? "debit" : "credit",
    amount_minor: toMinor(amount[1]),
    currency: "INR",
    account: account?.[1] ?? null,
    account_kind: account ? "bank" : null,
    confidence: 0.6,
  };
}
