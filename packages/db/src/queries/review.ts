import { and, desc, eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { runBatch } from "../batch";
import { sms, type SmsState } from "../schema";
import { isLedgerConflict, MAX_REGROUP_ATTEMPTS } from "./ledger-write";
import { outcomeStatements, planOutcomes, type SmsOutcome } from "./results";

/** Where a page of `listSms` ends: the last row's acceptance time and id. */
export interface SmsCursor {
  createdAt: number;
  id: string;
}

/**
 * One user's SMS in one state, newest accepted first, `limit` per page
 * (index `sms_user_created_idx`; the state is filtered on the rows).
 * `next` is the cursor of the following page, null on the last one.
 */
export async function listSms(
  db: Db,
  userId: string,
  query: { state: SmsState; limit: number; after: SmsCursor | null },
) {
  const { state, limit, after } = query;
  const rows = await db
    .select()
    .from(sms)
    .where(
      and(
        eq(sms.userId, userId),
        eq(sms.state, state),
        after ? sql`(${sms.createdAt}, ${sms.id}) < (${after.createdAt}, ${after.id})` : undefined,
      ),
    )
    .orderBy(desc(sms.createdAt), desc(sms.id))
    .limit(limit + 1)
    .all();
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const next: SmsCursor | null = rows.length > limit && last ? { createdAt: last.createdAt, id: last.id } : null;
  return { rows: page, next };
}

/** The SMS was no longer `needs_review` when its resolution was written (another resolution won). */
export class NotInReview extends Error {
  constructor() {
    super("The SMS is not in needs_review");
  }
}

/**
 * The audit event of a resolution, and the guard of the whole write: its `state` is NOT NULL and taken
 * from the SMS row only while that row is `needs_review`, so a resolution racing another one (or a
 * delete) fails its D1 batch before anything else is written.
 */
function resolvedEvent(db: Db, userId: string, smsId: string, detail: string, at: number): D1PreparedStatement {
  return db.$client
    .prepare(
      `INSERT INTO sms_events (user_id, sms_id, state, detail, at)
       VALUES (?1, ?2, (SELECT 'resolved' FROM sms WHERE user_id = ?1 AND id = ?2 AND state = 'needs_review'), ?3, ?4)`,
    )
    .bind(userId, smsId, detail, at);
}

const lostTheRace = (error: unknown) =>
  String(error instanceof Error ? error.message : error).includes("sms_events.state");

/**
 * Writes a person's resolution of a `needs_review` SMS in one D1 batch: the `resolved` audit event naming
 * who resolved it (the guard, first), then exactly what the consumer writes for a read SMS (state,
 * transaction, regrouping of the ledger around it, state event). Lost ledger-version checks are redone
 * like the consumer's; throws NotInReview when the SMS left `needs_review` meanwhile.
 */
export async function resolveSms(db: Db, outcome: SmsOutcome, resolvedBy: string, at: number): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const plan = await planOutcomes(db, [outcome]);
    try {
      await runBatch(db, [
        resolvedEvent(db, outcome.userId, outcome.smsId, resolvedBy, at),
        ...outcomeStatements(db, [outcome], at, plan),
      ]);
      return;
    } catch (error) {
      if (lostTheRace(error)) throw new NotInReview();
      if (!isLedgerConflict(error) || attempt >= MAX_REGROUP_ATTEMPTS) throw error;
    }
  }
}
