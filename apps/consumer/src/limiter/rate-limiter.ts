import { DurableObject } from "cloudflare:workers";
import type { ConsumerEnv } from "../bindings";
import {
  acquire,
  DEFAULT_RATE_LIMIT_CONFIG,
  initialRateLimitState,
  report,
  type AcquireResult,
  type CallOutcomes,
  type RateLimitConfig,
  type RateLimitState,
} from "@smsledger/core";

const STATE_KEY = "state";

/** The limiter's configuration: core defaults, bounded by UPSTREAM_MIN_RPS / UPSTREAM_MAX_RPS when set. */
export function limiterConfig(
  env: Pick<ConsumerEnv, "UPSTREAM_MIN_RPS" | "UPSTREAM_MAX_RPS" | "UPSTREAM_INITIAL_RPS">,
): RateLimitConfig {
  const number = (text: string | undefined, fallback: number) =>
    text && Number.isFinite(Number(text)) ? Number(text) : fallback;
  const minRate = number(env.UPSTREAM_MIN_RPS, DEFAULT_RATE_LIMIT_CONFIG.minRate);
  const maxRate = Math.max(minRate, number(env.UPSTREAM_MAX_RPS, DEFAULT_RATE_LIMIT_CONFIG.maxRate));
  const initialRate = Math.min(
    maxRate,
    Math.max(minRate, number(env.UPSTREAM_INITIAL_RPS, DEFAULT_RATE_LIMIT_CONFIG.initialRate)),
  );
  return { ...DEFAULT_RATE_LIMIT_CONFIG, minRate, maxRate, initialRate };
}

/**
 * The one global coordinator of upstream LLM calls (a single named instance). Consumers ask it for
 * permits once per batch and report the batch's outcomes once; the adaptive (AIMD) algorithm is
 * core's, this class only keeps its state, in memory and in Durable Object storage so it survives
 * restarts and evictions.
 */
export class RateLimiter extends DurableObject<ConsumerEnv> {
  private state: RateLimitState | undefined;
  private readonly config: RateLimitConfig;

  constructor(ctx: DurableObjectState, env: ConsumerEnv) {
    super(ctx, env);
    this.config = limiterConfig(env);
    ctx.blockConcurrencyWhile(async () => {
      this.state = (await ctx.storage.get<RateLimitState>(STATE_KEY)) ?? undefined;
    });
  }

  private current(now: number): RateLimitState {
    this.state ??= initialRateLimitState(this.config, now);
    return this.state;
  }

  private save(state: RateLimitState): void {
    this.state = state;
    // Output gates hold the reply until this write is durable.
    void this.ctx.storage.put(STATE_KEY, state);
  }

  /** Takes up to `requested` permits now. */
  async acquire(requested: number): Promise<Omit<AcquireResult, "state">> {
    const now = Date.now();
    const result = acquire(this.current(now), this.config, now, requested);
    this.save(result.state);
    return { granted: result.granted, retryAfterMs: result.retryAfterMs };
  }

  /** Feeds one batch's call outcomes into the rate. */
  async report(outcomes: CallOutcomes): Promise<void> {
    const now = Date.now();
    this.save(report(this.current(now), this.config, now, outcomes));
  }

  /** The state, for metrics and health. */
  async snapshot(): Promise<RateLimitState> {
    return this.current(Date.now());
  }
}
