import type { Db } from "../client";

export type SummaryGroup = "month" | "category" | "counterparty" | "account";

export interface SummaryRow {
  key: string | null;
  currency: string;
  income: number;
  expense: number;
  count: number;
}

// Months are those of the user's zone (IST by default): shift epoch ms before taking the month.
// A refund linked to the group it reverses nets under that group's key (its category, counterparty,
// account), so "shopping" shows the purchase minus its refund; in months it counts when it happened.
const own = (x: string): Record<Exclude<SummaryGroup, "month">, string> => ({
  category: `coalesce(${x}.user_category, ${x}.category, 'other')`,
  counterparty: `coalesce(${x}.user_counterparty, ${x}.counterparty)`,
  account: `${x}.account`,
});
const keyOf = (group: SummaryGroup): string =>
  group === "month"
    ? "strftime('%Y-%m', (t.occurred_at_ms + ?4) / 1000, 'unixepoch')"
    : `CASE WHEN o.id IS NULL THEN ${own("t")[group]} ELSE ${own("o")[group]} END`;

/**
 * Income, expense and count per group, computed in SQL over the (user_id, occurred_at_ms) index, over
 * the main row of each group only (another alert of a payment never counts). Refunds and reversals net
 * against expense, under the key of the group they reverse. Own-account transfers are left out unless
 * asked for; both legs of a transfer are main rows linked to each other (regrouping writes both), so a
 * transfer counts both legs or neither.
 */
export async function summarise(
  db: Db,
  userId: string,
  options: { group: SummaryGroup; fromMs: number; toMs: number; offsetMs: number; includeTransfers: boolean },
): Promise<SummaryRow[]> {
  const key = keyOf(options.group);
  const transfers = options.includeTransfers ? "" : "AND (t.link_kind IS NULL OR t.link_kind != 'transfer')";
  const { results } = await db.$client
    .prepare(
      `SELECT ${key} AS key, t.currency AS currency,
         SUM(CASE WHEN t.direction = 'credit' AND t.intent != 'refund' AND coalesce(t.link_kind, '') != 'reversal'
                  THEN t.amount_minor ELSE 0 END) AS income,
         SUM(CASE WHEN t.direction = 'debit' THEN t.amount_minor
                  WHEN t.direction = 'credit' AND (t.intent = 'refund' OR t.link_kind = 'reversal') THEN -t.amount_minor
                  ELSE 0 END) AS expense,
         COUNT(*) AS count
       FROM transactions t
       LEFT JOIN transactions o ON t.link_kind = 'reversal' AND o.id = t.counterpart_id AND o.user_id = t.user_id
       WHERE t.user_id = ?1 AND t.occurred_at_ms >= ?2 AND t.occurred_at_ms < ?3 AND t.duplicate_of IS NULL ${transfers}
       GROUP BY 1, t.currency
       ORDER BY 1, t.currency`,
    )
    .bind(...[userId, options.fromMs, options.toMs, ...(options.group === "month" ? [options.offsetMs] : [])])
    .all<SummaryRow>();
  return results;
}
