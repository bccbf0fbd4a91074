import { sameReference, sameWithoutReference, type LedgerAlert } from "./alert";

/** Alerts of one real payment. `members[0]` is the main row, the one the ledger shows. */
export interface AlertGroup {
  main: LedgerAlert;
  members: LedgerAlert[];
}

const compareIds = (a: LedgerAlert, b: LedgerAlert): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The main row of a group, by a rule that does not look at arrival order: an alert with a reference
 * first, then the earliest `occurredAtMs`, then the smallest id.
 */
export function compareMain(a: LedgerAlert, b: LedgerAlert): number {
  return (
    Number(a.reference === null) - Number(b.reference === null) || a.occurredAtMs - b.occurredAtMs || compareIds(a, b)
  );
}

function bucketsBy(alerts: LedgerAlert[], key: (a: LedgerAlert) => string | null): Map<string, LedgerAlert[]> {
  const buckets = new Map<string, LedgerAlert[]>();
  for (const alert of alerts) {
    const k = key(alert);
    if (k === null) continue;
    const list = buckets.get(k);
    if (list) list.push(alert);
    else buckets.set(k, [alert]);
  }
  return buckets;
}

/** Union-find over ids. */
function disjointSets() {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root) as string;
    parent.set(id, root);
    return root;
  };
  const union = (a: string, b: string): void => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  };
  return { find, union };
}

const money = (a: LedgerAlert) => `${a.direction}|${a.amountMinor}|${a.currency}`;

const isClique = (alerts: LedgerAlert[]): boolean =>
  alerts.every((a, i) => alerts.slice(i + 1).every((b) => sameWithoutReference(a, b)));

/**
 * Groups the alerts of one user into payments. The result depends only on the set of alerts, never on
 * their order. Rules:
 * 1. References are hard keys: alerts with one reference (same direction, amount, currency, within the
 *    reference window, chained) are one group; two references never share a group.
 * 2. An alert without a reference joins a reference group only when that is the one group it matches,
 *    and every other alert joining that group also matches it (else each of them stands alone).
 * 3. Alerts without a reference that match no reference group form a group when they all match each
 *    other (a clique of the "same amount, account, time, another sender" rule); otherwise each stands alone.
 */
export function groupAlerts(input: readonly LedgerAlert[]): AlertGroup[] {
  const alerts = [...new Map(input.map((a) => [a.id, a])).values()].sort(compareIds);
  const sets = disjointSets();
  for (const bucket of bucketsBy(alerts, (a) =>
    a.reference === null ? null : `${money(a)}|${a.reference}`,
  ).values()) {
    for (const [i, a] of bucket.entries())
      for (const b of bucket.slice(i + 1)) if (sameReference(a, b)) sets.union(a.id, b.id);
  }
  const byAccount = bucketsBy(alerts, (a) => (a.account === null ? null : `${money(a)}|${a.account}`));
  const neighbours = (u: LedgerAlert) =>
    (u.account === null ? [] : (byAccount.get(`${money(u)}|${u.account}`) ?? [])).filter(
      (v) => v !== u && sameWithoutReference(u, v),
    );

  const joining = new Map<string, LedgerAlert[]>();
  const free = new Map<string, LedgerAlert[]>();
  const alone: LedgerAlert[] = [];
  for (const u of alerts) {
    if (u.reference !== null) continue;
    const near = neighbours(u);
    const groups = new Set(near.filter((v) => v.reference !== null).map((v) => sets.find(v.id)));
    if (groups.size > 1) alone.push(u);
    else if (groups.size === 1) {
      const root = [...groups][0] as string;
      joining.set(root, [...(joining.get(root) ?? []), u]);
    } else
      free.set(
        u.id,
        near.filter((v) => v.reference === null),
      );
  }

  const members = new Map<string, LedgerAlert[]>();
  const add = (root: string, a: LedgerAlert) => members.set(root, [...(members.get(root) ?? []), a]);
  for (const a of alerts) if (a.reference !== null) add(sets.find(a.id), a);
  for (const [root, list] of joining) {
    if (isClique(list)) for (const u of list) add(root, u);
    else alone.push(...list);
  }
  for (const u of alone) add(u.id, u);

  // Free alerts: connected components over matches between free alerts; a component is a group only if a clique.
  const freeSets = disjointSets();
  for (const [id, near] of free) for (const v of near) if (free.has(v.id)) freeSets.union(id, v.id);
  const components = bucketsBy(
    alerts.filter((a) => free.has(a.id)),
    (a) => freeSets.find(a.id),
  );
  for (const [root, list] of components) {
    if (isClique(list)) for (const u of list) add(`free:${root}`, u);
    else for (const u of list) add(u.id, u);
  }

  return [...members.values()]
    .map((list) => {
      const sorted = list.sort(compareMain);
      return { main: sorted[0] as LedgerAlert, members: sorted };
    })
    .sort((a, b) => compareIds(a.main, b.main));
}
