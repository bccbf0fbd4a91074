import type { CorrectableField } from "@smsledger/core";
import type { Db } from "../client";
import { runBatch } from "../batch";
import type { TransactionRow } from "../schema";
import { BUMP_VERSION } from "./ledger-write";

/** Records one field's correction through row ?2, if that row is the user's. */
const RECORD = `INSERT INTO ledger_corrections (user_id, transaction_id, field, value, at)
  SELECT ?1, ?2, ?3, ?4, ?5 WHERE EXISTS (SELECT 1 FROM transactions WHERE user_id = ?1 AND id = ?2)
  ON CONFLICT (user_id, transaction_id, field) DO UPDATE SET value = excluded.value, at = excluded.at`;

/** The main row of row ?2's group. */
const ROOT = "(SELECT coalesce(duplicate_of, id) FROM transactions WHERE user_id = ?1 AND id = ?2)";
/** The ids of the rows of row ?2's group. */
const GROUP = `(SELECT id FROM transactions WHERE user_id = ?1 AND (id = ${ROOT} OR duplicate_of = ${ROOT}))`;
const latest = (field: CorrectableField) =>
  `(SELECT c.value FROM ledger_corrections c WHERE c.user_id = ?1 AND c.field = '${field}' AND c.transaction_id IN ${GROUP}
    ORDER BY c.at DESC, c.transaction_id DESC LIMIT 1)`;

/**
 * Every row of the group shows the group's corrections: per field the latest made through any of its
 * rows (core's `groupCorrection`, the rule regrouping applies too).
 */
const SPREAD = `UPDATE transactions SET user_category = ${latest("category")}, user_counterparty = ${latest("counterparty")},
    corrected_at = (SELECT max(c.at) FROM ledger_corrections c WHERE c.user_id = ?1 AND c.transaction_id IN ${GROUP})
  WHERE user_id = ?1 AND (id = ${ROOT} OR duplicate_of = ${ROOT})`;

/**
 * Applies the user's corrections through one row; returns the updated row, or undefined if not theirs.
 * The correction is recorded for that row and shown by its whole group, so it survives regrouping (the
 * main row changing), reprocessing and the arrival of another alert of the payment. One D1 batch; it
 * bumps the user's ledger version, so a regrouping that read before it is redone.
 */
export async function correctTransaction(
  db: Db,
  userId: string,
  id: string,
  patch: { category?: string | null; counterparty?: string | null },
  at: number,
): Promise<TransactionRow | undefined> {
  const d1 = db.$client;
  const fields = (["category", "counterparty"] as const).filter((f) => patch[f] !== undefined);
  const results = await runBatch(db, [
    ...fields.map((f) => d1.prepare(RECORD).bind(userId, id, f, patch[f] ?? null, at)),
    d1.prepare(SPREAD).bind(userId, id),
    d1.prepare(BUMP_VERSION).bind(userId),
    d1.prepare("SELECT * FROM transactions WHERE user_id = ?1 AND id = ?2").bind(userId, id),
  ]);
  const row = (results.at(-1)?.results as Record<string, unknown>[] | undefined)?.[0];
  return row ? (toTransactionRow(row) as TransactionRow) : undefined;
}

/** A raw D1 row (snake_case) as drizzle's row type. */
function toTransactionRow(raw: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(raw).map(([k, v]) => [k.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()), v]),
  );
}
