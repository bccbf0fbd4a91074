import { groupRelated, reverses, type LedgerAlert } from "./alert";

/** A stored row outside a regrouping closure, with its stored group (`duplicateOf` null: a main row) and link. */
export type StoredContext = LedgerAlert & { duplicateOf: string | null; linkKind: "transfer" | "reversal" | null };

/** Alerts of `fetched` group-related to at least one of `frontier` (one expansion step of a closure). */
export function relatedTo(frontier: readonly LedgerAlert[], fetched: readonly LedgerAlert[]): LedgerAlert[] {
  return fetched.filter((f) => frontier.some((a) => a.id !== f.id && groupRelated(a, f)));
}

/**
 * Every alert of `pool` connected to a seed through `groupRelated`: the alerts whose group or transfer
 * link a seed can change. Their grouping depends on nothing outside this set.
 */
export function relatedClosure(seeds: readonly LedgerAlert[], pool: readonly LedgerAlert[]): LedgerAlert[] {
  const found = new Map(seeds.map((s) => [s.id, s]));
  let frontier = [...found.values()];
  while (frontier.length > 0) {
    const next = relatedTo(
      frontier,
      pool.filter((p) => !found.has(p.id)),
    );
    for (const a of next) found.set(a.id, a);
    frontier = next;
  }
  return [...found.values()];
}

const isRefund = (a: LedgerAlert) => a.intent === "refund" && a.direction === "credit";

/**
 * Stored main refund rows outside a closure whose link may change with it: they may reverse one of its debits
 * (also covers a refund linked to a group of the closure whose main row changes).
 */
export function refundsToRelink(closure: readonly LedgerAlert[], stored: readonly StoredContext[]): StoredContext[] {
  const debits = closure.filter((a) => a.direction === "debit");
  // A refund main row whose group is a transfer leg (another alert of it is a transfer) keeps that link.
  const relinkable = (r: StoredContext) => r.duplicateOf === null && r.linkKind !== "transfer" && isRefund(r);
  return stored.filter((r) => relinkable(r) && debits.some((d) => reverses(r, d)));
}

/** Stored debit rows outside a closure that some of these refunds may reverse (the choices a refund weighs). */
export function debitsReversedBy(refunds: readonly LedgerAlert[], stored: readonly StoredContext[]): StoredContext[] {
  const candidates = refunds.filter(isRefund);
  return stored.filter((d) => d.direction === "debit" && candidates.some((r) => reverses(r, d)));
}
