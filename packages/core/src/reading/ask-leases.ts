/**
 * Single-flight of upstream questions across batches. A batch that wants to ask the upstream about a format for
 * a user first takes that format's asking lease; while it holds it, other batches' messages of the format wait
 * (given back to the queue) instead of asking again, and read the recipe the answer taught once it is stored.
 * At most `perFormat` users of one format ask at once (the number of users whose answers must agree before a
 * recipe is shared): more could not be served by one answer anyway. A lease ends when the batch reports its
 * calls, or after `leaseMs` (a batch that died while asking never blocks a format for longer).
 *
 * Pure and in memory: the consumer keeps one instance in the RateLimiter Durable Object, the one global
 * coordinator it already asks for permits once per batch (permits and leases are taken in the same call).
 */

/** One format and user a batch wants to ask the upstream about. */
export interface FormatAsk {
  fingerprint: string;
  user: string;
}

/** How many users of one format may ask at once, and how long a lease lasts without a report. */
export interface AskRules {
  perFormat: number;
  leaseMs: number;
}

/** Per ask: go ahead (a permit and the lease are held), or wait this long (no permit, or another batch asks). */
export type AskVerdict = { ask: true } | { ask: false; waitMs: number; why: "permit" | "asking" };

/** Lease lengths are kept within these bounds whatever a caller sends. */
const MIN_LEASE_MS = 1_000;
const MAX_LEASE_MS = 120_000;
/** Leases kept at most (formats × users); beyond, expired ones are swept, then the oldest dropped. */
const MAX_LEASES = 10_000;

export class AskLeases {
  /** fingerprint → user → lease end (ms). */
  private readonly byFormat = new Map<string, Map<string, number>>();
  private count = 0;

  /** Live leases of a format (expired ones removed). */
  private live(fingerprint: string, now: number): Map<string, number> | undefined {
    const users = this.byFormat.get(fingerprint);
    if (!users) return undefined;
    for (const [user, until] of users)
      if (until <= now) {
        users.delete(user);
        this.count--;
      }
    if (users.size === 0) this.byFormat.delete(fingerprint);
    return users.size > 0 ? users : undefined;
  }

  /**
   * Decides every ask of one batch at once. Asks whose format is not already asked about (for this user, or by
   * `perFormat` users) may lead; `permits(n)` is then asked for that many permits, and the first `granted` of
   * them take their lease. The others wait: until the lease that blocks them ends, or `retryAfterMs` for a permit.
   */
  claim(
    asks: FormatAsk[],
    rules: AskRules,
    now: number,
    permits: (wanted: number) => { granted: number; retryAfterMs: number },
  ): AskVerdict[] {
    const leaseMs = Math.min(MAX_LEASE_MS, Math.max(MIN_LEASE_MS, rules.leaseMs));
    const perFormat = Math.max(1, Math.floor(rules.perFormat));
    const verdicts: AskVerdict[] = new Array(asks.length);
    const leaders: number[] = [];
    /** Leaders of this very call per format, counted against perFormat before their leases exist. */
    const planned = new Map<string, Set<string>>();
    for (const [i, { fingerprint, user }] of asks.entries()) {
      const users = this.live(fingerprint, now);
      const mine = planned.get(fingerprint) ?? new Set<string>();
      const asking = (users?.size ?? 0) + mine.size;
      const own = users?.get(user);
      if (own !== undefined || mine.has(user) || asking >= perFormat) {
        const ends = own ?? Math.min(...(users ? [...users.values()] : [now + leaseMs]));
        verdicts[i] = { ask: false, waitMs: Math.max(1, ends - now), why: "asking" };
        continue;
      }
      mine.add(user);
      planned.set(fingerprint, mine);
      leaders.push(i);
    }
    const { granted, retryAfterMs } = leaders.length > 0 ? permits(leaders.length) : { granted: 0, retryAfterMs: 0 };
    for (const [n, i] of leaders.entries()) {
      if (n >= granted) {
        verdicts[i] = { ask: false, waitMs: Math.max(1, retryAfterMs), why: "permit" };
        continue;
      }
      const { fingerprint, user } = asks[i] as FormatAsk;
      this.hold(fingerprint, user, now + leaseMs, now);
      verdicts[i] = { ask: true };
    }
    return verdicts;
  }

  /** Ends these leases (their answers are stored, or the calls failed). */
  release(asks: FormatAsk[]): void {
    for (const { fingerprint, user } of asks) {
      const users = this.byFormat.get(fingerprint);
      if (!users?.delete(user)) continue;
      this.count--;
      if (users.size === 0) this.byFormat.delete(fingerprint);
    }
  }

  /** Leases held now (expired ones not counted). */
  size(now: number): number {
    for (const fingerprint of [...this.byFormat.keys()]) this.live(fingerprint, now);
    return this.count;
  }

  private hold(fingerprint: string, user: string, until: number, now: number): void {
    if (this.count >= MAX_LEASES) this.size(now);
    while (this.count >= MAX_LEASES) {
      const oldest = this.byFormat.keys().next().value as string;
      this.count -= this.byFormat.get(oldest)?.size ?? 0;
      this.byFormat.delete(oldest);
    }
    const users = this.byFormat.get(fingerprint) ?? new Map<string, number>();
    if (!users.has(user)) this.count++;
    users.set(user, until);
    this.byFormat.set(fingerprint, users);
  }
}
