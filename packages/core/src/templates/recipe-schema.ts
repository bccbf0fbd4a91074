import { z } from "zod";
import { AccountKind, Category, CurrencyCode, Direction, Intent, Method } from "../schemas/parse-result";
import { SLOT_KINDS } from "./tokenize";

/** Bump when learning or applying changes meaning; older recipes are then ignored. */
export const RECIPE_VERSION = 2;

export const SlotKindSchema = z.enum(SLOT_KINDS);

/** Where a value sits: the n-th slot of the template, its kind, and the template text just before it. */
const SlotRef = {
  slot: z.number().int().nonnegative(),
  kind: SlotKindSchema,
  anchor: z.string(),
};
export const SlotRefSchema = z.object(SlotRef);
export type SlotRefSchema = z.infer<typeof SlotRefSchema>;

const NullRule = z.object({ take: z.literal("null") });

/** How to read a text field (account, counterparty, reference) back from an SMS. */
export const TextRule = z.discriminatedUnion("take", [
  NullRule,
  /** The value is literal template text, hence the same in every SMS of this format. */
  z.object({ take: z.literal("constant"), value: z.string() }),
  z.object({ take: z.literal("text"), ...SlotRef }),
  z.object({ take: z.literal("tail_digits"), length: z.number().int().positive(), ...SlotRef }),
  z.object({
    take: z.literal("split"),
    separator: z.string().min(1),
    part: z.number().int().nonnegative(),
    ...SlotRef,
  }),
]);
export type TextRule = z.infer<typeof TextRule>;

/** How to read an amount (minor units) back from an SMS. */
/** `scale`: the answer counted the printed number times its marker's scale (toman = 10 rials); absent = 1. */
export const AmountRule = z.discriminatedUnion("take", [
  NullRule,
  z.object({ take: z.literal("amount"), ...SlotRef, scale: z.number().int().positive().optional() }),
]);
export type AmountRule = z.infer<typeof AmountRule>;

/** How to read occurred_at back from an SMS. */
export const DateRule = z.discriminatedUnion("take", [
  NullRule,
  z.object({ take: z.literal("received_at") }),
  z.object({
    take: z.literal("date"),
    ...SlotRef,
    order: z.enum(["dmy", "mdy"]),
    /** "+05:30" or "Z", as in the answer it was learned from. */
    offset: z.string().regex(/^(Z|[+-]\d{2}:\d{2})$/),
    /** A separate time slot, when the date slot has no time. */
    time: SlotRefSchema.nullable(),
    /** Where the time of day comes from when no slot gives it: 00:00:00, or received_at's wall clock at `offset`. */
    timeOfDay: z.enum(["slot", "midnight", "received_at"]),
  }),
]);
export type DateRule = z.infer<typeof DateRule>;

/** A learned way to re-extract one SMS format without the LLM. Stored as JSON (KV). */
export const Recipe = z.object({
  kind: z.literal("sms-recipe"),
  version: z.literal(RECIPE_VERSION),
  fingerprint: z.string().regex(/^[0-9a-f]{16}$/),
  sender: z.string(),
  template: z.string(),
  slotKinds: z.array(SlotKindSchema),
  constants: z.object({
    intent: Intent,
    direction: Direction.nullable(),
    currency: CurrencyCode.nullable(),
    account_kind: AccountKind.nullable(),
    method: Method.nullable(),
    institution: z.string().nullable(),
    category: Category.nullable(),
  }),
  fields: z.object({
    amount_minor: AmountRule,
    balance_minor: AmountRule,
    account: TextRule,
    counterparty: TextRule,
    reference: TextRule,
    occurred_at: DateRule,
  }),
  /** `parser` of the answer it was learned from, e.g. "llm:gpt-4o-mini". */
  learnedFrom: z.string(),
  /** UPSTREAM_VERSION (prompt and schema) of the answer it was learned from; other versions are not used. */
  learnedWith: z.string(),
});
export type Recipe = z.infer<typeof Recipe>;
