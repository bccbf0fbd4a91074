import { z } from "zod";
import { AccountKind, Category, CurrencyCode, Direction, Intent, Method, MONEY_MOVING_INTENTS } from "./parse-result";

const decimal = z.string().regex(/^\d{1,15}(\.\d{1,4})?$/, "a decimal in major units, e.g. 1250.00");
const signedDecimal = z.string().regex(/^-?\d{1,15}(\.\d{1,4})?$/, "a decimal in major units, e.g. -12.50");
const text = (max: number) => z.string().trim().min(1).max(max);

/** The fields of a resolution, each as the SMS prints it (grounded in the text like an upstream answer). */
const RESOLUTION_FIELDS = {
  intent: Intent,
  direction: Direction.nullable(),
  amount: decimal.nullable(),
  currency: CurrencyCode.nullable(),
  account: text(64).nullable(),
  account_kind: AccountKind.nullable(),
  counterparty: text(200).nullable(),
  reference: text(128).nullable(),
  balance: signedDecimal.nullable(),
  date: z.iso.datetime({ offset: true }).nullable(),
  method: Method.nullable(),
  category: Category.nullable(),
};
type FieldName = keyof typeof RESOLUTION_FIELDS;
const FIELD_NAMES = Object.keys(RESOLUTION_FIELDS) as FieldName[];
const optionalFields = Object.fromEntries(FIELD_NAMES.map((k) => [k, RESOLUTION_FIELDS[k].optional()])) as {
  [K in FieldName]: z.ZodOptional<(typeof RESOLUTION_FIELDS)[K]>;
};

/**
 * `POST /v1/sms/:id/resolve`: what a person says a `needs_review` SMS is. Either `{"not_transaction": true}`,
 * or the reading's fields: `intent` always; `direction`, `amount` and `currency` for a money movement
 * (`transaction`, `refund`). Omitted fields are null (not in the SMS).
 */
export const SmsResolution = z
  .strictObject({ not_transaction: z.literal(true).optional(), ...optionalFields })
  .superRefine((r, ctx) => {
    if (r.not_transaction) {
      for (const field of FIELD_NAMES) {
        if (r[field] !== undefined)
          ctx.addIssue({ code: "custom", path: [field], message: "not with not_transaction" });
      }
      return;
    }
    if (r.intent === undefined) {
      ctx.addIssue({ code: "custom", path: ["intent"], message: 'give intent, or "not_transaction": true' });
      return;
    }
    if (!MONEY_MOVING_INTENTS.has(r.intent)) return;
    for (const field of ["direction", "amount", "currency"] as const) {
      if (r[field] == null) ctx.addIssue({ code: "custom", path: [field], message: `required for a ${r.intent}` });
    }
  });
export type SmsResolution = z.infer<typeof SmsResolution>;
