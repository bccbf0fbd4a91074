import { and, eq, getTableColumns, ne, sql, type SQL } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { Db } from "../client";
import { sms, transactions, type NewTransactionRow, type SmsState } from "../schema";

/** The outcome of processing one SMS, ready to be written. */
export interface SmsOutcome {
  userId: string;
  smsId: string;
  state: Exclude<SmsState, "queued">;
  intent: string | null;
  parser: string | null;
  confidence: number | null;
  error: string | null;
  attempts: number;
  transactions: NewTransactionRow[];
}

/**
 * Statements that record outcomes. The SMS row must already exist (written at ingestion);
 * a transaction is only inserted while its SMS row exists, and a redelivered message adds nothing
 * thanks to the unique key on (user, sms, seq).
 */
export function outcomeStatements(db: Db, outcomes: SmsOutcome[], processedAt: number): BatchItem<"sqlite">[] {
  const statements: BatchItem<"sqlite">[] = [];
  for (const outcome of outcomes) {
    statements.push(
      db
        .update(sms)
        .set({
          state: outcome.state,
          intent: outcome.intent,
          parser: outcome.parser,
          confidence: outcome.confidence,
          error: outcome.error,
          attempts: outcome.attempts,
          processedAt,
        })
        .where(and(eq(sms.userId, outcome.userId), eq(sms.id, outcome.smsId), ne(sms.state, "dead_lettered"))),
    );
    for (const tx of outcome.transactions) statements.push(insertTransactionIfSmsExists(db, tx));
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
  const [first, ...rest] = outcomeStatements(db, outcomes, processedAt);
  if (first) await db.batch([first, ...rest]);
}
