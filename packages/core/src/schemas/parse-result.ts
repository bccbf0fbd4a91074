import { z } from "zod";

/** What an SMS is. Only `transaction` and `refund` move money. */
export const INTENTS = [
  "transaction",
  "refund",
  "failed",
  "declined",
  "payment_request",
  "scheduled",
  "bill_due",
  "balance",
  "otp",
  "promo",
  "other",
] as const;
export const Intent = z.enum(INTENTS);
export type Intent = z.infer<typeof Intent>;

export const MONEY_MOVING_INTENTS: ReadonlySet<Intent> = new Set(["transaction", "refund"]);

/**
 * The value lists below are the one definition of each enum: the zod schemas here, the drizzle columns
 * (packages/db/src/schema.ts) and the API views all derive from them, so a new value is added once.
 */
export const DIRECTIONS = ["debit", "credit"] as const;
export const Direction = z.enum(DIRECTIONS);
export type Direction = z.infer<typeof Direction>;

export const ACCOUNT_KINDS = ["bank", "card", "wallet", "loan"] as const;
export const AccountKind = z.enum(ACCOUNT_KINDS);
export type AccountKind = z.infer<typeof AccountKind>;

export const METHODS = ["UPI", "IMPS", "NEFT", "RTGS", "CARD", "ATM", "NACH", "WALLET", "CHEQUE", "OTHER"] as const;
export const Method = z.enum(METHODS);
export type Method = z.infer<typeof Method>;

export const CATEGORIES = [
  "food",
  "groceries",
  "shopping",
  "travel",
  "transport",
  "fuel",
  "bills",
  "utilities",
  "rent",
  "salary",
  "transfer",
  "atm",
  "investment",
  "loan",
  "insurance",
  "entertainment",
  "health",
  "education",
  "fees",
  "refund",
  "other",
] as const;
export const Category = z.enum(CATEGORIES);
export type Category = z.infer<typeof Category>;

/** ISO 4217 code, upper case. */
export const CurrencyCode = z.string().regex(/^[A-Z]{3}$/);

/**
 * The parser's reading of one SMS. Amounts are integer minor units (paise, cents), never floats.
 * Fields that the SMS does not state are null.
 */
export const ParseResult = z.object({
  intent: Intent,
  direction: Direction.nullable(),
  amount_minor: z.number().int().nonnegative().nullable(),
  currency: CurrencyCode.nullable(),
  account: z.string().nullable(),
  account_kind: AccountKind.nullable(),
  counterparty: z.string().nullable(),
  method: Method.nullable(),
  reference: z.string().nullable(),
  balance_minor: z.number().int().nullable(),
  occurred_at: z.string().nullable(),
  institution: z.string().nullable(),
  category: Category.nullable(),
  parser: z.string(),
  confidence: z.number().min(0).max(1),
});
export type ParseResult = z.infer<typeof ParseResult>;

/** Input of the parser. `received_at` is an ISO 8601 timestamp. */
export const ParseInput = z.object({
  sender: z.string(),
  body: z.string(),
  received_at: z.string(),
});
export type ParseInput = z.infer<typeof ParseInput>;

export interface ParseOptions {
  /** IANA zone used for dates printed without an offset. Default Asia/Kolkata. */
  timeZone?: string;
}
