import { reverses, transferPair, type LedgerAlert } from "./alert";
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
  refund.reference !== null && refund.reference === debit.reference ? 0 : debit.amountMinor === refund.amountMinor ? 1 : 2;

/**
 * Refunds: a refund group (its main row a refund credit) is linked to the group of the debit it
 * reverses: the best-ranked debit alert, then the latest, then the smallest id.
 */
function reversals(groups: AlertGroup[], out: Map<string, GroupLink>): void {
  const groupOf = new Map<string, AlertGroup>();
  const debits: LedgerAlert[] = [];
  for (const g of groups) {
    for (const m of g.members) {
      groupOf.set(m.id, g);
      if (m.direction === "debit") debits.push(m);
    }
  }
  for (const g of groups) {
    const refund = g.main;
    if (out.has(refund.id) || refund.intent !== "refund" || refund.direction !== "credit") continue;
    const byPreference = (a: LedgerAlert, b: LedgerAlert) =>
      rank(refund, a) - rank(refund, b) || b.occurredAtMs - a.occurredAtMs || byId(a.id, b.id);
    const best = debits.filter((d) => reverses(refund, d)).sort(byPreference)[0];
    if (best) {
      const original = groupOf.get(best.id) as AlertGroup;
      out.set(refund.id, { kind: "reversal", counterpartId: original.main.id, reason: "refund of the original debit" });
    }
  }
}

/** Links between groups, keyed by the main row id of the linking group. */
export function linkGroups(groups: AlertGroup[]): Map<string, GroupLink> {
  const out = new Map<string, GroupLink>();
  transfers(groups, out);
  reversals(groups, out);
  return out;
}
