import { DEFAULT_RATE_LIMIT_CONFIG, type RateLimitConfig } from "./config";
import { acquire } from "./acquire";
import { report, type CallOutcomes } from "./report";
import { initialRateLimitState, type RateLimitState } from "./state";

/** How the simulated upstream phrases Retry-After on a 429. */
export type RetryAfterMode =
  /** No Retry-After header. */
  | "none"
  /** Milliseconds until its bucket has a token again (like OpenAI's retry-after-ms). */
  | "ms"
  /** Whole seconds, rounded up (plain HTTP Retry-After), so at least 1 s. */
  | "seconds";

export interface SimulationOptions {
  /** Upstream capacity, req/s (token bucket; calls beyond it get 429). */
  capacity: number;
  /** Upstream bucket depth in seconds of capacity. Default 1. */
  upstreamBurstSeconds?: number;
  retryAfter?: RetryAfterMode;
  config?: RateLimitConfig;
  /** Simulated duration, ms. */
  durationMs: number;
  /** The consumer asks the limiter once per tick (one batch). Default 100 ms. */
  tickMs?: number;
  /** Most permits asked per tick (messages waiting in the batch). Default: enough for maxRate. */
  batchSize?: number;
  /** Call latency, ms; the batch reports after max(tickMs, latency). Default 300. */
  latencyMs?: number;
  /** Upstream capacity changes at these times (ms since the start). */
  capacityChanges?: { atMs: number; capacity: number }[];
  /** Share of admitted calls answered 5xx at random (not congestion). Default 0. */
  errorRate?: number;
  /** Seed of the random source used for errorRate. Default 1. */
  seed?: number;
  /** Windows during which the upstream answers 5xx to everything. */
  outages?: { startMs: number; endMs: number }[];
  /** Seconds bucketed into `timeline`. Default 1000 ms. */
  sampleMs?: number;
}

export interface SimulationSample {
  /** Start of the bucket, ms since the start. */
  t: number;
  rate: number;
  calls: number;
  ok: number;
  rateLimited: number;
  serverErrors: number;
}

export interface SimulationReport {
  calls: number;
  ok: number;
  rateLimited: number;
  serverErrors: number;
  /** Calls granted while the limiter had been told (by a report) to pause. Must be 0. */
  callsDuringKnownPause: number;
  timeline: SimulationSample[];
  finalState: RateLimitState;
}

interface PendingReport {
  at: number;
  outcomes: CallOutcomes;
}

/** Upstream token bucket. */
class SimulatedUpstream {
  private tokens: number;
  private at = 0;
  constructor(
    private capacity: number,
    private burst: number,
  ) {
    this.tokens = burst;
  }
  setCapacity(capacity: number, burst: number): void {
    this.capacity = capacity;
    this.burst = burst;
    this.tokens = Math.min(this.tokens, burst);
  }
  take(now: number): { ok: true } | { ok: false; retryAfterMs: number } {
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.at) * this.capacity) / 1000);
    this.at = now;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return { ok: true };
    }
    return { ok: false, retryAfterMs: ((1 - this.tokens) * 1000) / this.capacity };
  }
}

/**
 * Drives the limiter against a simulated upstream over simulated time (no sleeping): each tick the
 * consumer asks for a batch of permits, spreads the granted calls over the tick, and reports the
 * batch's outcomes when its slowest call has answered.
 */
