import { parseSms } from "../parser/index";
import { MONEY_MOVING_INTENTS, type ParseInput, type ParseResult } from "../schemas/parse-result";
import { UPSTREAM_VERSION } from "../upstream/version";
import {
  parseDateText,
  parseTimeText,
  splitIso,
  wallClockAt,
  type LocalDateTime,
  type NumericDateOrder,
} from "./dates";
import { groundCurrency } from "./ground-currency";
import { toAsciiDigits } from "./numbers";
import { fnv1a64Hex } from "./hash";
import { RECIPE_VERSION, type AmountRule, type DateRule, type Recipe, type TextRule } from "./recipe-schema";
import { senderEntity } from "./sender";
import {
  AMOUNT_SLOT_KINDS,
  TEXT_SLOT_KINDS,
  cleanValue,
  digitsOf,
  indexSlots,
  slotAmountMinor,
  type IndexedSlot,
} from "./slots";
import { templateOfTokens } from "./template-of";
import { markerScale, tokenize } from "./tokenize";

/** Categories that follow from the SMS wording rather than from who was paid. */
const FORMAT_CATEGORIES = new Set(["transfer", "atm", "fees", "refund", "salary"]);
/** Separators of the parts of a path, URL or compound slot ("UPI/DR/DAV4D0PVWS", "?id=DAV4D0PVWS"). */
const PART_SEPARATORS = ["/", ":", "-", "=", "?", "&", "#", "|", "_"];

/** Lower case, ASCII digits, whitespace collapsed: for "is this value printed somewhere in the text". */
const plain = (text: string) => toAsciiDigits(text).toLowerCase().replace(/\s+/g, " ");

/** Whether the day of month of an answered date is printed as a number (a date in a form no slot reads). */
function dayPrinted(body: string, iso: string): boolean {
  const day = splitIso(iso)?.local.day;
  return day !== undefined && (toAsciiDigits(body).match(/\d+/g) ?? []).some((n) => Number(n) === day);
}

const ref = (slot: IndexedSlot) => ({ slot: slot.index, kind: slot.kind, anchor: slot.anchor });

/**
 * Where a value was found: `rule` reads it back from the next SMS of the format; "tie" = printed in more
 * than one place (which one is meant cannot be told, so it is never learned); "absent" = not in the text.
 */
type Found<R> = { rule: R } | "tie" | "absent";

/** The scale at which a slot prints `minor`: 1 as printed, or its marker's (an answer in rials of a toman amount). */
function scaleOf(slot: IndexedSlot, minor: number, currency: string | null): number | null {
  const printed = slotAmountMinor(slot.text, currency ?? slot.currency ?? null);
  if (printed === null) return null;
  if (printed === minor) return 1;
  const scale = slot.kind === "amount" ? markerScale(slot.text) : 1;
  return scale !== 1 && printed * scale === minor ? scale : null;
}

function amountCandidates(slots: IndexedSlot[], minor: number, currency: string | null): IndexedSlot[] {
  const matches = slots.filter((s) => AMOUNT_SLOT_KINDS.has(s.kind) && scaleOf(s, minor, currency) !== null);
  // Prefer slots printed with a currency marker.
  const marked = matches.filter((s) => s.kind === "amount");
  return marked.length > 0 ? marked : matches;
}

function findAmount(
  slots: IndexedSlot[],
  minor: number | null,
  currency: string | null,
  not?: number,
): Found<AmountRule> {
  if (minor === null) return { rule: { take: "null" } };
  if (minor < 0) return "absent";
  const candidates = amountCandidates(slots, minor, currency).filter((s) => s.index !== not);
  if (candidates.length === 0) return "absent";
  if (candidates.length > 1) return "tie";
  const slot = candidates[0] as IndexedSlot;
  const scale = scaleOf(slot, minor, currency) ?? 1;
  return { rule: { take: "amount", ...ref(slot), ...(scale !== 1 ? { scale } : {}) } };
}

/** The one candidate, a tie, or nothing. */
function only<R>(matches: R[]): Found<R> {
  if (matches.length === 0) return "absent";
  return matches.length === 1 ? { rule: matches[0] as R } : "tie";
}

