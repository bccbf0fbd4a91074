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

/**
 * The audit trail of one SMS, oldest first. Its first event, `queued` at ingestion, is read from the SMS
 * row (`created_at`) instead of being stored; every later state change is a row of sms_events.
 */
export async function listEvents(db: Db, userId: string, smsId: string) {
  const { results } = await db.$client
    .prepare(
      `SELECT state, detail, at FROM (
         SELECT 'queued' AS state, NULL AS detail, created_at AS at, 0 AS id FROM sms WHERE user_id = ?1 AND id = ?2
         UNION ALL SELECT state, detail, at, id FROM sms_events WHERE user_id = ?1 AND sms_id = ?2
       ) ORDER BY at, id`,
    )
    .bind(userId, smsId)
    .all<{ state: string; detail: string | null; at: number }>();
  return results;
}
