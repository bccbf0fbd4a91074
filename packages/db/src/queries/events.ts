import type { Db } from "../client";
import { jsonRowsInsert } from "../batch";

/** [user_id, sms_id, state, detail] */
export type SmsEvent = [string, string, string, string | null];

/** One statement that appends audit events for many SMS at once. */
export function insertEvents(db: Db, events: SmsEvent[], at: number): D1PreparedStatement {
  return jsonRowsInsert(
    db,
    `INSERT INTO sms_events (user_id, sms_id, state, detail, at)
     SELECT value ->> '$[0]', value ->> '$[1]', value ->> '$[2]', value ->> '$[3]', ?2 FROM json_each(?1)`,
    events,
    at,
  );
}

/** States only the consumer sets; the SMS row's latest one is its audit event (not stored twice). */
const READ_STATES = "('parsed', 'not_financial', 'needs_review')";

/**
 * The audit trail of one SMS, oldest first. The SMS row holds two events itself, so they are not stored
 * as rows: `queued` at ingestion (`created_at`) and the state the consumer read it into (`state`, `parser`,
 * `processed_at`). sms_events holds the rest: dead-lettering and replays (rare).
 */
export async function listEvents(db: Db, userId: string, smsId: string) {
  const { results } = await db.$client
    .prepare(
      `SELECT state, detail, at FROM (
         SELECT 'queued' AS state, NULL AS detail, created_at AS at, 0 AS id FROM sms WHERE user_id = ?1 AND id = ?2
         UNION ALL SELECT state, parser, processed_at, ${Number.MAX_SAFE_INTEGER} FROM sms
           WHERE user_id = ?1 AND id = ?2 AND state IN ${READ_STATES}
         UNION ALL SELECT state, detail, at, id FROM sms_events WHERE user_id = ?1 AND sms_id = ?2
       ) ORDER BY at, id`,
    )
    .bind(userId, smsId)
    .all<{ state: string; detail: string | null; at: number }>();
  return results;
}
