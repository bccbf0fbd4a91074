import {
  currencyExponent,
  fingerprint,
  learnFromAnswer,
  MONEY_MOVING_INTENTS,
  parseDecimalToMinor,
  parseSms,
  type Intent,
  type ParseInput,
  type ParseResult,
  type RecipeStore,
  type SmsResolution,
} from "@smsledger/core";
import { outcomeOfReading, resolveSms, type Db, type SmsOutcome, type SmsRow } from "@smsledger/db";
import type { FieldIssue } from "../lib/problem";

/** The `parser` of a reading a person gave (transactions, the SMS row, and `learnedFrom` of its recipe). */
export const REVIEW_PARSER = "review";

const NOT_FINANCIAL: ReadonlySet<Intent> = new Set(["otp", "promo", "other"]);

/** What a resolution did: the recipe it taught (own to this user), and notes of values not learned. */
export interface Resolved {
  recipe: { fingerprint: string; learned: boolean; scope: "own" };
  notes: string[];
}

/** A resolution that cannot be written as given, naming the field; `status` 400 (malformed) or 422 (not in the SMS). */
export class Unresolvable extends Error {
  constructor(
    readonly status: 400 | 422,
    readonly fields: FieldIssue[],
  ) {
    super(fields.map((f) => `${f.field}: ${f.message}`).join("; "));
  }
}

function minorOf(text: string | null | undefined, currency: string | null, field: string): number | null {
  if (text == null) return null;
  const minor = parseDecimalToMinor(text, currencyExponent(currency));
  if (minor === null)
    throw new Unresolvable(400, [{ field, message: `more decimals than ${currency ?? "the currency"} has` }]);
  return minor;
}

/** The resolution as an upstream answer would state it (omitted fields are null: not in the SMS). */
function answerOf(body: SmsResolution, institution: string | null): ParseResult {
  const r = body.not_transaction ? { intent: "other" as const } : body;
  const currency = r.currency ?? null;
  return {
    intent: r.intent ?? "other",
    direction: r.direction ?? null,
    amount_minor: minorOf(r.amount, currency, "amount"),
    currency,
    account: r.account ?? null,
    account_kind: r.account_kind ?? null,
    counterparty: r.counterparty ?? null,
    method: r.method ?? null,
    reference: r.reference ?? null,
    balance_minor: minorOf(r.balance, currency, "balance"),
    occurred_at: r.date ?? null,
    institution,
    category: r.category ?? null,
    parser: REVIEW_PARSER,
    confidence: 1,
  };
}

/** Fields of the answer and the request field naming each. */
const GROUNDED = [
  ["amount_minor", "amount"],
  ["balance_minor", "balance"],
  ["account", "account"],
  ["counterparty", "counterparty"],
  ["reference", "reference"],
  ["occurred_at", "date"],
] as const;

/** The request field a rejection note of core's grounding is about. */
function rejectedField(notes: string[]): string {
  const note = notes.find((n) => n.startsWith("rejected:")) ?? "";
  return ["currency", "amount", "direction"].find((f) => note.includes(f)) ?? "(body)";
}

/**
 * Grounds the answer in the SMS text exactly as an upstream answer is grounded (core's learnFromAnswer).
 * Unlike the LLM's, a person's value that is not in the text is not silently dropped: 422 naming the field.
 */
function ground(input: ParseInput, answer: ParseResult) {
  const learned = learnFromAnswer(input, answer);
  if (!learned.reading) {
    const why = learned.notes.map((n) => n.replace(/^rejected: /, "")).join("; ");
    throw new Unresolvable(422, [{ field: rejectedField(learned.notes), message: `not in the SMS text: ${why}` }]);
  }
  const reading = learned.reading;
  const dropped = GROUNDED.filter(([key]) => answer[key] !== null && reading[key] === null);
  if (dropped.length > 0) {
    throw new Unresolvable(
      422,
      dropped.map(([, field]) => ({ field, message: "not printed in the SMS text" })),
    );
  }
  return { reading, recipe: learned.recipe, notes: learned.notes };
}

function stateOfResolution(intent: Intent): SmsOutcome["state"] {
  if (MONEY_MOVING_INTENTS.has(intent)) return "parsed";
  return NOT_FINANCIAL.has(intent) ? "not_financial" : "parsed";
}

/**
 * Resolves one `needs_review` SMS of `userId`: grounds the fields, writes the reading like the consumer
 * writes one (state, transaction, ledger regrouping, audit events naming who resolved it) in one D1
 * batch, then keeps the recipe it teaches as this user's own (shared only once an admin promotes it).
 * Throws Unresolvable (400/422) or db's NotInReview (409, a concurrent resolution won).
 */
export async function resolveReview(
  db: Db,
  recipes: RecipeStore,
  row: SmsRow,
  body: SmsResolution,
  now: number,
): Promise<Resolved> {
  const input = { sender: row.sender, body: row.body, received_at: row.receivedAt };
  const answer = answerOf(body, parseSms(input).institution);
  const { reading, recipe, notes } = ground(input, answer);
  const job = { user_id: row.userId, sms_id: row.id, ...input };
  const outcome = await outcomeOfReading(job, reading, stateOfResolution(reading.intent), row.attempts);
  await resolveSms(db, outcome, `by user ${row.userId} (${REVIEW_PARSER})`, now);
  const fp = fingerprint(row.sender, row.body);
  let learned = false;
  if (recipe) {
    try {
      await recipes.putOwn(fp, row.userId, recipe);
      learned = true;
    } catch (error) {
      console.error("resolution stored, recipe not kept", fp, error);
      notes.push("the recipe could not be kept (KV); the SMS is resolved");
    }
  }
  return { recipe: { fingerprint: fp, learned, scope: "own" }, notes };
}
