import type { ParseInput, ParseResult } from "../schemas/parse-result";
import { parseDateText, parseTimeText, splitIso, wallClockAt, type LocalDateTime, type NumericDateOrder } from "./dates";
import { fnv1a64Hex } from "./hash";
import { RECIPE_VERSION, type AmountRule, type DateRule, type Recipe, type TextRule } from "./recipe-schema";
import { senderEntity } from "./sender";
import { AMOUNT_SLOT_KINDS, TEXT_SLOT_KINDS, cleanValue, digitsOf, indexSlots, slotAmountMinor, type IndexedSlot } from "./slots";
import { templateOfTokens } from "./template-of";
import { tokenize } from "./tokenize";

/** Categories that follow from the SMS wording rather than from who was paid. */
const FORMAT_CATEGORIES = new Set(["transfer", "atm", "fees", "refund", "salary"]);

const ref = (slot: IndexedSlot) => ({ slot: slot.index, kind: slot.kind, anchor: slot.anchor });

function amountCandidates(slots: IndexedSlot[], minor: number, currency: string | null): IndexedSlot[] {
  const matches = slots.filter((s) => AMOUNT_SLOT_KINDS.has(s.kind) && slotAmountMinor(s.text, currency ?? s.currency ?? null) === minor);
  // Prefer slots printed with a currency marker.
  const marked = matches.filter((s) => s.kind === "amount");
  return marked.length > 0 ? marked : matches;
}

/** Amount and balance rules; they must not claim the same slot. undefined = value not located. */
function learnAmounts(slots: IndexedSlot[], answer: ParseResult): { amount: AmountRule; balance: AmountRule } | undefined {
  const amountC = answer.amount_minor === null ? null : amountCandidates(slots, answer.amount_minor, answer.currency);
  const balanceC =
    answer.balance_minor === null || answer.balance_minor < 0 ? null : amountCandidates(slots, answer.balance_minor, answer.currency);
  if (answer.balance_minor !== null && answer.balance_minor < 0) return undefined;
  if (amountC?.length === 0 || balanceC?.length === 0) return undefined;
  const amountSlot = amountC?.[0];
  // The balance is usually printed after the amount: take the last candidate not used by the amount.
  const balanceSlot = balanceC?.filter((s) => s.index !== amountSlot?.index).at(-1);
  if (balanceC && !balanceSlot) return undefined;
  return {
    amount: amountSlot ? { take: "amount", ...ref(amountSlot) } : { take: "null" },
    balance: balanceSlot ? { take: "amount", ...ref(balanceSlot) } : { take: "null" },
  };
}

/** A text value: a whole slot, the tail digits of a slot, one "/"-part of a slot, or literal template text. */
function learnText(slots: IndexedSlot[], template: string, value: string | null, field: "account" | "counterparty" | "reference"): TextRule | undefined {
  if (value === null) return { take: "null" };
  const wanted = cleanValue(value);
  if (wanted === "") return { take: "null" };
  const lower = wanted.toLowerCase();
  const candidates = slots.filter((s) => TEXT_SLOT_KINDS.has(s.kind));
  const whole = candidates.find((s) => cleanValue(s.text).toLowerCase() === lower);
  if (whole) return { take: "text", ...ref(whole) };
  if (field === "account" || field === "reference") {
    const digits = digitsOf(wanted);
    if (digits === wanted && digits.length >= 2) {
      const tail = candidates.find((s) => digitsOf(s.text).endsWith(digits) && (field === "account" || digitsOf(s.text) === digits));
      if (tail) return { take: "tail_digits", length: digits.length, ...ref(tail) };
    }
  }
  for (const separator of ["/", ":", "-"]) {
    for (const s of candidates) {
      const parts = s.text.split(separator);
      if (parts.length < 2) continue;
      const part = parts.findIndex((p) => cleanValue(p).toLowerCase() === lower);
      if (part >= 0) return { take: "split", separator, part, ...ref(s) };
    }
  }
  // Literal text of the template is the same in every SMS of this format: a constant.
  if (field === "counterparty" && template.includes(lower)) return { take: "constant", value: wanted };
  return undefined;
}

function sameDate(a: LocalDateTime, b: LocalDateTime): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

function sameTime(a: { hour?: number; minute?: number; second?: number }, b: { hour?: number; minute?: number; second?: number }): boolean {
  return (a.hour ?? 0) === (b.hour ?? 0) && (a.minute ?? 0) === (b.minute ?? 0) && (a.second ?? 0) === (b.second ?? 0);
}

function learnDate(slots: IndexedSlot[], answer: ParseResult, input: ParseInput): DateRule | undefined {
  if (answer.occurred_at === null) return { take: "null" };
  const split = splitIso(answer.occurred_at);
  if (split) {
    for (const slot of slots.filter((s) => s.kind === "date")) {
      for (const order of ["dmy", "mdy"] as NumericDateOrder[]) {
        const parsed = parseDateText(slot.text, order, input.received_at);
        if (!parsed || !sameDate(parsed, split.local)) continue;
        const base = { take: "date" as const, ...ref(slot), order, offset: split.offset };
        if (parsed.hour !== undefined) {
          if (sameTime(parsed, split.local)) return { ...base, time: null, timeOfDay: "slot" };
          continue;
        }
        const timeSlot = slots.find((s) => s.kind === "time" && sameTime(parseTimeText(s.text) ?? { hour: -1 }, split.local));
        if (timeSlot) return { ...base, time: ref(timeSlot), timeOfDay: "slot" };
        if (sameTime(split.local, {})) return { ...base, time: null, timeOfDay: "midnight" };
        const received = wallClockAt(input.received_at, split.offset);
        if (received && sameTime(received, split.local)) return { ...base, time: null, timeOfDay: "received_at" };
        // A time that is neither printed nor received_at's: not learnable.
      }
    }
  }
  const answered = Date.parse(answer.occurred_at);
  if (!Number.isNaN(answered) && answered === Date.parse(input.received_at)) return { take: "received_at" };
  return undefined;
}

/**
 * Learns, from one trusted answer, how to re-extract every field of this SMS format from the SMS text.
 * Returns null when some answered value cannot be located in the body (then nothing safe can be learned).
 */
export function learnRecipe(input: ParseInput, answer: ParseResult): Recipe | null {
  const tokens = tokenize(input.body);
  const slots = indexSlots(tokens);
  const template = templateOfTokens(tokens);
  const sender = senderEntity(input.sender);

  const amounts = learnAmounts(slots, answer);
  if (!amounts) return null;
  const account = learnText(slots, template, answer.account, "account");
  const counterparty = learnText(slots, template, answer.counterparty, "counterparty");
  const reference = learnText(slots, template, answer.reference, "reference");
  const occurred_at = learnDate(slots, answer, input);
  if (!account || !counterparty || !reference || !occurred_at) return null;

  const payeeVaries = counterparty.take !== "null" && counterparty.take !== "constant";
  const category = answer.category !== null && (!payeeVaries || FORMAT_CATEGORIES.has(answer.category)) ? answer.category : null;

  return {
    kind: "sms-recipe",
    version: RECIPE_VERSION,
    fingerprint: fnv1a64Hex(`${sender}\n${template}`),
    sender,
    template,
    slotKinds: slots.map((s) => s.kind),
    constants: {
      intent: answer.intent,
      direction: answer.direction,
      currency: answer.currency,
      account_kind: answer.account_kind,
      method: answer.method,
      institution: answer.institution,
      category,
    },
    fields: { amount_minor: amounts.amount, balance_minor: amounts.balance, account, counterparty, reference, occurred_at },
    learnedFrom: answer.parser,
  };
}
