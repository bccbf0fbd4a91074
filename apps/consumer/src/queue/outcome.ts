import { isConfidentMovement, sha256Hex, stateOf, type ParseResult, type SmsJob } from "@smsledger/core";
import type { NewTransactionRow, SmsOutcome } from "@smsledger/db";

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

/** What to write for one SMS given its best reading (`review`: the read policy wants it reviewed whatever it says). */
export async function outcomeOf(job: SmsJob, result: ParseResult, attempts: number, review = false): Promise<SmsOutcome> {
  const state = review ? "needs_review" : stateOf(result, job.body, job.sender);
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
