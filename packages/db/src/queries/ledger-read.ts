import { DUPLICATE_WINDOW_MS, REFERENCE_WINDOW_MS, REVERSAL_WINDOW_MS, TRANSFER_WINDOW_MS } from "@smsledger/config";
import {
  debitsReversedBy,
  refundsToRelink,
  relatedTo,
  type LedgerAlert,
  type LedgerCorrection,
  type RowAssignment,
} from "@smsledger/core";
import type { Db } from "../client";

/** A stored (or about to be stored) transaction row as regrouping sees it: its alert and its current assignment. */
export type StoredAlert = LedgerAlert & Omit<RowAssignment, "id"> & { userId: string };

const COLUMNS = `t.id, t.user_id AS userId, t.sms_id AS smsId, t.intent, t.direction, t.amount_minor AS amountMinor,
  t.currency, t.account, t.account_kind AS accountKind, t.counterparty, t.reference, t.category, t.sender,
  t.occurred_at_ms AS occurredAtMs, t.duplicate_of AS duplicateOf, t.link_kind AS linkKind, t.counterpart_id AS counterpartId,
  t.link_reason AS linkReason, t.user_category AS userCategory, t.user_counterparty AS userCounterparty,
  t.corrected_at AS correctedAt`;

/** `t.occurred_at_ms` within `window` ms of the frontier row's time. */
const near = (before: number, after: number = before) => `t.occurred_at_ms BETWEEN f.t - ${before} AND f.t + ${after}`;

const FRONTIER = `WITH f AS (
    SELECT value ->> '$.u' AS u, value ->> '$.a' AS a, value ->> '$.t' AS t, value ->> '$.r' AS r,
           lower(value ->> '$.c') AS c, value ->> '$.k' AS k
    FROM json_each(?1))`;

/**
 * Rows that may share a group or a transfer with a frontier row, each found through an index range of the
 * user's time, never by scanning a user's whole history: the rows within the transfer window filtered on
 * the same amount (covers duplicates and transfers), and the same reference within the reference window.
 * No index holds the amount: each index entry is a D1 row written per transaction, while this read costs
 * the user's rows of those ±3 days (rows read are billed at 1/1000 of rows written; docs/decisions.md).
 * `?1`: JSON array of {u, a, t, r, c, k} (user, amount, time, reference, counterparty, kind: refund/debit/credit).
 */
const GROUP_CANDIDATES = `${FRONTIER}
  SELECT ${COLUMNS} FROM f CROSS JOIN transactions t INDEXED BY transactions_user_time_idx
    ON t.user_id = f.u AND ${near(TRANSFER_WINDOW_MS)} AND t.amount_minor = f.a
  UNION
  SELECT ${COLUMNS} FROM f CROSS JOIN transactions t INDEXED BY transactions_user_ref_idx
    ON t.user_id = f.u AND t.reference = f.r AND ${near(REFERENCE_WINDOW_MS)}`;

/**
 * Rows a refund link may join to a frontier row: for a refund (rare), the debits before it at the same
 * merchant (lower(counterparty), filtered on the user's rows of the reversal window, read by time) or with
 * its reference; for a debit, the refunds after it at the same merchant, through a partial index that only
 * refunds enter (so a purchase writes no entry for it).
 */
const REFUND_CANDIDATES = `${FRONTIER}
  SELECT ${COLUMNS} FROM f CROSS JOIN transactions t INDEXED BY transactions_user_time_idx
    ON t.user_id = f.u AND ${near(REVERSAL_WINDOW_MS, DUPLICATE_WINDOW_MS)}
    AND lower(t.counterparty) = f.c AND t.direction = 'debit'
    WHERE f.k = 'refund'
  UNION
  SELECT ${COLUMNS} FROM f CROSS JOIN transactions t INDEXED BY transactions_user_refund_idx
    ON t.user_id = f.u AND lower(t.counterparty) = f.c AND t.intent = 'refund' AND t.direction = 'credit'
    AND ${near(DUPLICATE_WINDOW_MS, REVERSAL_WINDOW_MS)}
    WHERE f.k = 'debit'
  UNION
  SELECT ${COLUMNS} FROM f CROSS JOIN transactions t INDEXED BY transactions_user_ref_idx
    ON t.user_id = f.u AND t.reference = f.r AND ${near(REVERSAL_WINDOW_MS)}
    WHERE f.k != 'credit'`;

