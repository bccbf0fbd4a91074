import type { Db } from "../client";
import type { NewTransactionRow, SmsState } from "../schema";
import { runBatch, type Statement } from "../batch";
import { insertTransactionsStatements, updateStatesStatements, type TransactionJson } from "./bulk";
import type { RowAssignment } from "@smsledger/core";
import type { StoredAlert } from "./ledger-read";
import { EMPTY_PLAN, isLedgerConflict, MAX_REGROUP_ATTEMPTS, planRegroup, type RegroupPlan } from "./ledger-write";

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

const NO_ASSIGNMENT = {
  duplicateOf: null,
  linkKind: null,
  counterpartId: null,
  linkReason: null,
  userCategory: null,
  userCounterparty: null,
  correctedAt: null,
};

function transactionJson(tx: NewTransactionRow, a: Omit<RowAssignment, "id"> = NO_ASSIGNMENT): TransactionJson {
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
    duplicate_of: a.duplicateOf,
    link_kind: a.linkKind,
    counterpart_id: a.counterpartId,
    link_reason: a.linkReason,
    user_category: a.userCategory,
    user_counterparty: a.userCounterparty,
    corrected_at: a.correctedAt,
  };
}

/** A new transaction as regrouping sees it before it is stored (no assignment yet). */
function seedOf(tx: NewTransactionRow): StoredAlert {
  const json = transactionJson(tx);
  return {
    id: tx.id as string,
    userId: tx.userId,
    smsId: tx.smsId,
    intent: tx.intent,
    direction: tx.direction,
    amountMinor: tx.amountMinor,
    currency: tx.currency,
    account: json.account as string | null,
    accountKind: json.account_kind as string | null,
    counterparty: json.counterparty as string | null,
    reference: json.reference as string | null,
    category: json.category as string | null,
    sender: json.sender as string | null,
    occurredAtMs: tx.occurredAtMs,
    ...NO_ASSIGNMENT,
  };
}

/** Reads what regrouping the batch's new transactions needs and plans its writes. */
export function planOutcomes(db: Db, outcomes: SmsOutcome[]): Promise<RegroupPlan> {
  return planRegroup(
    db,
    outcomes.flatMap((o) => o.transactions.map(seedOf)),
  );
}

/**
 * Statements that record a batch's outcomes, a handful per batch whatever its size: the ledger version
 * checks (first, so that a lost race fails the batch before it writes), the SMS states (the SMS rows
 * exist since ingestion), the transactions (only while their SMS row exists; unique on user + SMS + seq,
 * so a redelivered message adds nothing), each with its ledger assignment, and the regrouping's updates of the
 * stored rows around them. The audit
 * event of the new state is the SMS row itself (see listEvents). A dead-lettered SMS is never changed here.
 */
export function outcomeStatements(
  db: Db,
  outcomes: SmsOutcome[],
  processedAt: number,
  plan: RegroupPlan = EMPTY_PLAN,
): Statement[] {
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
    ...plan.guard,
    ...updateStatesStatements(db, states, processedAt),
    ...insertTransactionsStatements(
      db,
      txs.map((tx) => transactionJson(tx, plan.assigned.get(tx.id as string))),
      processedAt,
    ),
    ...plan.statements,
    // No audit row: the terminal event is the SMS row's own state, parser and processed_at (listEvents).
  ];
}

const pause = (attempt: number) => new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));

/**
 * Writes outcomes (and `extra` statements, e.g. the batch's metrics row) as one D1 batch, one
 * transaction. If another batch regrouped one of its users in between (version check lost), nothing
 * was written: it reads again, regroups again and retries, up to MAX_REGROUP_ATTEMPTS times; then the
 * conflict is thrown like any other D1 error. Returns the plan that was written and the attempts.
 */
export async function writeOutcomes(
  db: Db,
  outcomes: SmsOutcome[],
  processedAt: number,
  extra: Statement[] = [],
): Promise<{ plan: RegroupPlan; attempts: number }> {
  for (let attempt = 1; ; attempt++) {
    const plan = await planOutcomes(db, outcomes);
    try {
      await runBatch(db, [...outcomeStatements(db, outcomes, processedAt, plan), ...extra]);
      return { plan, attempts: attempt };
    } catch (error) {
      if (!isLedgerConflict(error) || attempt >= MAX_REGROUP_ATTEMPTS) throw error;
      await pause(attempt);
    }
  }
}
