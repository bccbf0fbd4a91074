import { ParseResult, type ParseInput } from "../schemas/parse-result";
import { formatLocalIso, parseDateText, parseTimeText, wallClockAt } from "./dates";
import { fingerprint } from "./fingerprint";
import {
  Recipe,
  RECIPE_VERSION,
  type AmountRule,
  type DateRule,
  type SlotRefSchema,
  type TextRule,
} from "./recipe-schema";
import { cleanValue, digitsOf, indexSlots, slotAmountMinor, type IndexedSlot } from "./slots";
import { tokenize } from "./tokenize";

/** Confidence of a result re-extracted by a learned recipe. */
export const RECIPE_CONFIDENCE = 0.85;

/** Recipe objects already validated: a cached recipe reads many SMS, its schema check is done once. */
const validated = new WeakSet<Recipe>();

function valid(recipe: Recipe): boolean {
  if (validated.has(recipe)) return true;
  if (!Recipe.safeParse(recipe).success) return false;
  validated.add(recipe);
  return true;
}

/** Thrown inside applyRecipe only; turned into null. */
class Mismatch extends Error {}

function slotAt(slots: IndexedSlot[], at: SlotRefSchema): IndexedSlot {
  const slot = slots[at.slot];
  if (!slot || slot.kind !== at.kind || slot.anchor !== at.anchor)
    throw new Mismatch(`slot ${at.slot} missing or moved`);
  return slot;
}

function readAmount(slots: IndexedSlot[], rule: AmountRule, currency: string | null): number | null {
  if (rule.take === "null") return null;
  const slot = slotAt(slots, rule);
  const minor = slotAmountMinor(slot.text, currency ?? slot.currency ?? null);
  if (minor === null || minor < 0) throw new Mismatch("amount is not a number");
  return minor * (rule.scale ?? 1);
}

function readText(slots: IndexedSlot[], rule: TextRule): string | null {
  switch (rule.take) {
    case "null":
      return null;
    case "constant":
      return rule.value;
    case "text": {
      const value = cleanValue(slotAt(slots, rule).text);
      if (value === "") throw new Mismatch("empty text");
      return value;
    }
    case "tail_digits": {
      const digits = digitsOf(slotAt(slots, rule).text);
      if (digits.length < rule.length) throw new Mismatch("too few digits");
      return digits.slice(-rule.length);
    }
    case "split": {
      const part = slotAt(slots, rule).text.split(rule.separator)[rule.part];
      const value = part === undefined ? "" : cleanValue(part);
      if (value === "") throw new Mismatch("missing part");
      return value;
    }
  }
}

function readDate(slots: IndexedSlot[], rule: DateRule, input: ParseInput): string | null {
  switch (rule.take) {
    case "null":
      return null;
    case "received_at":
      return input.received_at;
    case "date": {
      const date = parseDateText(slotAt(slots, rule).text, rule.order, input.received_at);
      if (!date) throw new Mismatch("not a date");
      if (rule.time) {
        const time = parseTimeText(slotAt(slots, rule.time).text);
        if (!time) throw new Mismatch("not a time");
        Object.assign(date, time);
      } else if (rule.timeOfDay === "received_at") {
        const time = wallClockAt(input.received_at, rule.offset);
        if (!time) throw new Mismatch("received_at is not a timestamp");
        Object.assign(date, time);
      }
      return formatLocalIso(date, rule.offset);
    }
  }
}

/**
 * Re-extracts an SMS with a learned recipe. Every value comes from this SMS's own text; returns null
 * when the SMS is not of the recipe's format or any value fails to read or validate.
 */
export function applyRecipe(recipe: Recipe, input: ParseInput): ParseResult | null {
  if (recipe.version !== RECIPE_VERSION || !valid(recipe)) return null;
  if (fingerprint(input.sender, input.body) !== recipe.fingerprint) return null;
  const slots = indexSlots(tokenize(input.body));
  if (slots.length !== recipe.slotKinds.length || slots.some((s, i) => s.kind !== recipe.slotKinds[i])) return null;
  try {
    const c = recipe.constants;
    const result: ParseResult = {
      intent: c.intent,
      direction: c.direction,
      amount_minor: readAmount(slots, recipe.fields.amount_minor, c.currency),
      currency: c.currency,
      account: readText(slots, recipe.fields.account),
      account_kind: c.account_kind,
      counterparty: readText(slots, recipe.fields.counterparty),
      method: c.method,
      reference: readText(slots, recipe.fields.reference),
      balance_minor: readAmount(slots, recipe.fields.balance_minor, c.currency),
      occurred_at: readDate(slots, recipe.fields.occurred_at, input),
      institution: c.institution,
      category: c.category,
      parser: `template:${recipe.fingerprint}@${recipe.version}`,
      confidence: RECIPE_CONFIDENCE,
    };
    const checked = ParseResult.safeParse(result);
    return checked.success ? checked.data : null;
  } catch (error) {
    if (error instanceof Mismatch) return null;
    throw error;
  }
}