type TextField = "account" | "counterparty" | "reference";

/** A text value: a whole slot, the tail digits of a slot, one part of a slot, or literal template text. */
function findText(slots: IndexedSlot[], template: string, value: string | null, field: TextField): Found<TextRule> {
  if (value === null) return { rule: { take: "null" } };
  const wanted = cleanValue(value);
  if (wanted === "") return { rule: { take: "null" } };
  const lower = wanted.toLowerCase();
  const candidates = slots.filter((s) => TEXT_SLOT_KINDS.has(s.kind));
  const whole = candidates.filter((s) => cleanValue(s.text).toLowerCase() === lower);
  if (whole.length > 0) return only(whole.map((s): TextRule => ({ take: "text", ...ref(s) })));
  if (field === "account" || field === "reference") {
    const digits = digitsOf(wanted);
    if (digits === wanted && digits.length >= 2) {
      const ends = (s: IndexedSlot) =>
        digitsOf(s.text).endsWith(digits) && (field === "account" || digitsOf(s.text) === digits);
      const tails = candidates.filter(ends);
      // An account is a masked account slot ("XX1234") before any number that happens to end the same way
      // ("Avl Bal:00.00" for "*XX0000"); otherwise the slot of exactly those digits before a longer one.
      const masked = field === "account" ? tails.filter((s) => s.kind === "account") : [];
      const exact = tails.filter((s) => s.kind === "account" || digitsOf(s.text) === digits);
      const best = masked.length > 0 ? masked : exact.length > 0 ? exact : tails;
      if (best.length > 0)
        return only(best.map((s): TextRule => ({ take: "tail_digits", length: digits.length, ...ref(s) })));
    }
  }
  for (const separator of PART_SEPARATORS) {
    const parts: TextRule[] = [];
    for (const s of candidates) {
      const pieces = s.text.split(separator);
      if (pieces.length < 2) continue;
      pieces.forEach((p, part) => {
        if (cleanValue(p).toLowerCase() === lower) parts.push({ take: "split", separator, part, ...ref(s) });
      });
    }
    if (parts.length > 0) return only(parts);
  }
  // Literal text of the template is the same in every SMS of this format: a constant.
  if (field === "counterparty" && template.includes(lower)) return { rule: { take: "constant", value: wanted } };
  return "absent";
}

function sameDate(a: LocalDateTime, b: LocalDateTime): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

