import { DUPLICATE_WINDOW_MS, REFERENCE_WINDOW_MS, REVERSAL_WINDOW_MS, TRANSFER_WINDOW_MS } from "@smsledger/config";
import type { Db } from "../client";

/**
 * One real money movement, one ledger row. Run in the same D1 batch (one transaction) right after a
 * batch's transactions are inserted (`?1`: JSON array of the new ids, whatever their users; every
 * rule only ever pairs rows of one user). Every rule is symmetric in arrival order: the row with the smaller id is the one kept, and
 * each statement looks both ways, so either alert of a pair may come first, in the same batch or on
 * another consumer; D1 runs batches one at a time, and no in-memory state is trusted across batches.
 *
 * - duplicate: another alert of the same payment (same reference; or, when a side has no reference,
 *   same direction, amount, account tail, a different sender and a short time window). Two rows with
 *   different references are never merged.
 * - transfer: a debit and a credit of the same amount on two different accounts of the user, close in
 *   time, with evidence that it is one movement (a card receiving a payment, a "transfer" category, or
 *   one side naming the other's account).
 * - reversal: a refund credit linked to the debit it reverses (same reference, or same merchant with
 *   an amount at least the refund's).
 */
const NEW_IDS = "(SELECT value FROM json_each(?1))";
/** Users with new rows in this batch. */
const NEW_USERS = `(SELECT user_id FROM transactions WHERE id IN ${NEW_IDS})`;

/** `e` is another alert of `t`'s payment. */
const SAME_PAYMENT = `e.user_id = t.user_id AND e.id != t.id AND e.sms_id != t.sms_id
  AND e.direction = t.direction AND e.amount_minor = t.amount_minor AND e.currency = t.currency
  AND (
    (t.reference IS NOT NULL AND e.reference = t.reference AND abs(e.occurred_at_ms - t.occurred_at_ms) <= ${REFERENCE_WINDOW_MS})
    OR ((t.reference IS NULL OR e.reference IS NULL) AND e.account IS t.account
        AND coalesce(e.sender, '') != coalesce(t.sender, '') AND abs(e.occurred_at_ms - t.occurred_at_ms) <= ${DUPLICATE_WINDOW_MS})
  )`;

const REASON = `CASE WHEN t.reference IS NOT NULL AND e.reference = t.reference THEN 'same reference ' || t.reference
  ELSE 'same amount, account and time from another sender' END`;

/** Debit `d` and credit `c` are one movement between two of the user's accounts. */
const TRANSFER_EVIDENCE = (d: string, c: string) =>
  `(${d}.category = 'transfer' OR ${c}.category = 'transfer' OR ${c}.account_kind = 'card'
    OR instr(coalesce(${d}.counterparty, ''), ${c}.account) > 0 OR instr(coalesce(${c}.counterparty, ''), ${d}.account) > 0)`;

const TRANSFER_PAIR = `e.user_id = t.user_id AND e.id != t.id AND e.direction != t.direction
  AND e.amount_minor = t.amount_minor AND e.currency = t.currency AND e.intent = 'transaction' AND t.intent = 'transaction'
  AND e.account IS NOT NULL AND t.account IS NOT NULL AND e.account != t.account
  AND e.duplicate_of IS NULL AND (e.link_kind IS NULL OR (e.link_kind = 'transfer' AND e.counterpart_id = t.id))
  AND abs(e.occurred_at_ms - t.occurred_at_ms) <= ${TRANSFER_WINDOW_MS}
  AND CASE WHEN t.direction = 'debit' THEN ${TRANSFER_EVIDENCE("t", "e")} ELSE ${TRANSFER_EVIDENCE("e", "t")} END`;

/** Refund credit `r` reverses debit `d`. */
const REVERSES = (r: string, d: string) => `${d}.user_id = ${r}.user_id AND ${d}.direction = 'debit' AND ${r}.direction = 'credit'
  AND ${r}.intent = 'refund' AND ${d}.currency = ${r}.currency AND ${d}.duplicate_of IS NULL
  AND ${d}.occurred_at_ms <= ${r}.occurred_at_ms + ${DUPLICATE_WINDOW_MS} AND ${r}.occurred_at_ms - ${d}.occurred_at_ms <= ${REVERSAL_WINDOW_MS}
  AND ((${r}.reference IS NOT NULL AND ${d}.reference = ${r}.reference)
    OR (lower(${d}.counterparty) = lower(${r}.counterparty) AND ${d}.amount_minor >= ${r}.amount_minor))`;

/**
 * The debit a refund `r` reverses, among those matching `where`: same reference first, then same
 * amount, then any; the latest of those. (Outer columns appear only in WHERE clauses: SQLite 3.51
 * rejects them in a correlated subquery's ORDER BY.)
 */
const bestOriginal = (where: string) => `coalesce(
  (SELECT d.id FROM transactions d WHERE ${where} AND r.reference IS NOT NULL AND d.reference = r.reference ORDER BY d.occurred_at_ms DESC, d.id LIMIT 1),
  (SELECT d.id FROM transactions d WHERE ${where} AND d.amount_minor = r.amount_minor ORDER BY d.occurred_at_ms DESC, d.id LIMIT 1),
  (SELECT d.id FROM transactions d WHERE ${where} ORDER BY d.occurred_at_ms DESC, d.id LIMIT 1))`;

