import { regroup, type RowAssignment } from "@smsledger/core";
import type { Db } from "../client";
import { jsonChunks } from "./bulk";
import { readClosure, type StoredAlert } from "./ledger-read";

/**
 * Bumps each user's ledger version, checking the version read before regrouping: an upsert whose
 * conflict branch writes NULL into the NOT NULL column unless the version is still the one read. A
 * mismatch fails the statement, so the whole D1 batch (one transaction) rolls back.
 * `?1`: JSON array of [user_id, version read + 1] (1 when no row was read).
 */
const CHECK_AND_BUMP = `INSERT INTO ledger_versions (user_id, version)
  SELECT j.value ->> '$[0]', j.value ->> '$[1]' FROM json_each(?1) AS j WHERE true
  ON CONFLICT (user_id) DO UPDATE SET version = CASE WHEN version + 1 = excluded.version THEN excluded.version ELSE NULL END`;

/** Bumps a user's ledger version unconditionally (a correction: any regrouping that read before it must redo). */
export const BUMP_VERSION = `INSERT INTO ledger_versions (user_id, version) VALUES (?1, 1)
  ON CONFLICT (user_id) DO UPDATE SET version = version + 1`;

/** Writes the full assignment of the rows of a closure. `?1`: JSON array of rows, see `assignmentRow`. */
const WRITE_ASSIGNMENT = `UPDATE transactions SET duplicate_of = j.value ->> '$[2]', link_kind = j.value ->> '$[3]',
    counterpart_id = j.value ->> '$[4]', link_reason = j.value ->> '$[5]', user_category = j.value ->> '$[6]',
    user_counterparty = j.value ->> '$[7]', corrected_at = j.value ->> '$[8]'
  FROM json_each(?1) AS j
  WHERE transactions.id = j.value ->> '$[1]' AND transactions.user_id = j.value ->> '$[0]'`;

const FIELDS = [
  "duplicateOf",
  "linkKind",
  "counterpartId",
  "linkReason",
  "userCategory",
  "userCounterparty",
  "correctedAt",
] as const;

const assignmentRow = (userId: string, a: RowAssignment) => [userId, a.id, ...FIELDS.map((f) => a[f])];

/** Attempts at a write that keeps losing its ledger-version check to concurrent writes for its users. */
export const MAX_REGROUP_ATTEMPTS = 8;

/** Whether a D1 error is a lost ledger-version check (another write regrouped this user first). */
export function isLedgerConflict(error: unknown): boolean {
  return String(error instanceof Error ? error.message : error).includes("ledger_versions.version");
}

/** A regrouping ready to be written, and what it cost to prepare. */
export interface RegroupPlan {
  statements: D1PreparedStatement[];
  /** The version checks; they must run before anything else of the batch. */
  guard: D1PreparedStatement[];
  /**
   * The assignment of each seed not stored yet, by id: its insert carries it (one row written, not an
   * insert and then an update). Stored seeds (a redelivery) and other changed rows are in `statements`.
   */
  assigned: ReadonlyMap<string, RowAssignment>;
  rowsRead: number;
  roundTrips: number;
  closureRows: number;
  rowsWritten: number;
}

export const EMPTY_PLAN: RegroupPlan = {
  statements: [],
  guard: [],
  assigned: new Map(),
  rowsRead: 0,
  roundTrips: 0,
  closureRows: 0,
  rowsWritten: 0,
};

/**
 * Regroups around `seeds` (rows about to be inserted, and/or stored rows whose group may change):
 * reads their related closure, assigns it with core's pure `assignLedger` per user (without the rows of
 * `removed`), and returns the statements writing every changed row, guarded by the users' versions.
 */
export async function planRegroup(
  db: Db,
  seeds: StoredAlert[],
  removed: ReadonlySet<string> = new Set(),
): Promise<RegroupPlan> {
  if (seeds.length === 0) return EMPTY_PLAN;
  const read = await readClosure(db, seeds, removed);
  const isNew = new Set(seeds.map((s) => s.id));
  const rows: unknown[][] = [];
  const assigned = new Map<string, RowAssignment>();
  const contextByUser = new Map<string, StoredAlert[]>();
  for (const row of read.context) contextByUser.set(row.userId, [...(contextByUser.get(row.userId) ?? []), row]);
  const byUser = new Map<string, StoredAlert[]>();
  for (const row of read.rows) byUser.set(row.userId, [...(byUser.get(row.userId) ?? []), row]);
  for (const [userId, alerts] of byUser) {
    const context = contextByUser.get(userId) ?? [];
    const stored = new Map([...alerts, ...context].map((a) => [a.id, a]));
    const corrections = read.corrections.filter((c) => c.userId === userId);
    const result = regroup(alerts, corrections, context);
    const relinked = result.relinks.map((r) => ({ ...(stored.get(r.id) as StoredAlert), ...r }));
    for (const a of [...result.rows, ...relinked]) {
      const before = stored.get(a.id) as StoredAlert;
      if (isNew.has(a.id) && !read.stored.has(a.id)) assigned.set(a.id, a);
      else if (isNew.has(a.id) || FIELDS.some((f) => before[f] !== a[f])) rows.push(assignmentRow(userId, a));
    }
  }
  const users = [...new Set(seeds.map((s) => s.userId))];
  const versions = JSON.stringify(users.map((u) => [u, (read.versions.get(u) ?? 0) + 1]));
  const d1 = db.$client;
  return {
    guard: [d1.prepare(CHECK_AND_BUMP).bind(versions)],
    statements: jsonChunks(rows).map((chunk) => d1.prepare(WRITE_ASSIGNMENT).bind(JSON.stringify(chunk))),
    assigned,
    rowsRead: read.rowsRead,
    roundTrips: read.roundTrips,
    closureRows: read.rows.length,
    rowsWritten: rows.length + assigned.size,
  };
}
