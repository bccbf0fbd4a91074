/** Tuning of the adaptive (AIMD) limiter. Rates are requests per second. */
export interface RateLimitConfig {
  minRate: number;
  maxRate: number;
  initialRate: number;
  /** Additive increase: req/s added per full window of fast successes (≈ per second at the current rate). */
  increaseStep: number;
  /** Multiplicative decrease on congestion (429, 5xx, timeouts), e.g. 0.5 … 0.9. */
  decreaseFactor: number;
  /** Calls slower than this count as "slow": they neither grow the rate nor count as failures. */
  latencyTargetMs: number;
  /** Token-bucket depth in seconds of the current rate (at least one token). */
  burstSeconds: number;
  /** At most one decrease per this many ms, so a burst of failures from one window is one signal. Default 1000. */
  decreaseCooldownMs?: number;
  /** 5xx/timeout share (time-decayed) above which errors count as congestion. Default 0.2. 429s always count. */
  errorTolerance?: number;
  /** Half-life of the decayed error share, ms. Default 2000. */
  errorHalfLifeMs?: number;
  /** After this long without congestion, additive growth doubles (and again per period, up to ×64). 0/absent = off. */
  probeAfterMs?: number;
  /** Retry-After pauses are capped to this, ms. Default 300000. */
  maxPauseMs?: number;
}

/** Defaults tuned with `simulate` (see test/ratelimit/simulate.test.ts). */
export const DEFAULT_RATE_LIMIT_CONFIG: RateLimitConfig = {
  minRate: 0.5,
  maxRate: 200,
  initialRate: 2,
  increaseStep: 0.1,
  decreaseFactor: 0.85,
  latencyTargetMs: 5000,
  burstSeconds: 1,
  decreaseCooldownMs: 1000,
  errorTolerance: 0.2,
  errorHalfLifeMs: 2000,
  probeAfterMs: 20_000,
  maxPauseMs: 300_000,
};

export function clampRate(rate: number, config: RateLimitConfig): number {
  if (!Number.isFinite(rate)) return config.minRate;
  return Math.min(config.maxRate, Math.max(config.minRate, rate));
}
