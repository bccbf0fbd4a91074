import { clampRate, type RateLimitConfig } from "./config";

/** Persistable limiter state (plain JSON). Counters are cumulative, for metrics. */
export interface RateLimitState {
  version: 1;
  /** Current allowed rate, req/s. */
  rate: number;
  /** Tokens in the bucket at `updatedAt`. */
  tokens: number;
  /** Epoch ms of the last refill. */
  updatedAt: number;
  /** Epoch ms until which nothing may be sent (Retry-After); 0 when not paused. */
  pausedUntil: number;
  /** Rate below which growth is multiplicative (slow start); set on each decrease. */
  slowStartThreshold: number;
  /** Epoch ms of the last multiplicative decrease. */
  lastDecreaseAt: number;
  /** Epoch ms since which growth may be boosted (set at creation). */
  probeSince?: number;
  /** Time-decayed counts of recent successes and 5xx/timeouts. */
  recentOk: number;
  recentErrors: number;
  recentAt: number;
  // Cumulative counters.
  granted: number;
  successes: number;
  slow: number;
  failures: number;
  rateLimited: number;
  serverErrors: number;
  timeouts: number;
  pauses: number;
  increases: number;
  decreases: number;
}

export function initialRateLimitState(config: RateLimitConfig, now: number): RateLimitState {
  const rate = clampRate(config.initialRate, config);
  return {
    version: 1,
    rate,
    tokens: Math.min(1, bucketCapacity(rate, config)),
    updatedAt: now,
    pausedUntil: 0,
    slowStartThreshold: config.maxRate,
    lastDecreaseAt: 0,
    probeSince: now,
    recentOk: 0,
    recentErrors: 0,
    recentAt: now,
    granted: 0,
    successes: 0,
    slow: 0,
    failures: 0,
    rateLimited: 0,
    serverErrors: 0,
    timeouts: 0,
    pauses: 0,
    increases: 0,
    decreases: 0,
  };
}

/** Bucket depth: burstSeconds of the current rate, never below one token. */
export function bucketCapacity(rate: number, config: RateLimitConfig): number {
  return Math.max(1, rate * config.burstSeconds);
}

/** Tokens refilled up to `now` (time never runs backwards: an older `now` refills nothing). */
export function refill(state: RateLimitState, config: RateLimitConfig, now: number): RateLimitState {
  const elapsed = Math.max(0, now - state.updatedAt);
  const capacity = bucketCapacity(state.rate, config);
  const tokens = Math.min(capacity, state.tokens + (state.rate * elapsed) / 1000);
  return { ...state, tokens, updatedAt: Math.max(state.updatedAt, now) };
}
