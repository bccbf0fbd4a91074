import type { Category, LedgerAlert, RowAssignment } from "@smsledger/core";
import { createDb, writeOutcomes, type NewTransactionRow, type SmsOutcome } from "@smsledger/db";
import { testEnv } from "./helpers";

/** One alert as a test writes it (one SMS, one transaction). */
export interface Alert {
  sms: string;
  sender: string;
  direction: "debit" | "credit";
  amount: number;
  account: string | null;
  reference?: string | null;
  minute: number;
  intent?: "transaction" | "refund";
  counterparty?: string | null;
  category?: Category | null;
  accountKind?: "bank" | "card";
}

const BASE = Date.parse("2026-11-12T10:00:00+05:30");
export const db = () => createDb(testEnv.DB);
export const txId = (userId: string, sms: string) => `${userId}:${sms}`;

export function transaction(userId: string, a: Alert): NewTransactionRow {
  return {
    id: txId(userId, a.sms),
    userId,
    smsId: a.sms,
    seq: 0,
    intent: a.intent ?? "transaction",
    direction: a.direction,
    amountMinor: a.amount,
    currency: "INR",
    account: a.account,
    accountKind: a.accountKind ?? "bank",
    counterparty: a.counterparty ?? null,
    reference: a.reference ?? null,
    category: a.category ?? null,
    sender: a.sender,
    occurredAt: new Date(BASE + a.minute * 60_000).toISOString(),
    occurredAtMs: BASE + a.minute * 60_000,
    parser: "test",
    confidence: 0.9,
  };
}

/** The alert as core's pure grouping sees it (to compute the expected ledger). */
export function ledgerAlert(userId: string, a: Alert): LedgerAlert {
  const t = transaction(userId, a);
  return {
    id: t.id as string,
    smsId: t.smsId,
    intent: t.intent,
    direction: t.direction,
    amountMinor: t.amountMinor,
    currency: t.currency,
    account: t.account ?? null,
    accountKind: t.accountKind ?? null,
    counterparty: t.counterparty ?? null,
    reference: t.reference ?? null,
    category: t.category ?? null,
    sender: t.sender ?? null,
    occurredAtMs: t.occurredAtMs,
  };
}

export function outcome(userId: string, a: Alert): SmsOutcome {
  const tx = transaction(userId, a);
  const parser = "test";
  return {
    userId,
    smsId: a.sms,
    state: "parsed",
    intent: tx.intent,
    parser,
    confidence: 0.9,
    attempts: 1,
    transactions: [tx],
  };
}

/** Records SMS rows as the API does at ingestion (state `queued`), many users in one D1 batch. */
export async function recordSms(pairs: [string, Alert][]): Promise<void> {
  const insert = `INSERT OR IGNORE INTO sms (user_id, id, ingestion_id, sender, body, received_at, state)
    VALUES (?, ?, 'ing', ?, 'x', '2026-11-12T10:00:00+05:30', 'queued')`;
  for (let i = 0; i < pairs.length; i += 50) {
    await testEnv.DB.batch(pairs.slice(i, i + 50).map(([u, a]) => testEnv.DB.prepare(insert).bind(u, a.sms, a.sender)));
  }
}

/** One consumer batch write (outcomes of possibly many users), as process-batch does it. */
export const writeBatch = (outcomes: SmsOutcome[]) => writeOutcomes(db(), outcomes, Date.now());

/** Writes alerts as the consumer does: one D1 write per batch, batches in the given order (or all at once). */
export async function arrive(userId: string, batches: Alert[][], concurrently = false): Promise<void> {
  await recordSms(batches.flat().map((a) => [userId, a]));
  const write = (batch: Alert[]) => writeBatch(batch.map((a) => outcome(userId, a)));
  if (concurrently) await Promise.all(batches.map(write));
  else for (const batch of batches) await write(batch);
}

export type StoredRow = RowAssignment & { smsId: string; reference: string | null };

/** A user's rows as regrouping left them, by SMS id, with ids shortened to SMS ids. */
export async function storedRows(userId: string): Promise<Map<string, StoredRow>> {
  const { results } = await testEnv.DB.prepare(
    `SELECT id, sms_id AS smsId, reference, duplicate_of AS duplicateOf, link_kind AS linkKind, counterpart_id AS counterpartId,
       link_reason AS linkReason, user_category AS userCategory, user_counterparty AS userCounterparty,
       corrected_at AS correctedAt
     FROM transactions WHERE user_id = ? ORDER BY id`,
  )
    .bind(userId)
    .all<StoredRow>();
  return new Map(results.map((r) => [r.smsId, r]));
}

export const short = (id: string | null) => (id === null ? null : (id.split(":").pop() as string));
