import { D1_MAX_JSON_PARAM_BYTES } from "@smsledger/config";
import { chunkByBytes } from "@smsledger/core";
import type { Db } from "../client";

/**
 * Bulk writes for the hot paths (ingestion and consumer batches). Each statement binds its rows as
 * ONE JSON parameter read with `json_each`, so a whole chunk is one statement, far inside D1's
 * 100-bound-parameter cap; rows are chunked so that each JSON parameter stays well under D1's 2 MB
 * value limit. (Drizzle's builders cannot express insert…select from json_each or update…from, so
 * these are SQL text over the drizzle schema's tables.)
 */
const encoder = new TextEncoder();

export function jsonChunks<T>(rows: T[]): T[][] {
  return chunkByBytes(
    rows,
    Number.MAX_SAFE_INTEGER,
    D1_MAX_JSON_PARAM_BYTES,
    (row) => encoder.encode(JSON.stringify(row)).length + 1,
  );
}

/** [id, sender, body, received_at] of SMS to record as `queued`. */
export type QueuedRow = [string, string, string, string];

/** Records SMS as `queued` unless the user already sent them; the statement RETURNs the new ids. */
export function insertQueuedStatements(
  db: Db,
  userId: string,
  ingestionId: string,
  rows: QueuedRow[],
  at: number,
): D1PreparedStatement[] {
  return jsonChunks(rows).map((chunk) =>
    db.$client
      .prepare(
        `INSERT INTO sms (user_id, id, ingestion_id, sender, body, received_at, state, attempts, created_at)
         SELECT ?1, j.value ->> '$[0]', ?2, j.value ->> '$[1]', j.value ->> '$[2]', j.value ->> '$[3]', 'queued', 0, ?3
         FROM json_each(?4) AS j WHERE true
         ON CONFLICT (user_id, id) DO NOTHING
         RETURNING id`,
      )
      .bind(userId, ingestionId, at, JSON.stringify(chunk)),
  );
}

/**
 * In the same batch as insertQueuedStatements (same `at`): adds this chunk to the ingestion's counters
 * (creating its row on the first chunk). The SMS this chunk recorded are those of this ingestion created
 * at `at`, which is unique per chunk. Their `queued` audit event is not a row: it is the SMS row's own
 * `created_at`, which listEvents reads as the first event (two D1 rows written less per SMS).
 */
export function afterQueuedStatements(
  db: Db,
  ingestion: { id: string; userId: string; format: "json" | "ndjson" },
  messages: number,
  at: number,
): D1PreparedStatement[] {
  // The chunk's SMS: `created_at = ?` in the user's sms_user_created_idx (named: else SQLite may take the
  // primary key's user_id prefix, i.e. every SMS of the user).
  const recorded =
    "SELECT id FROM sms INDEXED BY sms_user_created_idx WHERE user_id = ?2 AND created_at = ?4 AND ingestion_id = ?1";
  return [
    db.$client
      .prepare(
        `INSERT INTO ingestions (id, user_id, format, accepted, duplicates, created_at, first_chunk_at, last_chunk_at)
         SELECT ?1, ?2, ?3, n, ?5 - n, ?4, ?4, ?4 FROM (SELECT count(*) AS n FROM (${recorded})) WHERE true
         ON CONFLICT (id) DO UPDATE SET accepted = accepted + excluded.accepted, duplicates = duplicates + excluded.duplicates,
           first_chunk_at = min(coalesce(first_chunk_at, ?4), ?4), last_chunk_at = max(coalesce(last_chunk_at, ?4), ?4)
         WHERE ingestions.user_id = excluded.user_id`,
      )
      .bind(ingestion.id, ingestion.userId, ingestion.format, at, messages),
  ];
}

/** What the consumer read from one SMS: its state row. */
export interface StateRow {
  user_id: string;
  sms_id: string;
  state: string;
  intent: string | null;
  parser: string | null;
  confidence: number | null;
  attempts: number;
}

/** Sets the state of many SMS at once; a dead-lettered SMS is never changed here. */
export function updateStatesStatements(db: Db, rows: StateRow[], at: number): D1PreparedStatement[] {
  return jsonChunks(rows).map((chunk) =>
    db.$client
      .prepare(
        `UPDATE sms SET state = j.value ->> '$.state', intent = j.value ->> '$.intent', parser = j.value ->> '$.parser',
           confidence = j.value ->> '$.confidence', error = NULL, attempts = j.value ->> '$.attempts', processed_at = ?2
         FROM json_each(?1) AS j
         WHERE sms.user_id = j.value ->> '$.user_id' AND sms.id = j.value ->> '$.sms_id' AND sms.state != 'dead_lettered'`,
      )
      .bind(JSON.stringify(chunk), at),
  );
}

const TX_COLUMNS = [
  "id",
  "user_id",
  "sms_id",
  "seq",
  "intent",
  "direction",
  "amount_minor",
  "currency",
  "account",
  "account_kind",
  "counterparty",
  "method",
  "reference",
  "balance_minor",
  "occurred_at",
  "occurred_at_ms",
  "institution",
  "category",
  "sender",
  "parser",
  "confidence",
  // The row's ledger assignment, computed by regrouping before the insert (a new row is not updated after it).
  "duplicate_of",
  "link_kind",
  "counterpart_id",
  "link_reason",
  "user_category",
  "user_counterparty",
  "corrected_at",
] as const;

/** A transaction row keyed by column name. */
export type TransactionJson = Record<(typeof TX_COLUMNS)[number], string | number | null>;

/**
 * Inserts transactions with their ledger assignment, each only while its SMS row exists (a withdrawn upload
 * leaves nothing), and idempotently: a redelivered message adds nothing (unique on user + SMS + seq).
 */
export function insertTransactionsStatements(db: Db, rows: TransactionJson[], at: number): D1PreparedStatement[] {
  const select = TX_COLUMNS.map((c) => `j.value ->> '$.${c}'`).join(", ");
  return jsonChunks(rows).map((chunk) =>
    db.$client
      .prepare(
        `INSERT INTO transactions (${TX_COLUMNS.join(", ")}, created_at)
         SELECT ${select}, ?2 FROM json_each(?1) AS j
         WHERE EXISTS (SELECT 1 FROM sms s WHERE s.user_id = j.value ->> '$.user_id' AND s.id = j.value ->> '$.sms_id')
         ON CONFLICT DO NOTHING`,
      )
      .bind(JSON.stringify(chunk), at),
  );
}
