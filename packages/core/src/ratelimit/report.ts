import { clampRate, type RateLimitConfig } from "./config";
import { bucketCapacity, refill, type RateLimitState } from "./state";

/** Outcomes of the calls made since the last report (one consumer batch). */
export interface CallOutcomes {
  /** Successful calls (including slow ones). */
  ok: number;
  /** Of `ok`, how many took longer than latencyTargetMs. */
  slow: number;
  rateLimited: number;
  serverErrors: number;
  timeouts: number;
  /** Largest Retry-After seen in this batch, ms. */
  retryAfterMs?: number;
}

function decayed(state: RateLimitState, config: RateLimitConfig, now: number): { ok: number; errors: number } {
  const halfLife = config.errorHalfLifeMs ?? 2000;
  const elapsed = Math.max(0, now - state.recentAt);
  const factor = halfLife > 0 ? 0.5 ** (elapsed / halfLife) : 0;
  return { ok: state.recentOk * factor, errors: state.recentErrors * factor };
}

/**
 * Feeds one batch's outcomes into the limiter. Pure.
 * - Fast successes grow the rate: multiplicatively below the slow-start threshold, else additively
 *   by increaseStep per `rate` successes (≈ increaseStep per second at full speed).
 * - A 429, or a recent 5xx/timeout share above errorTolerance, shrinks the rate by decreaseFactor,
 *   at most once per decreaseCooldownMs (one congestion signal, not one per failed call).
 * - Retry-After is a hard pause: pausedUntil = now + retryAfterMs, tokens drained.
 */
export function report(
  state: RateLimitState,
  config: RateLimitConfig,
  now: number,
  outcomes: CallOutcomes,
): RateLimitState {
  const ok = Math.max(0, outcomes.ok);
  const slow = Math.min(ok, Math.max(0, outcomes.slow));
  const fast = ok - slow;
  const rateLimited = Math.max(0, outcomes.rateLimited);
  const serverErrors = Math.max(0, outcomes.serverErrors);
  const timeouts = Math.max(0, outcomes.timeouts);
  const errors = serverErrors + timeouts;

  let next = refill(state, config, now);
  const recent = decayed(next, config, now);
  const recentOk = recent.ok + ok;
  const recentErrors = recent.errors + errors;
  next = {
    ...next,
    recentOk,
    recentErrors,
    recentAt: Math.max(next.recentAt, now),
    successes: next.successes + ok,
    slow: next.slow + slow,
    failures: next.failures + rateLimited + errors,
    rateLimited: next.rateLimited + rateLimited,
    serverErrors: next.serverErrors + serverErrors,
    timeouts: next.timeouts + timeouts,
  };

  const tolerance = config.errorTolerance ?? 0.2;
  const errorShare = recentOk + recentErrors > 0 ? recentErrors / (recentOk + recentErrors) : 0;
  const congested = rateLimited > 0 || (errors > 0 && errorShare > tolerance);
  const cooldown = config.decreaseCooldownMs ?? 1000;

  if (congested) {
    if (now - next.lastDecreaseAt >= cooldown || next.decreases === 0) {
      const rate = clampRate(next.rate * config.decreaseFactor, config);
      next = {
        ...next,
        rate,
        // Only 429s say where capacity is; after an outage, slow-start back up to that level.
        slowStartThreshold: rateLimited > 0 ? rate : next.slowStartThreshold,
        tokens: Math.min(next.tokens, bucketCapacity(rate, config)),
        lastDecreaseAt: now,
        decreases: next.decreases + 1,
      };
    }
  } else if (fast > 0 && errors === 0) {
    // Probing: the longer without congestion, the faster the additive growth (×2 per probeAfterMs, ≤ ×64),
    // so that a raised upstream capacity is found in seconds rather than minutes.
    const probeAfter = config.probeAfterMs ?? 0;
    const calm = Math.max(0, now - Math.max(next.lastDecreaseAt, next.probeSince ?? 0));
    const boost = probeAfter > 0 ? 2 ** Math.min(6, Math.floor(calm / probeAfter)) : 1;
    const grow =
      next.rate < next.slowStartThreshold ? fast : (boost * config.increaseStep * fast) / Math.max(next.rate, 1);
    const rate = clampRate(
      next.rate < next.slowStartThreshold ? Math.min(next.rate + grow, next.slowStartThreshold) : next.rate + grow,
      config,
    );
    if (rate !== next.rate) next = { ...next, rate, increases: next.increases + 1 };
  }

  if (outcomes.retryAfterMs !== undefined && outcomes.retryAfterMs > 0) {
    const pause = Math.min(outcomes.retryAfterMs, config.maxPauseMs ?? 300_000);
    const pausedUntil = Math.max(next.pausedUntil, now + pause);
    // The bucket starts filling only when the pause ends.
    next = {
      ...next,
      pausedUntil,
      tokens: 0,
      updatedAt: Math.max(next.updatedAt, pausedUntil),
      pauses: next.pauses + 1,
    };
  }
  return next;
}
