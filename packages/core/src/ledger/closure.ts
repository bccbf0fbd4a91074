import { related, type LedgerAlert } from "./alert";

/** Alerts of `fetched` related to at least one of `frontier` (one expansion step of a regrouping closure). */
export function relatedTo(frontier: readonly LedgerAlert[], fetched: readonly LedgerAlert[]): LedgerAlert[] {
  return fetched.filter((f) => frontier.some((a) => a.id !== f.id && related(a, f)));
}

/**
 * Every alert of `pool` connected to a seed through `related`: the alerts whose place in the ledger a
 * seed can change. Grouping, links and corrections of this set depend on nothing outside it, so
 * recomputing it alone gives the same answer as recomputing the whole history.
 */
export function relatedClosure(seeds: readonly LedgerAlert[], pool: readonly LedgerAlert[]): LedgerAlert[] {
  const found = new Map(seeds.map((s) => [s.id, s]));
  let frontier = [...found.values()];
  while (frontier.length > 0) {
    const next = relatedTo(frontier, pool.filter((p) => !found.has(p.id)));
    for (const a of next) found.set(a.id, a);
    frontier = next;
  }
  return [...found.values()];
}
