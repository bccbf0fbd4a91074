import { isConfidentMovement, sha256Hex, type ParseResult, type SmsJob } from "@smsledger/core";
import type { NewTransactionRow } from "../schema";
import type { SmsOutcome } from "./results";

/** The deterministic id of the seq-th transaction read from an SMS. */
export async function transactionId(userId: string, smsId: string, seq: number): Promise<string> {
  return `tx_${(await sha256Hex(`${userId}\u0000${smsId}\u0000${seq}`)).slice(0, 24)}`;
}

function instantMs(iso: string | null, fallback: string): { iso: string; ms: number } {
  for (const candidate of [iso, fallback]) {
    if (!candidate) continue;
    const ms = Date.parse(candidate);
    if (!Number.isNaN(ms)) return { iso: candidate, ms };
  }
  return { iso: fallback, ms: 0 };
}

type Job = Pick<SmsJob, "user_id" | "sms_id" | "sender" | "received_at">;

/**
 * What to write for one SMS given its reading and the terminal state decided for it (by the consumer's
 * read policy, or by a person's resolution): a `parsed` confident money movement gets its transaction row.
 */
export async function outcomeOfReading(
  job: Job,
  result: ParseResult,
  state: SmsOutcome["state"],
  attempts: number,
): Promise<SmsOutcome> {
  const txs: NewTransactionRow[] = [];
  if (state === "parsed" && isConfidentMovement(result)) {
    const when = instantMs(result.occurred_at, job.received_at);
    txs.push({
      id: await transactionId(job.user_id, job.sms_id, 0),
      userId: job.user_id,
      smsId: job.sms_id,
      seq: 0,
      intent: result.intent,
      direction: result.direction ?? "debit",
      amountMinor: result.amount_minor ?? 0,
      currency: result.currency ?? "INR",
      account: result.account,
      accountKind: result.account_kind,
      counterparty: result.counterparty,
      method: result.method,
      reference: result.reference,
      balanceMinor: result.balance_minor,
      occurredAt: when.iso,
      occurredAtMs: when.ms,
      institution: result.institution,
      category: result.category,
      sender: job.sender,
      parser: result.parser,
      confidence: result.confidence,
    });
  }
  return {
    userId: job.user_id,
    smsId: job.sms_id,
    state,
    intent: result.intent,
    parser: result.parser,
    confidence: result.confidence,
    attempts,
    transactions: txs,
  };
}
