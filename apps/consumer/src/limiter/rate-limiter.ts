import { DurableObject } from "cloudflare:workers";
import type { ConsumerEnv } from "../bindings";
import {
  acquire,
  AskLeases,
  DEFAULT_RATE_LIMIT_CONFIG,
  initialRateLimitState,
  report,
  type AcquireResult,
  type AskRules,
  type AskVerdict,
  type CallOutcomes,
  type FormatAsk,
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
 * restarts and evictions. It also holds the asking leases per format (`AskLeases`, single-flight of upstream
 * questions across batches), in memory only: a restart forgets them, which at worst lets one more batch ask.
 */
export class RateLimiter extends DurableObject<ConsumerEnv> {
  private state: RateLimitState | undefined;
  private readonly config: RateLimitConfig;
  private readonly leases = new AskLeases();

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

  /** Per ask of a batch: a permit and the format's asking lease, or how long to wait (one call per batch). */
  async acquireAsks(asks: FormatAsk[], rules: AskRules): Promise<AskVerdict[]> {
    const now = Date.now();
    return this.leases.claim(asks, rules, now, (wanted) => {
      const result = acquire(this.current(now), this.config, now, wanted);
      this.save(result.state);
      return { granted: result.granted, retryAfterMs: result.retryAfterMs };
    });
  }

  /** Feeds one batch's call outcomes into the rate, and ends the leases of its asks (`done`). */
  async report(outcomes: CallOutcomes, done: FormatAsk[] = []): Promise<void> {
    this.leases.release(done);
    const calls = outcomes.ok + outcomes.rateLimited + outcomes.serverErrors + outcomes.timeouts;
    if (calls === 0 && outcomes.retryAfterMs === undefined) return;
    const now = Date.now();
    this.save(report(this.current(now), this.config, now, outcomes));
  }

  /** The state, for metrics and health. */
  async snapshot(): Promise<RateLimitState> {
    return this.current(Date.now());
  }
}