function sameTime(
  a: { hour?: number; minute?: number; second?: number },
  b: { hour?: number; minute?: number; second?: number },
): boolean {
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
        const timeSlot = slots.find(
          (s) => s.kind === "time" && sameTime(parseTimeText(s.text) ?? { hour: -1 }, split.local),
        );
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

/** What one upstream answer teaches: its grounded reading, and how to read the format again. */
export interface Learned {
  /**
   * The answer with every value that is not in the text dropped (null); null when the answer is rejected:
   * a money movement whose direction, amount or currency cannot be grounded in the text.
   */
  reading: ParseResult | null;
  /** How to re-read this format; null when rejected or when the amount is printed in several places. */
  recipe: Recipe | null;
  /** One line per value dropped, tie left unlearned, or reason of rejection. */
  notes: string[];
}

const FIELD_OF = { amount: "amount_minor", balance: "balance_minor" } as const;

/**
 * Grounds one answer in the SMS text, field by field, and learns from it how to re-extract every field of
 * this SMS format. A value that is not in the text is dropped from the reading and the recipe (with a note);
 * a value printed in several places is kept in the reading but not learned. Only a money movement whose
 * direction, amount or currency cannot be grounded is rejected. The recipe records `learnedWith`, the
 * version of the upstream prompt and schema that produced the answer.
 */
export function learnFromAnswer(
  input: ParseInput,
  answer: ParseResult,
  learnedWith: string = UPSTREAM_VERSION,
): Learned {
  const tokens = tokenize(input.body);
  const slots = indexSlots(tokens);
  const template = templateOfTokens(tokens);
  const notes: string[] = [];
  const reading: ParseResult = { ...answer };
  const moves = MONEY_MOVING_INTENTS.has(answer.intent);
  const reject = (why: string): Learned => ({ reading: null, recipe: null, notes: [...notes, `rejected: ${why}`] });

  if (moves && answer.direction === null) return reject("a money movement without a direction");
  const currency = groundCurrency(slots, input.body, answer.currency);
  if (moves && currency.kind === "absent") return reject(`currency ${answer.currency ?? "null"} is not printed`);
  if (currency.kind === "printed_nowhere") notes.push(`currency ${answer.currency} not printed; taken from the answer`);

  let learnable = true;
  let amount = findAmount(slots, answer.amount_minor, answer.currency);
  // The rules' grammar reads more than the slots ("Rs.1.5 lakh"): what it reads is in the text, but not learnable.
  const rules = amount === "absent" || answer.balance_minor !== null ? parseSms(input) : null;
  if (amount === "absent" && rules?.amount_minor === answer.amount_minor && rules.currency === answer.currency) {
    notes.push("amount in a form no slot reads: format not learned");
    amount = "tie";
    learnable = false;
  }
  if (amount === "absent") {
    if (moves) return reject("amount not in the text");
    notes.push("amount not in the text: dropped");
    reading.amount_minor = null;
  } else if (amount === "tie" && learnable) {
    notes.push("amount printed in several places: format not learned");
    learnable = false;
  }
  const amountSlot = typeof amount === "object" && amount.rule.take === "amount" ? amount.rule.slot : undefined;
  let balance = findAmount(slots, answer.balance_minor, answer.currency, amountSlot);
  if (balance === "absent" && rules?.balance_minor === answer.balance_minor) {
    notes.push("balance in a form no slot reads: not learned");
    balance = { rule: { take: "null" } };
  }
  if (balance === "absent" || balance === "tie") {
    notes.push(
      balance === "absent" ? "balance not in the text: dropped" : "balance printed in several places: not learned",
    );
    if (balance === "absent") reading[FIELD_OF.balance] = null;
    balance = { rule: { take: "null" } };
  }

  const body = plain(input.body);
  const text = (field: TextField): TextRule => {
    const found = findText(slots, template, answer[field], field);
    if (typeof found === "object") return found.rule;
    const value = answer[field];
    if (found === "tie") notes.push(`${field} printed in several places: not learned`);
    else if (value !== null && body.includes(plain(cleanValue(value))))
      notes.push(`${field} not a slot of its own: not learned`);
    else {
      reading[field] = null;
      notes.push(`${field} not in the text: dropped`);
    }
    return { take: "null" };
  };
  const account = text("account");
  const counterparty = text("counterparty");
  const reference = text("reference");
  let occurred_at = learnDate(slots, answer, input);
  if (!occurred_at) {
    if (answer.occurred_at !== null && dayPrinted(input.body, answer.occurred_at)) {
      notes.push("occurred_at not learnable: not learned");
    } else {
      notes.push("occurred_at not in the text: dropped");
      reading.occurred_at = null;
    }
    occurred_at = { take: "null" };
  }
  if (!learnable || typeof amount !== "object") return { reading, recipe: null, notes };

  const payeeVaries = counterparty.take !== "null" && counterparty.take !== "constant";
  const category =
    answer.category !== null && (!payeeVaries || FORMAT_CATEGORIES.has(answer.category)) ? answer.category : null;
  const sender = senderEntity(input.sender);
  const recipe: Recipe = {
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
    fields: { amount_minor: amount.rule, balance_minor: balance.rule, account, counterparty, reference, occurred_at },
    learnedFrom: answer.parser,
    learnedWith,
  };
  return { reading, recipe, notes };
}

/** The recipe of `learnFromAnswer` alone (null when nothing safe can be learned). */
export function learnRecipe(
  input: ParseInput,
  answer: ParseResult,
  learnedWith: string = UPSTREAM_VERSION,
): Recipe | null {
  return learnFromAnswer(input, answer, learnedWith).recipe;
}
