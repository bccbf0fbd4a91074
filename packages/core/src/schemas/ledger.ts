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
  /** Whether the user corrected the category or counterparty. */
  corrected: z.boolean(),
  /** Every SMS behind this transaction: its own, then other alerts merged into it. */
  sms_ids: z.array(z.string()),
  /** How this row is linked: another alert of `counterpart_id` (duplicate), an own-account transfer, or a reversal of it. */
  link_kind: z.enum(["duplicate", "transfer", "reversal"]).nullable(),
  counterpart_id: z.string().nullable(),
  link_reason: z.string().nullable(),
});
export type TransactionItem = z.infer<typeof TransactionItem>;

/** `PATCH /v1/transactions/:id`: the user's corrections (null clears one). */
export const TransactionPatch = z
  .strictObject({
    category: Category.nullable().optional(),
    counterparty: z.string().trim().min(1).max(200).nullable().optional(),
  })
  .refine((p) => p.category !== undefined || p.counterparty !== undefined, {
    message: "give category or counterparty",
  });
export type TransactionPatch = z.infer<typeof TransactionPatch>;

/** `GET /v1/summary`: income, expense and net per group. Amounts are decimal strings. */
export const SummaryItem = z.object({
  key: z.string().nullable(),
  currency: z.string(),
  income: z.string(),
  expense: z.string(),
  net: z.string(),
  count: z.number().int(),
});
export const Summary = z.object({
  group: z.enum(["month", "category", "counterparty", "account"]),
  from: z.string().nullable(),
  to: z.string().nullable(),
  include_transfers: z.boolean(),
  items: z.array(SummaryItem),
  totals: z.array(SummaryItem.omit({ key: true })),
});
export type Summary = z.infer<typeof Summary>;

export const TransactionPage = z.object({
  items: z.array(TransactionItem),
  next_cursor: z.string().nullable(),
});
export type TransactionPage = z.infer<typeof TransactionPage>;

/** Terminal and in-flight states of an accepted SMS (also the drizzle column's values). */
export const SMS_STATES = ["queued", "parsed", "not_financial", "needs_review", "dead_lettered"] as const;
export const SmsStateName = z.enum(SMS_STATES);

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
  attempts: z.number().int(),
  transactions: z.array(TransactionItem),
  /** Audit trail: every state the SMS went through. */
  events: z.array(z.object({ state: z.string(), detail: z.string().nullable(), at: z.string() })),
});
export type SmsItem = z.infer<typeof SmsItem>;

/** `GET /v1/ingestions/:id`: how far an upload has got. */
export const IngestionStatus = z.object({
  id: z.string(),
  format: z.enum(["json", "ndjson"]),
  created_at: z.string(),
  accepted: z.number().int(),
  duplicates: z.number().int(),
  pending: z.number().int(),
  parsed: z.number().int(),
  not_financial: z.number().int(),
  needs_review: z.number().int(),
  dead_lettered: z.number().int(),
  complete: z.boolean(),
});
export type IngestionStatus = z.infer<typeof IngestionStatus>;
