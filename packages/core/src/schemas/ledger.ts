import { z } from "zod";
import { AccountKind, Category, Direction, Intent, Method } from "./parse-result";

/** One ledger entry as the API serves it. Amounts are decimal strings in major units. */
export const TransactionItem = z.object({
  id: z.string(),
  sms_id: z.string(),
  intent: Intent,
  direction: Direction,
  amount: z.string(),
  currency: z.string(),
  account: z.string().nullable(),
  account_kind: AccountKind.nullable(),
  counterparty: z.string().nullable(),
  method: Method.nullable(),
  reference: z.string().nullable(),
  balance: z.string().nullable(),
  occurred_at: z.string(),
  institution: z.string().nullable(),
  category: Category.nullable(),
  parser: z.string(),
  confidence: z.number(),
});
export type TransactionItem = z.infer<typeof TransactionItem>;

export const TransactionPage = z.object({
  items: z.array(TransactionItem),
  next_cursor: z.string().nullable(),
});
export type TransactionPage = z.infer<typeof TransactionPage>;

export const SmsStateName = z.enum(["queued", "parsed", "not_financial", "needs_review", "dead_lettered"]);

/** One SMS with its state, as `GET /v1/sms/:id` serves it. */
export const SmsItem = z.object({
  id: z.string(),
  ingestion_id: z.string(),
  sender: z.string(),
  body: z.string(),
  received_at: z.string(),
  state: SmsStateName,
  intent: Intent.nullable(),
  parser: z.string().nullable(),
  confidence: z.number().nullable(),
  error: z.string().nullable(),
  transactions: z.array(TransactionItem),
});
export type SmsItem = z.infer<typeof SmsItem>;
