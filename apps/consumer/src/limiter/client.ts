import type { AskRules, AskVerdict, CallOutcomes, FormatAsk, RateLimitState } from "@smsledger/core";
import type { RateLimiter } from "./rate-limiter";

/** The single global limiter instance. */
export const LIMITER_NAME = "upstream";

/** The RATE_LIMITER binding, typed by `wrangler types` (worker-configuration.d.ts). */
type LimiterNamespace = DurableObjectNamespace<RateLimiter>;

export function limiterStub(namespace: LimiterNamespace): DurableObjectStub<RateLimiter> {
  return namespace.get(namespace.idFromName(LIMITER_NAME));
}

/** Permits and asking leases for this batch's asks; an unreachable limiter grants none (the messages wait and retry). */
export async function requestAsks(
  namespace: LimiterNamespace,
  asks: FormatAsk[],
  rules: AskRules,
): Promise<AskVerdict[]> {
  if (asks.length === 0) return [];
  try {
    return await limiterStub(namespace).acquireAsks(asks, rules);
  } catch (error) {
    console.error("rate limiter unreachable", error);
    return asks.map(() => ({ ask: false, waitMs: 5_000, why: "permit" }));
  }
}

/** How the batch's calls went, and the asks whose answers are stored (their leases end). */
export async function reportOutcomes(
  namespace: LimiterNamespace,
  outcomes: CallOutcomes,
  done: FormatAsk[] = [],
): Promise<void> {
  const calls = outcomes.ok + outcomes.rateLimited + outcomes.serverErrors + outcomes.timeouts;
  if (calls === 0 && done.length === 0) return;
  try {
    await limiterStub(namespace).report(outcomes, done);
  } catch (error) {
    console.error("rate limiter report failed", error);
  }
}

export async function limiterSnapshot(namespace: LimiterNamespace): Promise<RateLimitState> {
  return limiterStub(namespace).snapshot();
}
