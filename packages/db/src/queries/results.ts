import type { Db } from "../client";
import type { NewTransactionRow, SmsState } from "../schema";
import { runBatch, type Statement } from "../batch";
import { insertTransactionsStatements, updateStatesStatements, type TransactionJson } from "./bulk";
import { insertEvents } from "./events";
import { linkStatements } from "./links";

/** The outcome of processing one SMS, ready to be written. */
export interface SmsOutcome {
  userId: string;
  smsId: string;
  state: Exclude<SmsState, "queued" | "dead_lettered">;
  intent: string | null;
  parser: string | null;
  confidence: number | null;
  attempts: number;
  transactions: NewTransactionRow[];
}

function transactionJson(tx: NewTransactionRow): TransactionJson {
  return {
    id: tx.id,
    user_id: tx.userId,
    sms_id: tx.smsId,
    seq: tx.seq ?? 0,
    intent: tx.intent,
    direction: tx.direction,
    amount_minor: tx.amountMinor,
    currency: tx.currency,
    account: tx.account ?? null,
    account_kind: tx.accountKind ?? null,
    counterparty: tx.counterparty ?? null,
    method: tx.method ?? null,
    reference: tx.reference ?? null,
    balance_minor: tx.balanceMinor ?? null,
    occurred_at: tx.occurredAt,
    occurred_at_ms: tx.occurredAtMs,
    institution: tx.institution ?? null,
    category: tx.category ?? null,
    sender: tx.sender ?? null,
    parser: tx.parser,
    confidence: tx.confidence,
  };
}

/**
 * Statements that record a batch's outcomes, a handful per batch whatever its size: the SMS states
 * (the SMS rows exist since ingestion), the transactions (only while their SMS row exists; unique on
 * user + SMS + seq, so a redelivered message adds nothing), the links between alerts of one movement,
 * and the audit events. A dead-lettered SMS is never changed here.
 */
export function outcomeStatements(db: Db, outcomes: SmsOutcome[], processedAt: number): Statement[] {
  if (outcomes.length === 0) return [];
  const states = outcomes.map((o) => ({
    user_id: o.userId,
    sms_id: o.smsId,
    state: o.state,
    intent: o.intent,
    parser: o.parser,
    confidence: o.confidence,
    attempts: o.attempts,
  }));
  const txs = outcomes.flatMap((o) => o.transactions);
  return [
    ...updateStatesStatements(db, states, processedAt),
    ...insertTransactionsStatements(db, txs.map(transactionJson), processedAt),
    ...linkStatements(db, txs.map((tx) => tx.id as string)),
    insertEvents(db, outcomes.map((o) => [o.userId, o.smsId, o.state, o.parser]), processedAt),
  ];
}

/** Writes outcomes as one D1 batch (one transaction). */
export async function writeOutcomes(db: Db, outcomes: SmsOutcome[], processedAt: number): Promise<void> {
  await runBatch(db, outcomeStatements(db, outcomes, processedAt));
}
