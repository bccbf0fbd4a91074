import { and, eq, getTableColumns, ne, sql, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import { runBatch, type Statement } from "../batch";
import { sms, transactions, type NewTransactionRow, type SmsState } from "../schema";
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

/**
 * Statements that record outcomes. The SMS row must already exist (written at ingestion);
 * a transaction is only inserted while its SMS row exists, and a redelivered message adds nothing
 * thanks to the unique key on (user, sms, seq). A dead-lettered SMS is never changed here.
 */
export function outcomeStatements(db: Db, outcomes: SmsOutcome[], processedAt: number): Statement[] {
  const statements: Statement[] = [];
  for (const outcome of outcomes) {
    statements.push(
      db
        .update(sms)
        .set({
          state: outcome.state,
          intent: outcome.intent,
          parser: outcome.parser,
          confidence: outcome.confidence,
          error: null,
          attempts: outcome.attempts,
          processedAt,
        })
        .where(and(eq(sms.userId, outcome.userId), eq(sms.id, outcome.smsId), ne(sms.state, "dead_lettered"))),
    );
    for (const tx of outcome.transactions) statements.push(insertTransactionIfSmsExists(db, tx));
  }
  const newIdsByUser = new Map<string, string[]>();
  for (const outcome of outcomes) {
    for (const tx of outcome.transactions) newIdsByUser.set(outcome.userId, [...(newIdsByUser.get(outcome.userId) ?? []), tx.id as string]);
  }
  statements.push(...linkStatements(db, newIdsByUser));
  if (outcomes.length > 0) {
    statements.push(insertEvents(db, outcomes.map((o) => [o.userId, o.smsId, o.state, o.parser]), processedAt));
  }
  return statements;
}

function insertTransactionIfSmsExists(db: Db, tx: NewTransactionRow) {
  const values: Record<string, SQL.Aliased> = {};
  for (const [key, column] of Object.entries(getTableColumns(transactions))) {
    // insert…select needs every column, in table order; absent ones take the column default.
    const value = tx[key as keyof NewTransactionRow] ?? column.default ?? null;
    values[key] = sql`${value}`.as(column.name);
  }
  return db
    .insert(transactions)
    .select(
      db
        .select(values)
        .from(sms)
        .where(and(eq(sms.userId, tx.userId), eq(sms.id, tx.smsId))) as never,
    )
    .onConflictDoNothing();
}

/** Writes outcomes as one D1 batch (one transaction). */
export async function writeOutcomes(db: Db, outcomes: SmsOutcome[], processedAt: number): Promise<void> {
  await runBatch(db, outcomeStatements(db, outcomes, processedAt));
}
