import { and, eq, inArray, sql } from "drizzle-orm";
import { D1_MAX_BOUND_PARAMS } from "@smsledger/config";
import { chunkByCount, type SmsJob } from "@smsledger/core";
import type { Db } from "../client";
import { runBatch, type Statement } from "../batch";
import { ingestions, sms, smsEvents, transactions, type SmsState } from "../schema";
import { afterQueuedStatements, insertQueuedStatements, type QueuedRow } from "./bulk";
import { storedAlertsOfSms } from "./ledger-read";
import { isLedgerConflict, MAX_REGROUP_ATTEMPTS, planRegroup } from "./ledger-write";
import {
  chargeUsageStatement,
  isQuotaViolation,
  QuotaExceeded,
  releaseUsageStatement,
  usageOf,
  type Storage,
} from "./usage";

export async function createIngestion(
  db: Db,
  ingestion: { id: string; userId: string; format: "json" | "ndjson" },
): Promise<void> {
  await db.insert(ingestions).values(ingestion).onConflictDoNothing();
}

/** A new SMS to record: id, sender, body, received_at. */
export type { QueuedRow };

/**
 * Records a chunk of an ingestion's SMS in state `queued`, skipping those the user already sent, and
 * counts it, in ONE D1 batch (one round trip, one transaction). `messages` is how many the client sent
 * in this chunk (repeats inside the upload count as duplicates too). `at` must be unique per chunk of
 * an ingestion (see nextChunkTime). Returns the ids that were new. The new SMS are charged to the
 * user's storage usage in the same batch: past `quota`, nothing is stored and QuotaExceeded is thrown.
 */
export async function insertQueuedSms(
  db: Db,
  ingestion: { id: string; userId: string; format: "json" | "ndjson" },
  rows: QueuedRow[],
  messages: number,
  at: number,
  quota: Storage,
): Promise<Set<string>> {
  const inserts = insertQueuedStatements(db, ingestion.userId, ingestion.id, rows, at);
  const after = [...afterQueuedStatements(db, ingestion, messages, at), chargeUsageStatement(db, ingestion, at, quota)];
  let results: D1Result[];
  try {
    results = await runBatch(db, [...inserts, ...after]);
  } catch (error) {
    if (isQuotaViolation(error)) throw new QuotaExceeded(quota, await usageOf(db, ingestion.userId));
    throw error;
  }
  const inserted = new Set<string>();
  for (const result of results.slice(0, inserts.length))
    for (const row of result.results as { id: string }[]) inserted.add(row.id);
  return inserted;
}

/**
 * Removes SMS (and anything derived from them) whose enqueue failed, and un-counts them; with
 * `dropIngestion` (a JSON upload, all or nothing) the ingestion record goes too.
 */
export async function discardSms(
  db: Db,
  userId: string,
  ingestionId: string,
  ids: string[],
  dropIngestion: boolean,
): Promise<void> {
  const statements: Statement[] = [releaseUsageStatement(db, userId, ids)];
  for (const chunk of chunkByCount(ids, D1_MAX_BOUND_PARAMS - 2)) {
    statements.push(
      db.delete(transactions).where(and(eq(transactions.userId, userId), inArray(transactions.smsId, chunk))),
    );
    statements.push(db.delete(smsEvents).where(and(eq(smsEvents.userId, userId), inArray(smsEvents.smsId, chunk))));
    statements.push(db.delete(sms).where(and(eq(sms.userId, userId), inArray(sms.id, chunk))));
  }
  const ingestion = and(eq(ingestions.id, ingestionId), eq(ingestions.userId, userId));
  statements.push(
    dropIngestion
      ? db.delete(ingestions).where(ingestion)
      : db
          .update(ingestions)
          .set({ accepted: sql`${ingestions.accepted} - ${ids.length}` })
          .where(ingestion),
  );
  await runBatch(db, statements);
}

/** Deletes one SMS and everything derived from it; returns whether it existed. */
export async function deleteSms(db: Db, userId: string, id: string): Promise<boolean> {
  // Its transactions leave their groups: the rest of each group and the groups linked to it are
  // regrouped in the same D1 batch (a duplicate never points at a deleted row), behind the version check.
  for (let attempt = 1; ; attempt++) {
    const removed = await storedAlertsOfSms(db, userId, id);
    const plan = await planRegroup(db, removed, new Set(removed.map((r) => r.id)));
    try {
      const results = await runBatch(db, [
        ...plan.guard,
        releaseUsageStatement(db, userId, [id]),
        db.$client
          .prepare(`DELETE FROM ledger_corrections WHERE user_id = ?1
            AND transaction_id IN (SELECT id FROM transactions WHERE user_id = ?1 AND sms_id = ?2)`)
          .bind(userId, id),
        db.$client.prepare("DELETE FROM transactions WHERE user_id = ? AND sms_id = ?").bind(userId, id),
        ...plan.statements,
        db.$client.prepare("DELETE FROM sms_events WHERE user_id = ? AND sms_id = ?").bind(userId, id),
        db.$client.prepare("DELETE FROM dead_letters WHERE user_id = ? AND sms_id = ?").bind(userId, id),
        db.$client.prepare("DELETE FROM sms WHERE user_id = ? AND id = ?").bind(userId, id),
      ]);
      return (results.at(-1)?.meta.changes ?? 0) > 0;
    } catch (error) {
      if (!isLedgerConflict(error) || attempt >= MAX_REGROUP_ATTEMPTS) throw error;
    }
  }
}

