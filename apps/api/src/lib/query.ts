import { z } from "zod";
import { Category, Direction, Intent, parseDecimalToMinor } from "@smsledger/core";

const instant = z.iso
  .datetime({ offset: true })
  .or(z.iso.date())
  .transform((text) => Date.parse(text));
const decimal = z.string().transform((text, ctx) => {
  const minor = parseDecimalToMinor(text);
  if (minor === null || minor < 0) ctx.addIssue({ code: "custom", message: "a non-negative decimal, e.g. 1250.00" });
  return minor ?? 0;
});
const flag = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");

/** Query of `GET /v1/transactions`. */
export const TransactionQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().max(512).optional(),
  from: instant.optional(),
  to: instant.optional(),
  direction: Direction.optional(),
  intent: Intent.optional(),
  min_amount: decimal.optional(),
  max_amount: decimal.optional(),
  account: z.string().max(32).optional(),
  counterparty: z.string().min(1).max(100).optional(),
  category: Category.optional(),
  include_duplicates: flag.optional(),
  format: z.enum(["json", "csv"]).optional(),
});

/** Query of `GET /v1/summary`. */
export const SummaryQuery = z.strictObject({
  group: z.enum(["month", "category", "counterparty", "account"]).default("month"),
  from: instant.optional(),
  to: instant.optional(),
  include_transfers: flag.default(false),
});
