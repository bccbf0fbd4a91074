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
const GROUP_KEYS: Record<SummaryGroup, string> = {
  month: "strftime('%Y-%m', (occurred_at_ms + ?4) / 1000, 'unixepoch')",
  category: "coalesce(user_category, category, 'other')",
  counterparty: "coalesce(user_counterparty, counterparty)",
  account: "account",
};

/**
 * Income, expense and count per group, computed in SQL over the (user_id, occurred_at_ms) index.
 * Refunds and reversals net against expense; duplicates never count; own-account transfers are left
 * out unless asked for.
 */
export async function summarise(
  db: Db,
  userId: string,
  options: { group: SummaryGroup; fromMs: number; toMs: number; offsetMs: number; includeTransfers: boolean },
): Promise<SummaryRow[]> {
  const key = GROUP_KEYS[options.group];
  const transfers = options.includeTransfers ? "" : "AND (link_kind IS NULL OR link_kind != 'transfer')";
  const { results } = await db.$client
    .prepare(
      `SELECT ${key} AS key, currency,
         SUM(CASE WHEN direction = 'credit' AND intent != 'refund' AND coalesce(link_kind, '') != 'reversal' THEN amount_minor ELSE 0 END) AS income,
         SUM(CASE WHEN direction = 'debit' THEN amount_minor
                  WHEN direction = 'credit' AND (intent = 'refund' OR link_kind = 'reversal') THEN -amount_minor ELSE 0 END) AS expense,
         COUNT(*) AS count
       FROM transactions
       WHERE user_id = ?1 AND occurred_at_ms >= ?2 AND occurred_at_ms < ?3 AND duplicate_of IS NULL ${transfers}
       GROUP BY 1, currency
       ORDER BY 1, currency`,
    )
    .bind(...[userId, options.fromMs, options.toMs, ...(options.group === "month" ? [options.offsetMs] : [])])
    .all<SummaryRow>();
  return results;
}
