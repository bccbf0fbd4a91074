// Ledger soundness figures read from D1 after a run (shared by `pnpm bench` and `pnpm bench:regroup`).
const q = (userFilter) => (userFilter ? `AND t.user_id IN (${userFilter})` : "");

/**
 * half_counted_transfers: a main row marked as a transfer leg whose counterpart is not a main row
 * marked as a transfer pointing back (the summary would count one leg and drop the other).
 * dangling_links: a duplicate pointing at a row that is not a main row, or a reversal whose original
 * is not a main row. merged_share: duplicates among all transaction rows.
 */
export async function ledgerChecks(query, userIds = null) {
  const users = userIds ? userIds.map((id) => `'${id.replaceAll("'", "''")}'`).join(",") : null;
  const one = async (sql) => Object.values((await query(sql))[0] ?? {})[0] ?? 0;
  const halfCounted = await one(`SELECT COUNT(*) FROM transactions t LEFT JOIN transactions o ON o.id = t.counterpart_id
    WHERE t.link_kind = 'transfer' AND t.duplicate_of IS NULL ${q(users)}
      AND (o.id IS NULL OR o.duplicate_of IS NOT NULL OR o.link_kind IS NOT 'transfer' OR o.counterpart_id IS NOT t.id)`);
  const dangling =
    await one(`SELECT COUNT(*) FROM transactions t LEFT JOIN transactions o ON o.id = coalesce(t.duplicate_of, t.counterpart_id)
    WHERE (t.duplicate_of IS NOT NULL OR t.link_kind = 'reversal') ${q(users)} AND (o.id IS NULL OR o.duplicate_of IS NOT NULL)`);
  const all = (
    await query(`SELECT COUNT(*) AS n, SUM(duplicate_of IS NOT NULL) AS merged FROM transactions t WHERE 1 ${q(users)}`)
  )[0];
  return {
    transactions: all.n,
    merged_alerts: all.merged ?? 0,
    merged_share: all.n ? Math.round(((all.merged ?? 0) / all.n) * 10000) / 10000 : 0,
    half_counted_transfers: halfCounted,
    dangling_links: dangling,
  };
}
