import type { CallOutcomes, RateLimitState } from "@smsledger/core";
import type { RateLimiter } from "./rate-limiter";

/** The single global limiter instance. */
export const LIMITER_NAME = "upstream";

export function limiterStub(namespace: DurableObjectNamespace): DurableObjectStub<RateLimiter> {
  const typed = namespace as unknown as DurableObjectNamespace<RateLimiter>;
  return typed.get(typed.idFromName(LIMITER_NAME));
}

/** Permits for this batch; an unreachable limiter grants none (the messages wait and retry). */
export async function requestPermits(
  namespace: DurableObjectNamespace,
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

export async function reportOutcomes(namespace: DurableObjectNamespace, outcomes: CallOutcomes): Promise<void> {
  const calls = outcomes.ok + outcomes.rateLimited + outcomes.serverErrors + outcomes.timeouts;
  if (calls === 0) return;
  try {
    await limiterStub(namespace).report(outcomes);
  } catch (error) {
    console.error("rate limiter report failed", error);
  }
}

export async function limiterSnapshot(namespace: DurableObjectNamespace): Promise<RateLimitState> {
  return limiterStub(namespace).snapshot();
}
