import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  DEFAULT_RATE_LIMIT_CONFIG,
  acquire,
  initialRateLimitState,
  report,
  type RateLimitConfig,
} from "../../src/ratelimit/index";

const config: RateLimitConfig = {
  ...DEFAULT_RATE_LIMIT_CONFIG,
  minRate: 1,
  maxRate: 100,
  initialRate: 10,
  burstSeconds: 1,
};
const T0 = 1_700_000_000_000;
const none = { ok: 0, slow: 0, rateLimited: 0, serverErrors: 0, timeouts: 0 };

describe("acquire", () => {
  it("grants what the bucket holds and says when the next token comes", () => {
    let state = initialRateLimitState(config, T0);
    state = { ...state, tokens: 3 };
    const first = acquire(state, config, T0, 5);
    expect(first.granted).toBe(3);
    expect(first.retryAfterMs).toBe(100); // 10 req/s -> 1 token per 100 ms
    const later = acquire(first.state, config, T0 + 250, 5);
    expect(later.granted).toBe(2);
  });

  it("never holds more than burstSeconds of tokens", () => {
    const state = initialRateLimitState(config, T0);
    const r = acquire(state, config, T0 + 60_000, 1000);
    expect(r.granted).toBe(10);
  });

  it("grants nothing while paused and reports the remaining pause", () => {
    let state = initialRateLimitState(config, T0);
    state = report(state, config, T0, { ...none, rateLimited: 1, retryAfterMs: 5000 });
    const r = acquire(state, config, T0 + 2000, 10);
    expect(r.granted).toBe(0);
    expect(r.retryAfterMs).toBe(3000);
    // After the pause the bucket refills from empty, not from the whole pause.
    const after = acquire(r.state, config, T0 + 5000 + 100, 100);
    expect(after.granted).toBeLessThanOrEqual(1);
  });

  it("never grants more than requested or more than rate × elapsed + burst", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 50 })), { maxLength: 50 }),
        (steps) => {
          let state = initialRateLimitState(config, T0);
          let now = T0;
          let total = 0;
          for (const [dt, want] of steps) {
            now += dt;
            const r = acquire(state, config, now, want);
            expect(r.granted).toBeLessThanOrEqual(want);
            expect(r.granted).toBeGreaterThanOrEqual(0);
            total += r.granted;
            state = r.state;
          }
          expect(total).toBeLessThanOrEqual(1 + (state.rate * (now - T0)) / 1000 + 1e-6);
        },
      ),
    );
  });
});

describe("report", () => {
  it("grows while calls succeed fast and not when they are slow", () => {
    let state = initialRateLimitState(config, T0);
    state = { ...state, slowStartThreshold: 10 };
    const grown = report(state, config, T0 + 1000, { ...none, ok: 10 });
    expect(grown.rate).toBeCloseTo(10 + config.increaseStep, 6);
    const slow = report(state, config, T0 + 1000, { ...none, ok: 10, slow: 10 });
    expect(slow.rate).toBe(10);
  });

  it("slow-starts (multiplicative growth) until the first 429", () => {
    let state = initialRateLimitState(config, T0);
    state = report(state, config, T0 + 1000, { ...none, ok: 10 });
    expect(state.rate).toBe(20);
  });

  it("shrinks once per report and once per cooldown on 429, not once per failure", () => {
    let state = initialRateLimitState({ ...config, initialRate: 40 }, T0);
    state = report(state, config, T0, { ...none, rateLimited: 30 });
    expect(state.rate).toBeCloseTo(40 * config.decreaseFactor, 6);
    const again = report(state, config, T0 + 100, { ...none, rateLimited: 30 });
    expect(again.rate).toBe(state.rate);
    const later = report(state, config, T0 + 5000, { ...none, rateLimited: 1 });
    expect(later.rate).toBeCloseTo(40 * config.decreaseFactor ** 2, 6);
  });

  it("shrinks on 5xx and timeouts but tolerates a rare error", () => {
    let state = initialRateLimitState({ ...config, initialRate: 40 }, T0);
    state = report(state, config, T0, { ...none, ok: 200 });
    const rare = report(state, config, T0 + 100, { ...none, ok: 39, serverErrors: 1 });
    expect(rare.rate).toBe(state.rate);
    const many = report(state, config, T0 + 100, { ...none, ok: 0, serverErrors: 200 });
    expect(many.rate).toBeLessThan(state.rate);
    const timeouts = report(state, config, T0 + 100, { ...none, timeouts: 300 });
    expect(timeouts.rate).toBeLessThan(state.rate);
  });

  it("treats Retry-After as a hard pause and drains tokens", () => {
    const state = report(initialRateLimitState(config, T0), config, T0, {
      ...none,
      rateLimited: 1,
      retryAfterMs: 2000,
    });
    expect(state.pausedUntil).toBe(T0 + 2000);
    expect(state.tokens).toBe(0);
    expect(state.pauses).toBe(1);
  });

  it("keeps the rate within [minRate, maxRate] and the state JSON-serialisable", () => {
    const outcome = fc.record({
      ok: fc.nat(100),
      slow: fc.nat(100),
      rateLimited: fc.nat(20),
      serverErrors: fc.nat(20),
      timeouts: fc.nat(20),
      retryAfterMs: fc.option(fc.nat(10_000), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(3000), outcome), { maxLength: 60 }), (steps) => {
        let state = initialRateLimitState(config, T0);
        let now = T0;
        for (const [dt, o] of steps) {
          now += dt;
          state = report(state, config, now, o);
          expect(state.rate).toBeGreaterThanOrEqual(config.minRate);
          expect(state.rate).toBeLessThanOrEqual(config.maxRate);
        }
        expect(JSON.parse(JSON.stringify(state))).toEqual(state);
      }),
    );
  });
});