const STATEMENTS = [
  // A new row becomes a duplicate of the smallest-id other alert of its payment.
  `UPDATE transactions AS t SET
     duplicate_of = (SELECT e.id FROM transactions e WHERE ${SAME_PAYMENT} AND e.id < t.id ORDER BY e.id LIMIT 1),
     link_reason = (SELECT ${REASON} FROM transactions e WHERE ${SAME_PAYMENT} AND e.id < t.id ORDER BY e.id LIMIT 1)
   WHERE t.id IN ${NEW_IDS} AND t.duplicate_of IS NULL
     AND EXISTS (SELECT 1 FROM transactions e WHERE ${SAME_PAYMENT} AND e.id < t.id)`,
  // An older row with a larger id becomes a duplicate of the new, smaller one.
  `UPDATE transactions AS e SET
     duplicate_of = (SELECT t.id FROM transactions t WHERE t.id IN ${NEW_IDS} AND t.id < e.id AND ${SAME_PAYMENT} ORDER BY t.id LIMIT 1),
     link_reason = (SELECT ${REASON} FROM transactions t WHERE t.id IN ${NEW_IDS} AND t.id < e.id AND ${SAME_PAYMENT} ORDER BY t.id LIMIT 1)
   WHERE e.user_id IN ${NEW_USERS} AND e.duplicate_of IS NULL
     AND e.amount_minor IN (SELECT amount_minor FROM transactions WHERE id IN ${NEW_IDS})
     AND EXISTS (SELECT 1 FROM transactions t WHERE t.id IN ${NEW_IDS} AND t.id < e.id AND ${SAME_PAYMENT})`,
  // Keep every duplicate pointing at the row that is kept (no chains), twice for three-alert groups.
  `UPDATE transactions AS x SET duplicate_of = (SELECT y.duplicate_of FROM transactions y WHERE y.user_id = x.user_id AND y.id = x.duplicate_of)
   WHERE x.user_id IN ${NEW_USERS} AND x.duplicate_of IS NOT NULL
     AND EXISTS (SELECT 1 FROM transactions y WHERE y.user_id = x.user_id AND y.id = x.duplicate_of AND y.duplicate_of IS NOT NULL)`,
  `UPDATE transactions AS x SET duplicate_of = (SELECT y.duplicate_of FROM transactions y WHERE y.user_id = x.user_id AND y.id = x.duplicate_of)
   WHERE x.user_id IN ${NEW_USERS} AND x.duplicate_of IS NOT NULL
     AND EXISTS (SELECT 1 FROM transactions y WHERE y.user_id = x.user_id AND y.id = x.duplicate_of AND y.duplicate_of IS NOT NULL)`,
  // A duplicate is not a side of a transfer or a reversal; the row kept is.
  `UPDATE transactions SET link_kind = NULL, counterpart_id = NULL WHERE user_id IN ${NEW_USERS} AND duplicate_of IS NOT NULL AND link_kind IS NOT NULL`,
  // Own-account transfer: link a new row to the closest matching other side.
  `UPDATE transactions AS t SET link_kind = 'transfer',
     counterpart_id = (SELECT e.id FROM transactions e WHERE ${TRANSFER_PAIR}
       AND abs(e.occurred_at_ms - t.occurred_at_ms) = (SELECT min(abs(e.occurred_at_ms - t.occurred_at_ms)) FROM transactions e WHERE ${TRANSFER_PAIR})
       ORDER BY e.id LIMIT 1),
     link_reason = 'own-account transfer'
   WHERE t.id IN ${NEW_IDS} AND t.duplicate_of IS NULL AND t.link_kind IS NULL
     AND EXISTS (SELECT 1 FROM transactions e WHERE ${TRANSFER_PAIR})`,
  // …and the other side back to it.
  `UPDATE transactions AS e SET link_kind = 'transfer', link_reason = 'own-account transfer',
     counterpart_id = (SELECT t.id FROM transactions t WHERE t.id IN ${NEW_IDS} AND t.link_kind = 'transfer' AND t.counterpart_id = e.id LIMIT 1)
   WHERE e.link_kind IS NULL
     AND e.id IN (SELECT counterpart_id FROM transactions WHERE id IN ${NEW_IDS} AND link_kind = 'transfer')`,
  // A new refund reverses the debit it names (same reference first, then the latest same-merchant debit).
  `UPDATE transactions AS r SET link_kind = 'reversal', link_reason = 'refund of the original debit',
     counterpart_id = ${bestOriginal(REVERSES("r", "d"))}
   WHERE r.id IN ${NEW_IDS} AND r.link_kind IS NULL AND r.duplicate_of IS NULL
     AND EXISTS (SELECT 1 FROM transactions d WHERE ${REVERSES("r", "d")})`,
  // A new debit picks up refunds that arrived before it.
  `UPDATE transactions AS r SET link_kind = 'reversal', link_reason = 'refund of the original debit',
     counterpart_id = ${bestOriginal(`d.id IN ${NEW_IDS} AND ${REVERSES("r", "d")}`)}
   WHERE r.user_id IN ${NEW_USERS} AND r.link_kind IS NULL AND r.duplicate_of IS NULL AND r.intent = 'refund'
     AND EXISTS (SELECT 1 FROM transactions d WHERE d.id IN ${NEW_IDS} AND ${REVERSES("r", "d")})`,
];

/** The linking statements for a batch's new transaction ids (none when there are none). */
export function linkStatements(db: Db, newIds: string[]): D1PreparedStatement[] {
  if (newIds.length === 0) return [];
  const json = JSON.stringify(newIds);
  return STATEMENTS.map((text) => db.$client.prepare(text).bind(json));
}
