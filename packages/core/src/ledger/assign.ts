import type { LedgerAlert } from "./alert";
import { groupCorrection, type GroupCorrection, type LedgerCorrection } from "./corrections";
import { groupAlerts, type AlertGroup } from "./grouping";
import type { StoredContext } from "./closure";
import { linkGroups, type GroupLink } from "./links";

/** Where one row stands in the ledger: the columns regrouping writes. */
export interface RowAssignment extends GroupCorrection {
  id: string;
  /** The main row of its group; null for the main row itself. */
  duplicateOf: string | null;
  /** Set on main rows only: the link of the group to another group's main row. */
  linkKind: "transfer" | "reversal" | null;
  counterpartId: string | null;
  linkReason: string | null;
}

function duplicateReason(row: LedgerAlert, main: LedgerAlert): string {
  return row.reference !== null && row.reference === main.reference
    ? `same reference ${row.reference}`
    : "same amount, account and time from another sender";
}

/** The new link of a stored refund outside the regrouped rows. */
export interface Relink {
  id: string;
  linkKind: "reversal" | null;
  counterpartId: string | null;
  linkReason: string | null;
}

/**
 * Regroups `alerts` (a related closure, or a whole history): their groups, links and corrections, as one
 * assignment per row (sorted by id); and the links of the stored refunds of `context`, rows outside
 * `alerts` that keep their stored groups (see `refundsToRelink`, `debitsReversedBy`).
 */
export function regroup(
  alerts: readonly LedgerAlert[],
  corrections: readonly LedgerCorrection[] = [],
  context: readonly StoredContext[] = [],
): { rows: RowAssignment[]; relinks: Relink[] } {
  const groups: AlertGroup[] = groupAlerts(alerts);
  const { links, relinks } = linkGroups(groups, context);
  const rows: RowAssignment[] = [];
  for (const group of groups) {
    const correction = groupCorrection(group, corrections);
    for (const row of group.members) {
      const link = row === group.main ? links.get(row.id) : undefined;
      rows.push({
        id: row.id,
        duplicateOf: row === group.main ? null : group.main.id,
        linkKind: link?.kind ?? null,
        counterpartId: link?.counterpartId ?? null,
        linkReason: row === group.main ? (link?.reason ?? null) : duplicateReason(row, group.main),
        ...correction,
      });
    }
  }
  const relinked = [...relinks].map(([id, link]: [string, GroupLink | null]) => ({
    id,
    linkKind: link ? ("reversal" as const) : null,
    counterpartId: link?.counterpartId ?? null,
    linkReason: link?.reason ?? null,
  }));
  return { rows: rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)), relinks: relinked };
}

/** The ledger of a whole set of alerts: groups, links and corrections, one assignment per row (sorted by id). */
export function assignLedger(
  alerts: readonly LedgerAlert[],
  corrections: readonly LedgerCorrection[] = [],
): RowAssignment[] {
  return regroup(alerts, corrections).rows;
}
