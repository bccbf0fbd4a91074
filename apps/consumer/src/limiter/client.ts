import type { CallOutcomes, RateLimitState } from "@smsledger/core";
import type { RateLimiter } from "./rate-limiter";

/** The single global limiter instance. */
export const LIMITER_NAME = "upstream";

/** The RATE_LIMITER binding, typed by `wrangler types` (worker-configuration.d.ts). */
type LimiterNamespace = DurableObjectNamespace<RateLimiter>;

export function limiterStub(namespace: LimiterNamespace): DurableObjectStub<RateLimiter> {
  return namespace.get(namespace.idFromName(LIMITER_NAME));
}

/** Permits for this batch; an unreachable limiter grants none (the messages wait and retry). */
export async function requestPermits(
  namespace: LimiterNamespace,
  requested: number,
): Promise<{ granted: number; retryAfterMs: number }> {
  if (requested <= 0) return { granted: 0, retryAfterMs: 0 };
  try {
    return await limiterStub(namespace).acquire(requested);
  } catch (error) {
    console.error("rate limiter unreachable", error);
    return { granted: 0, retryAfterMs: 5_000 };
  }
}

export async function reportOutcomes(namespace: LimiterNamespace, outcomes: CallOutcomes): Promise<void> {
  const calls = outcomes.ok + outcomes.rateLimited + outcomes.serverErrors + outcomes.timeouts;
  if (calls === 0) return;
  try {
    await limiterStub(namespace).report(outcomes);
  } catch (error) {
    console.error("rate limiter report failed", error);
  }
}

export async function limiterSnapshot(namespace: LimiterNamespace): Promise<RateLimitState> {
  return limiterStub(namespace).snapshot();
}
