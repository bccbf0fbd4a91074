import { and, eq, inArray, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { D1_MAX_BOUND_PARAMS } from "@smsledger/config";
import { chunkByCount, rowsPerInsert } from "@smsledger/core";
import type { Db } from "../client";
import { ingestions, sms, transactions, type NewSmsRow, type SmsState } from "../schema";

type QueuedSms = Pick<NewSmsRow, "userId" | "id" | "ingestionId" | "sender" | "body" | "receivedAt">;
const QUEUED_COLUMNS = 6;

/**
 * Records a new ingestion and its SMS in state `queued`, skipping SMS the user already sent.
 * Runs as one D1 batch (one transaction). Returns the ids that were new.
 */
export async function insertIngestion(
  db: Db,
  ingestion: { id: string; userId: string; format: "json" | "ndjson" },
  rows: QueuedSms[],
): Promise<Set<string>> {
  const chunks = chunkByCount(rows, rowsPerInsert(QUEUED_COLUMNS, D1_MAX_BOUND_PARAMS));
  const inserts = chunks.map((chunk) =>
    db.insert(sms).values(chunk).onConflictDoNothing().returning({ id: sms.id }),
  );
  const head = db.insert(ingestions).values(ingestion).onConflictDoNothing();
  const results = await db.batch([head, ...inserts]);
  const inserted = new Set<string>();
  for (const result of results.slice(1) as { id: string }[][]) for (const row of result) inserted.add(row.id);
  await db
    .update(ingestions)
    .set({ accepted: sql`${ingestions.accepted} + ${inserted.size}`, duplicates: sql`${ingestions.duplicates} + ${rows.length - inserted.size}` })
    .where(eq(ingestions.id, ingestion.id));
  return inserted;
}

/** Removes SMS (and anything derived from them) of an ingestion whose enqueue failed. */
export async function discardSms(db: Db, userId: string, ids: string[]): Promise<void> {
  const statements: BatchItem<"sqlite">[] = [];
  for (const chunk of chunkByCount(ids, D1_MAX_BOUND_PARAMS - 2)) {
    statements.push(db.delete(transactions).where(and(eq(transactions.userId, userId), inArray(transactions.smsId, chunk))));
    statements.push(db.delete(sms).where(and(eq(sms.userId, userId), inArray(sms.id, chunk))));
  }
  const [first, ...rest] = statements;
  if (first) await db.batch([first, ...rest]);
}

export async function getSms(db: Db, userId: string, id: string) {
  return db.select().from(sms).where(and(eq(sms.userId, userId), eq(sms.id, id))).get();
}

export type { SmsState };