const CORRECTIONS = `SELECT c.user_id AS userId, c.transaction_id AS transactionId, c.field, c.value, c.at
  FROM json_each(?1) j CROSS JOIN ledger_corrections c
  ON c.user_id = j.value ->> '$[0]' AND c.transaction_id = j.value ->> '$[1]'`;

const VERSIONS = `SELECT v.user_id AS userId, v.version FROM json_each(?1) j CROSS JOIN ledger_versions v ON v.user_id = j.value`;

/** The seeds already stored (a redelivered message): their rows are updated, the others carry their assignment in the insert. */
const TX_STORED = `SELECT t.id FROM json_each(?1) j CROSS JOIN transactions t ON t.id = j.value`;

const SMS_EXISTS = `SELECT s.user_id AS userId, s.id AS smsId FROM json_each(?1) j
  CROSS JOIN sms s ON s.user_id = j.value ->> '$[0]' AND s.id = j.value ->> '$[1]'`;

/** What regrouping read: the related closure of the seeds, its context, corrections and each user's ledger version. */
export interface ClosureRead {
  /** The rows to regroup: the seeds and every stored row group-related to them, transitively. */
  rows: StoredAlert[];
  /** Stored rows outside `rows`: refunds to relink, and the debits they and the closure's refunds may reverse. */
  context: StoredAlert[];
  corrections: (LedgerCorrection & { userId: string })[];
  versions: Map<string, number>;
  /** Seeds whose SMS row is gone (a withdrawn upload): they will not be inserted. */
  withdrawn: Set<string>;
  /** Seeds whose transaction row is already stored (read in the first round, checked by the version guard). */
  stored: Set<string>;
  rowsRead: number;
  roundTrips: number;
}

const frontierJson = (rows: StoredAlert[]) =>
  JSON.stringify(
    rows.map((r) => ({
      u: r.userId,
      a: r.amountMinor,
      t: r.occurredAtMs,
      r: r.reference,
      c: r.counterparty,
      k: r.intent === "refund" && r.direction === "credit" ? "refund" : r.direction,
    })),
  );

function byUser<T extends { userId: string }>(rows: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(row.userId, [...(map.get(row.userId) ?? []), row]);
  return map;
}

/**
 * Reads the related closure of `seeds` (rows about to be written, or stored rows whose group changes):
 * round by round, the group candidates of the newest rows, keeping those group-related to them, until no
 * new row is found; alongside, the refund candidates of every closure row. Then, if stored refunds outside
 * the closure may reverse its debits, one more round reads their candidate debits. Every round is one D1
 * batch (one snapshot); the first also reads the users' ledger versions, which the write checks.
 */
