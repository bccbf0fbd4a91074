/**
 * Poison-message isolation. When the work for a set of messages fails (its read or its one D1 write),
 * the set is split in halves and each half is tried again on its own, down to single messages. The
 * good messages are stored and acked in this same delivery; only a message that fails on its own is
 * given back to the queue (and, after its last attempt, dead-lettered alone). One poison message in a
 * batch of n costs about log2(n) extra reads and writes, never a retry of the others.
 */

/** Failed tries allowed per delivered batch before the rest is given back to the queue without splitting. */
export const MAX_FAILED_TRIES = 24;

/** Counts failed tries across one delivered batch, so that an outage (every try fails) stays cheap. */
export interface IsolationBudget {
  failedTries: number;
}

export const isolationBudget = (): IsolationBudget => ({ failedTries: 0 });

export interface Isolation<T> {
  /** Tries a part on its own; handles its own failure (by calling `isolate` again). */
  retry: (part: T[]) => Promise<void>;
  /** Gives a part back to the queue with this error (one message, or the rest once the budget is spent). */
  giveUp: (part: T[], error: unknown) => Promise<void>;
}

/** The two halves of a list (the first one larger when the length is odd). */
export function halves<T>(items: T[]): [T[], T[]] {
  const middle = Math.ceil(items.length / 2);
  return [items.slice(0, middle), items.slice(middle)];
}

/** Called when the work for `items` failed with `error`: splits and retries, or gives up on them. */
export async function isolate<T>(
  items: T[],
  error: unknown,
  budget: IsolationBudget,
  isolation: Isolation<T>,
): Promise<void> {
  budget.failedTries++;
  if (items.length <= 1 || budget.failedTries >= MAX_FAILED_TRIES) {
    if (items.length > 0) await isolation.giveUp(items, error);
    return;
  }
  for (const half of halves(items)) await isolation.retry(half);
}