export function simulate(options: SimulationOptions): SimulationReport {
  const config = options.config ?? DEFAULT_RATE_LIMIT_CONFIG;
  const tickMs = options.tickMs ?? 100;
  const latencyMs = options.latencyMs ?? 300;
  const sampleMs = options.sampleMs ?? 1000;
  const retryMode = options.retryAfter ?? "seconds";
  const batchSize = options.batchSize ?? Math.ceil((config.maxRate * tickMs) / 1000) + 1;
  const burstOf = (capacity: number) => Math.max(1, capacity * (options.upstreamBurstSeconds ?? 1));
  const upstream = new SimulatedUpstream(options.capacity, burstOf(options.capacity));
  const changes = [...(options.capacityChanges ?? [])].sort((a, b) => a.atMs - b.atMs);
  const start = 1_000_000;
  let state = initialRateLimitState(config, start);
  const pending: PendingReport[] = [];
  const timeline: SimulationSample[] = [];
  const totals = { calls: 0, ok: 0, rateLimited: 0, serverErrors: 0, callsDuringKnownPause: 0 };
  let seed = (options.seed ?? 1) >>> 0;
  const random = () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
  const inOutage = (t: number) => (options.outages ?? []).some((o) => t >= o.startMs && t < o.endMs);

  for (let now = start; now < start + options.durationMs; now += tickMs) {
    while (changes.length > 0 && (changes[0]?.atMs ?? Infinity) <= now - start) {
      const change = changes.shift();
      if (change) upstream.setCapacity(change.capacity, burstOf(change.capacity));
    }
    // Deliver reports due by now, oldest first.
    pending.sort((a, b) => a.at - b.at);
    while (pending.length > 0 && (pending[0]?.at ?? Infinity) <= now) {
      const due = pending.shift();
      if (due) state = report(state, config, due.at, due.outcomes);
    }
    const sampleIndex = Math.floor((now - start) / sampleMs);
    let sample = timeline[sampleIndex];
    if (!sample) {
      sample = { t: sampleIndex * sampleMs, rate: state.rate, calls: 0, ok: 0, rateLimited: 0, serverErrors: 0 };
      timeline[sampleIndex] = sample;
    }
    const knownPause = state.pausedUntil > now;
    const result = acquire(state, config, now, batchSize);
    state = result.state;
    if (result.granted === 0) continue;
    if (knownPause) totals.callsDuringKnownPause += result.granted;

    const outcomes: CallOutcomes = { ok: 0, slow: 0, rateLimited: 0, serverErrors: 0, timeouts: 0 };
    let maxRetryAfter = 0;
    for (let i = 0; i < result.granted; i++) {
      const callAt = now + (i * tickMs) / result.granted;
      const rel = callAt - start;
      totals.calls++;
      sample.calls++;
      if (inOutage(rel)) {
        outcomes.serverErrors++;
        totals.serverErrors++;
        sample.serverErrors++;
        continue;
      }
      const taken = upstream.take(callAt);
      if (taken.ok && (options.errorRate ?? 0) > 0 && random() < (options.errorRate ?? 0)) {
        outcomes.serverErrors++;
        totals.serverErrors++;
        sample.serverErrors++;
      } else if (taken.ok) {
        outcomes.ok++;
        if (latencyMs > config.latencyTargetMs) outcomes.slow++;
        totals.ok++;
        sample.ok++;
      } else {
        outcomes.rateLimited++;
        totals.rateLimited++;
        sample.rateLimited++;
        const ra =
          retryMode === "ms"
            ? Math.ceil(taken.retryAfterMs)
            : retryMode === "seconds"
              ? Math.ceil(taken.retryAfterMs / 1000) * 1000
              : 0;
        maxRetryAfter = Math.max(maxRetryAfter, ra);
      }
    }
    // The Retry-After is relative to when the batch reports, as the consumer sees it then.
    if (maxRetryAfter > 0) outcomes.retryAfterMs = maxRetryAfter;
    pending.push({ at: now + Math.max(tickMs, latencyMs), outcomes });
  }
  return { ...totals, timeline, finalState: state };
}

/** Average ok calls per second and 429 share over [fromMs, toMs) of a simulation. */
export function summarise(
  reportData: SimulationReport,
  fromMs: number,
  toMs: number,
): { okPerSecond: number; rateLimitedShare: number; calls: number } {
  const samples = reportData.timeline.filter((s) => s && s.t >= fromMs && s.t < toMs);
  const seconds = (samples.length * ((samples[1]?.t ?? 1000) - (samples[0]?.t ?? 0) || 1000)) / 1000;
  const ok = samples.reduce((n, s) => n + s.ok, 0);
  const calls = samples.reduce((n, s) => n + s.calls, 0);
  const limited = samples.reduce((n, s) => n + s.rateLimited, 0);
  return { okPerSecond: seconds > 0 ? ok / seconds : 0, rateLimitedShare: calls > 0 ? limited / calls : 0, calls };
}
