import { CATEGORIES, INTENTS } from "../schemas/parse-result";
import { AccountKind, Direction, Method } from "../schemas/parse-result";

const nullableString = (description: string) => ({ type: ["string", "null"], description });
const nullableEnum = (values: readonly string[], description: string) => ({
  type: ["string", "null"],
  enum: [...values, null],
  description,
});

/** JSON Schema (OpenAI structured-outputs subset, strict) of UpstreamAnswer. */
export const UPSTREAM_ANSWER_JSON_SCHEMA = {
  type: "object",
  additionalProperties: false,
  required: [
    "intent",
    "direction",
    "amount",
    "currency",
    "account",
    "account_kind",
    "counterparty",
    "method",
    "reference",
    "balance",
    "occurred_at",
    "category",
  ],
  properties: {
    intent: { type: "string", enum: [...INTENTS], description: "What the SMS is." },
    direction: nullableEnum(Direction.options, "debit = money left the user's account, credit = money arrived."),
    amount: nullableString('Transaction amount in major units as a plain decimal string, e.g. "1500.00".'),
    currency: nullableString("ISO 4217 code, upper case, e.g. INR."),
    account: nullableString('The user\'s account or card as printed digits only, e.g. "1234" for XX1234.'),
    account_kind: nullableEnum(AccountKind.options, "Kind of the user's account."),
    counterparty: nullableString("Merchant, payee, payer or VPA on the other side."),
    method: nullableEnum(Method.options, "Payment rail."),
    reference: nullableString("Reference / UTR / transaction id as printed."),
    balance: nullableString("Available balance after the transaction, plain decimal string in major units."),
    occurred_at: nullableString("When it happened, ISO 8601 with offset."),
    category: nullableEnum([...CATEGORIES], "Spending category."),
  },
} as const;