export async function readClosure(
  db: Db,
  seeds: StoredAlert[],
  removed: ReadonlySet<string> = new Set(),
): Promise<ClosureRead> {
  const d1 = db.$client;
  const users = [...new Set(seeds.map((s) => s.userId))];
  const found = new Map(seeds.map((s) => [s.id, s]));
  const pool = new Map<string, StoredAlert>();
  const read: ClosureRead = {
    rows: [],
    context: [],
    corrections: [],
    versions: new Map(),
    withdrawn: new Set(),
    stored: new Set(),
    rowsRead: 0,
    roundTrips: 0,
  };
  const round = async (statements: D1PreparedStatement[]) => {
    const results = await d1.batch(statements);
    read.roundTrips++;
    read.rowsRead += results.reduce((sum, r) => sum + (r.meta?.rows_read ?? 0), 0);
    return results;
  };
  let frontier = seeds;
  let first = true;
  while (frontier.length > 0) {
    const json = frontierJson(frontier);
    const statements = [
      d1.prepare(GROUP_CANDIDATES).bind(json),
      d1.prepare(REFUND_CANDIDATES).bind(json),
      d1.prepare(CORRECTIONS).bind(JSON.stringify(frontier.map((r) => [r.userId, r.id]))),
    ];
    if (first) {
      statements.push(d1.prepare(VERSIONS).bind(JSON.stringify(users)));
      statements.push(d1.prepare(SMS_EXISTS).bind(JSON.stringify(seeds.map((s) => [s.userId, s.smsId]))));
      statements.push(d1.prepare(TX_STORED).bind(JSON.stringify(seeds.map((s) => s.id))));
    }
    const [candidates, refunds, corrections, versions, existing, stored] = (await round(statements)) as [
      D1Result<StoredAlert>,
      D1Result<StoredAlert>,
      D1Result<ClosureRead["corrections"][number]>,
      ...D1Result[],
    ];
    read.corrections.push(...corrections.results);
    if (first) {
      for (const v of (versions as D1Result<{ userId: string; version: number }>).results)
        read.versions.set(v.userId, v.version);
      const sms = (existing as D1Result<{ userId: string; smsId: string }>).results;
      const alive = new Set(sms.map((s) => `${s.userId}\n${s.smsId}`));
      for (const s of seeds) if (!alive.has(`${s.userId}\n${s.smsId}`)) read.withdrawn.add(s.id);
      for (const row of (stored as D1Result<{ id: string }>).results) read.stored.add(row.id);
      first = false;
    }
    for (const row of refunds.results) pool.set(row.id, row);
    // A stored row wins over the copy about to be inserted (a redelivery inserts nothing).
    for (const row of candidates.results) if (found.has(row.id)) found.set(row.id, row);
    const fresh = candidates.results.filter((row) => !found.has(row.id));
    const next: StoredAlert[] = [];
    const frontierByUser = byUser(frontier);
    for (const [userId, rows] of byUser(fresh)) {
      next.push(...(relatedTo(frontierByUser.get(userId) ?? [], rows) as StoredAlert[]));
    }
    for (const row of next) found.set(row.id, row);
    frontier = next;
  }
  const gone = (id: string) => read.withdrawn.has(id) || removed.has(id);
  read.rows = [...found.values()].filter((r) => !gone(r.id));
  const outside = (userId: string) =>
    [...pool.values()].filter((r) => r.userId === userId && !found.has(r.id) && !gone(r.id));
  const relink: StoredAlert[] = [];
  for (const [userId, rows] of byUser(read.rows))
    relink.push(...(refundsToRelink(rows, outside(userId)) as StoredAlert[]));
  if (relink.length > 0) {
    const [debits] = (await round([
      d1.prepare(REFUND_CANDIDATES).bind(frontierJson(relink)),
    ])) as D1Result<StoredAlert>[];
    for (const row of (debits as D1Result<StoredAlert>).results) pool.set(row.id, row);
  }
  const relinkByUser = byUser(relink);
  for (const [userId, rows] of byUser(read.rows)) {
    const theirs = relinkByUser.get(userId) ?? [];
    const debits = debitsReversedBy([...rows, ...theirs], outside(userId)) as StoredAlert[];
    read.context.push(...theirs, ...debits);
  }
  return read;
}

/** The stored rows read from one SMS, as regrouping sees them (to regroup around them before deleting them). */
export async function storedAlertsOfSms(db: Db, userId: string, smsId: string): Promise<StoredAlert[]> {
  const { results } = await db.$client
    .prepare(`SELECT ${COLUMNS} FROM transactions t WHERE t.user_id = ?1 AND t.sms_id = ?2`)
    .bind(userId, smsId)
    .all<StoredAlert>();
  return results;
}
