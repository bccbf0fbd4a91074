import { reverses, transferPair, type LedgerAlert } from "./alert";
import type { StoredContext } from "./closure";
import type { AlertGroup } from "./grouping";

/** A link from one group (by its main row's id) to another group's main row. */
export interface GroupLink {
  kind: "transfer" | "reversal";
  counterpartId: string;
  reason: string;
}

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Own-account transfers: a debit group and a credit group are the two legs of one transfer when some
 * pair of their alerts is a transfer pair. Each group is a leg of at most one transfer, chosen by a
 * greedy matching over the candidate pairs sorted by the time between their main rows, then their ids:
 * a function of the set of groups. Both legs always point at each other.
 */
function transfers(groups: AlertGroup[], out: Map<string, GroupLink>): void {
  const groupOf = new Map<string, AlertGroup>();
  for (const g of groups) for (const m of g.members) groupOf.set(m.id, g);
  const debits = new Map<string, LedgerAlert[]>();
  for (const g of groups) {
    for (const m of g.members) {
      if (m.direction !== "debit") continue;
      const key = `${m.amountMinor}|${m.currency}`;
      debits.set(key, [...(debits.get(key) ?? []), m]);
    }
  }
  const candidates = new Map<string, { debit: AlertGroup; credit: AlertGroup; gap: number }>();
  for (const credit of groups) {
    for (const c of credit.members) {
      if (c.direction !== "credit") continue;
      for (const d of debits.get(`${c.amountMinor}|${c.currency}`) ?? []) {
        if (!transferPair(d, c)) continue;
        const debit = groupOf.get(d.id) as AlertGroup;
        const gap = Math.abs(debit.main.occurredAtMs - credit.main.occurredAtMs);
        candidates.set(`${debit.main.id}\n${credit.main.id}`, { debit, credit, gap });
      }
    }
  }
  const sorted = [...candidates.values()].sort(
    (a, b) => a.gap - b.gap || byId(a.debit.main.id, b.debit.main.id) || byId(a.credit.main.id, b.credit.main.id),
  );
  for (const { debit, credit } of sorted) {
    if (out.has(debit.main.id) || out.has(credit.main.id)) continue;
    const reason = "own-account transfer";
    out.set(debit.main.id, { kind: "transfer", counterpartId: credit.main.id, reason });
    out.set(credit.main.id, { kind: "transfer", counterpartId: debit.main.id, reason });
  }
}

/** Rank of a debit as the original of a refund: same reference, then same amount, then any. */
const rank = (refund: LedgerAlert, debit: LedgerAlert): number =>
  refund.reference !== null && refund.reference === debit.reference
    ? 0
    : debit.amountMinor === refund.amountMinor
      ? 1
      : 2;

/**
 * Refunds: a refund (the main row of a group, or a stored main row of `context`) is linked to the group
 * of the debit it reverses: the best-ranked debit alert, then the latest, then the smallest id. Debits
 * of `context` stay in their stored groups (their main row: `duplicateOf`, else themselves).
 */
function reversals(
  groups: AlertGroup[],
  context: readonly StoredContext[],
  out: Map<string, GroupLink>,
): Map<string, GroupLink | null> {
  const mainOf = new Map<string, string>();
  const debits: LedgerAlert[] = [];
  for (const g of groups) {
    for (const m of g.members) {
      mainOf.set(m.id, g.main.id);
      if (m.direction === "debit") debits.push(m);
    }
  }
  const outside = context.filter((c) => !mainOf.has(c.id));
  for (const c of outside) {
    mainOf.set(c.id, c.duplicateOf ?? c.id);
    if (c.direction === "debit") debits.push(c);
  }
  const linkOf = (refund: LedgerAlert): GroupLink | null => {
    const byPreference = (a: LedgerAlert, b: LedgerAlert) =>
      rank(refund, a) - rank(refund, b) || b.occurredAtMs - a.occurredAtMs || byId(a.id, b.id);
    const best = debits.filter((d) => reverses(refund, d)).sort(byPreference)[0];
    if (!best) return null;
    return { kind: "reversal", counterpartId: mainOf.get(best.id) as string, reason: "refund of the original debit" };
  };
  for (const g of groups) {
    if (out.has(g.main.id) || g.main.intent !== "refund" || g.main.direction !== "credit") continue;
    const link = linkOf(g.main);
    if (link) out.set(g.main.id, link);
  }
  const relinks = new Map<string, GroupLink | null>();
  for (const c of outside) {
    const relinkable =
      c.duplicateOf === null && c.linkKind !== "transfer" && c.intent === "refund" && c.direction === "credit";
    if (relinkable) relinks.set(c.id, linkOf(c));
  }
  return relinks;
}

/**
 * Links between groups, keyed by the main row id of the linking group; and the links of the stored
 * refunds of `context` (rows outside the groups, kept in their stored groups), recomputed against them.
 */
export function linkGroups(
  groups: AlertGroup[],
  context: readonly StoredContext[] = [],
): { links: Map<string, GroupLink>; relinks: Map<string, GroupLink | null> } {
  const links = new Map<string, GroupLink>();
  transfers(groups, links);
  const relinks = reversals(groups, context, links);
  return { links, relinks };
}
