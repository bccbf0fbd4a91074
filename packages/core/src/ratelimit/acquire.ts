import type { RateLimitConfig } from "./config";
import { refill, type RateLimitState } from "./state";

export interface AcquireResult {
  state: RateLimitState;
  /** Permits granted now, 0 … requested. */
  granted: number;
  /** When fewer than requested were granted: ms until the next permit (or the end of a pause); else 0. */
  retryAfterMs: number;
}

/** Takes up to `requested` permits from the token bucket at the current rate. Pure. */
export function acquire(state: RateLimitState, config: RateLimitConfig, now: number, requested: number): AcquireResult {
  const want = Math.max(0, Math.floor(requested));
  if (now < state.pausedUntil) {
    // Paused by Retry-After: nothing is sent and the bucket does not fill meanwhile.
    return {
      state: { ...state, tokens: 0, updatedAt: Math.max(state.updatedAt, state.pausedUntil) },
      granted: 0,
      retryAfterMs: state.pausedUntil - now,
    };
  }
  const filled = refill(state, config, now);
  const granted = Math.min(want, Math.floor(filled.tokens + 1e-9));
  const tokens = Math.max(0, filled.tokens - granted);
  const next: RateLimitState = { ...filled, tokens, granted: filled.granted + granted };
  if (granted >= want) return { state: next, granted, retryAfterMs: 0 };
  const retryAfterMs = Math.max(1, Math.ceil(((1 - tokens) * 1000) / next.rate));
  return { state: next, granted, retryAfterMs };
}