export async function getSms(db: Db, userId: string, id: string) {
  return db
    .select()
    .from(sms)
    .where(and(eq(sms.userId, userId), eq(sms.id, id)))
    .get();
}

/** Records the last error of messages that will be retried (best effort: D1 may be what failed). */
export async function recordRetries(
  db: Db,
  failures: { userId: string; smsId: string; error: string; attempts: number }[],
): Promise<void> {
  await runBatch(
    db,
    failures.map((f) =>
      db
        .update(sms)
        .set({ error: f.error, attempts: f.attempts })
        .where(and(eq(sms.userId, f.userId), eq(sms.id, f.smsId), eq(sms.state, "queued"))),
    ),
  );
}

export async function getIngestionCounts(db: Db, userId: string, ingestionId: string) {
  const ingestion = await db
    .select()
    .from(ingestions)
    .where(and(eq(ingestions.id, ingestionId), eq(ingestions.userId, userId)))
    .get();
  if (!ingestion) return null;
  // Its SMS lie between its first and last chunk in the user's sms_user_created_idx (no chunk yet: none).
  const { firstChunkAt, lastChunkAt } = ingestion;
  const byState =
    firstChunkAt === null || lastChunkAt === null
      ? []
      : (
          await db.$client
            .prepare(
              `SELECT state, count(*) AS n FROM sms INDEXED BY sms_user_created_idx
               WHERE user_id = ?1 AND created_at >= ?2 AND created_at <= ?3 AND ingestion_id = ?4 GROUP BY state`,
            )
            .bind(userId, firstChunkAt, lastChunkAt, ingestionId)
            .all<{ state: SmsState; n: number }>()
        ).results;
  const counts: Record<SmsState, number> = {
    queued: 0,
    parsed: 0,
    not_financial: 0,
    needs_review: 0,
    dead_lettered: 0,
  };
  for (const row of byState) counts[row.state] = row.n;
  return { ingestion, counts };
}

export type { SmsState };

/**
 * SMS still `queued` that were accepted in [acceptedFrom, acceptedBefore). No index holds the queued SMS
 * (an entry would cost a D1 row written at ingestion and another at the state change): the query walks
 * this database's users (user_usage) and reads each one's SMS of the window through sms_user_created_idx,
 * so a run reads the window's rows, never the table (docs/query-plans.md).
 */
export async function stuckQueuedSms(db: Db, acceptedFrom: number, acceptedBefore: number, limit: number) {
  // CROSS JOIN fixes the order: the users of this database (user_usage has a row for each user who stored
  // SMS here; `users` is only in the directory database), then each one's range of sms_user_created_idx.
  const { results } = await db.$client
    .prepare(
      `SELECT s.* FROM user_usage AS u CROSS JOIN sms AS s INDEXED BY sms_user_created_idx
       WHERE s.user_id = u.user_id AND s.created_at >= ?1 AND s.created_at < ?2 AND s.state = 'queued' LIMIT ?3`,
    )
    .bind(acceptedFrom, acceptedBefore, limit)
    .all<Record<string, unknown>>();
  return results.map(smsRowOf);
}

/** A raw sms row (snake_case columns) as drizzle's select would give it. */
function smsRowOf(row: Record<string, unknown>): typeof sms.$inferSelect {
  return {
    userId: row.user_id as string,
    id: row.id as string,
    ingestionId: row.ingestion_id as string,
    sender: row.sender as string,
    body: row.body as string,
    receivedAt: row.received_at as string,
    state: row.state as SmsState,
    intent: row.intent as (typeof sms.$inferSelect)["intent"],
    parser: row.parser as string | null,
    confidence: row.confidence as number | null,
    error: row.error as string | null,
    attempts: row.attempts as number,
    createdAt: row.created_at as number,
    processedAt: row.processed_at as number | null,
  };
}

/** The queue message that (re)processes a recorded SMS. */
export function jobOf(row: typeof sms.$inferSelect, acceptedAt: number = row.createdAt): SmsJob {
  return {
    user_id: row.userId,
    sms_id: row.id,
    ingestion_id: row.ingestionId,
    sender: row.sender,
    body: row.body,
    received_at: row.receivedAt,
    accepted_at: acceptedAt,
  };
}
