import type { ParseResult } from "../../src/schemas/parse-result";

/** An upstream answer for template tests: every field empty but the ones given. */
export function llmAnswer(values: Partial<ParseResult>): ParseResult {
  return {
    intent: "transaction",
    direction: "debit",
    amount_minor: null,
    currency: null,
    account: null,
    account_kind: null,
    counterparty: null,
    method: null,
    reference: null,
    balance_minor: null,
    occurred_at: null,
    institution: null,
    category: null,
    parser: "llm:test",
    confidence: 0.8,
    ...values,
  };
}
