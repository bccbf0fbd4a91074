import { and, desc, eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { runBatch } from "../batch";
import { deadLetters, sms } from "../schema";
import { insertEvents } from "./events";

export interface DeadLetterInput {
  userId: string;
  smsId: string;
  ingestionId: string;
  attempts: number;
}

/**
 * Records messages that exhausted their retries: each still-queued SMS becomes `dead_lettered`,
 * with a dead-letter row carrying its last recorded error. An SMS that did reach a state is left alone.
 */
export async function recordDeadLetters(db: Db, letters: DeadLetterInput[], at: number): Promise<void> {
  const statements = letters.flatMap((letter) => [
    db.$client
      .prepare(
        `INSERT INTO dead_letters (user_id, sms_id, ingestion_id, status, last_error, attempts, created_at, updated_at)
         SELECT user_id, id, ingestion_id, 'open', coalesce(error, 'retries exhausted'), max(attempts, ?3), ?4, ?4
         FROM sms WHERE user_id = ?1 AND id = ?2 AND state = 'queued'
         ON CONFLICT (user_id, sms_id) DO UPDATE SET status = 'open', last_error = excluded.last_error,
           attempts = excluded.attempts, updated_at = excluded.updated_at`,
      )
      .bind(letter.userId, letter.smsId, letter.attempts, at),
    db
      .update(sms)
      .set({ state: "dead_lettered", processedAt: at })
      .where(and(eq(sms.userId, letter.userId), eq(sms.id, letter.smsId), eq(sms.state, "queued"))),
  ]);
  statements.push(
    insertEvents(
      db,
      letters.map((l) => [l.userId, l.smsId, "dead_lettered", null]),
      at,
    ),
  );
  await runBatch(db, statements);
}

export async function listDeadLetters(db: Db, options: { status?: "open" | "replayed" | "discarded"; limit: number }) {
  return db
    .select({
      user_id: deadLetters.userId,
      sms_id: deadLetters.smsId,
      ingestion_id: deadLetters.ingestionId,
      status: deadLetters.status,
      last_error: deadLetters.lastError,
      attempts: deadLetters.attempts,
      created_at: deadLetters.createdAt,
      updated_at: deadLetters.updatedAt,
      sender: sms.sender,
      body: sms.body,
      received_at: sms.receivedAt,
    })
    .from(deadLetters)
    .innerJoin(sms, and(eq(sms.userId, deadLetters.userId), eq(sms.id, deadLetters.smsId)))
    .where(options.status ? eq(deadLetters.status, options.status) : undefined)
    .orderBy(desc(deadLetters.createdAt))
    .limit(options.limit)
    .all();
}

/**
 * Moves an open dead letter back to `queued` so it can be enqueued again. Returns the SMS to
 * enqueue, or null when there is no open dead letter for it.
 */
export async function reopenDeadLetter(db: Db, userId: string, smsId: string, at: number) {
  const [changed] = await runBatch(db, [
    db
      .update(deadLetters)
      .set({ status: "replayed", updatedAt: at })
      .where(and(eq(deadLetters.userId, userId), eq(deadLetters.smsId, smsId), eq(deadLetters.status, "open")))
      .returning({ smsId: deadLetters.smsId }),
    db
      .update(sms)
      .set({ state: "queued", error: null, processedAt: null })
      .where(
        and(
          eq(sms.userId, userId),
          eq(sms.id, smsId),
          eq(sms.state, "dead_lettered"),
          sql`exists (select 1 from dead_letters where user_id = ${userId} and sms_id = ${smsId} and status = 'replayed' and updated_at = ${at})`,
        ),
      ),
    insertEvents(db, [[userId, smsId, "queued", "replayed by admin"]], at),
  ]);
  if (!changed || changed.results.length === 0) return null;
  return (
    db
      .select()
      .from(sms)
      .where(and(eq(sms.userId, userId), eq(sms.id, smsId)))
      .get() ?? null
  );
}

/** Marks an open dead letter discarded; the SMS stays `dead_lettered` (its terminal state). */
export async function discardDeadLetter(db: Db, userId: string, smsId: string, at: number): Promise<boolean> {
  const rows = await db
    .update(deadLetters)
    .set({ status: "discarded", updatedAt: at })
    .where(and(eq(deadLetters.userId, userId), eq(deadLetters.smsId, smsId), eq(deadLetters.status, "open")))
    .returning({ smsId: deadLetters.smsId });
  return rows.length > 0;
}

/** Dead letters over every database, newest first, at most `limit` in all (each database gives its newest). */
export async function listDeadLettersAcross(
  dbs: Db[],
  options: { status?: "open" | "replayed" | "discarded"; limit: number },
) {
  const lists = await Promise.all(dbs.map((db) => listDeadLetters(db, options)));
  return lists
    .flat()
    .sort((a, b) => b.created_at - a.created_at)
    .slice(0, options.limit);
}
