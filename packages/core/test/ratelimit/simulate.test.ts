import { describe, expect, it } from "vitest";
import { simulate, summarise } from "../../src/ratelimit/index";

const DURATION = 300_000;
const WARMUP = 60_000;

describe.each([5, 20, 50])("limiter against an upstream of %i req/s", (capacity) => {
  it.each(["seconds", "ms", "none"] as const)(
    "sustains ≥ 90%% of capacity with < 5%% 429s (Retry-After: %s)",
    (retryAfter) => {
      const run = simulate({ capacity, durationMs: DURATION, retryAfter });
      const s = summarise(run, WARMUP, DURATION);
      expect(s.okPerSecond).toBeGreaterThanOrEqual(0.9 * capacity);
      expect(s.rateLimitedShare).toBeLessThan(0.05);
      expect(run.callsDuringKnownPause).toBe(0);
    },
  );

  it("holds with slower batches (500 ms ticks, 1 s latency)", () => {
    const run = simulate({ capacity, durationMs: DURATION, tickMs: 500, latencyMs: 1000 });
    const s = summarise(run, WARMUP, DURATION);
    expect(s.okPerSecond).toBeGreaterThanOrEqual(0.9 * capacity);
    expect(s.rateLimitedShare).toBeLessThan(0.05);
  });

  it("backs off during a 60 s outage and recovers after it", () => {
    const run = simulate({ capacity, durationMs: DURATION, outages: [{ startMs: 120_000, endMs: 180_000 }] });
    const during = summarise(run, 150_000, 180_000);
    // During the outage it only probes, near minRate.
    expect(during.calls / 30).toBeLessThanOrEqual(Math.max(2, 0.2 * capacity));
    const after = summarise(run, 210_000, DURATION);
    expect(after.okPerSecond).toBeGreaterThanOrEqual(0.9 * capacity);
    expect(after.rateLimitedShare).toBeLessThan(0.05);
  });
});

describe("capacity changes", () => {
  it("finds a raised capacity within two minutes (probing)", () => {
    const run = simulate({ capacity: 20, durationMs: 400_000, capacityChanges: [{ atMs: 100_000, capacity: 100 }] });
    const reached = run.timeline.find((s) => s && s.t >= 100_000 && s.ok >= 90);
    expect(reached).toBeDefined();
    expect((reached?.t ?? Infinity) - 100_000).toBeLessThanOrEqual(120_000);
    const later = summarise(run, 250_000, 400_000);
    expect(later.okPerSecond).toBeGreaterThanOrEqual(90);
    expect(later.rateLimitedShare).toBeLessThan(0.05);
  });

  it("settles under a lowered capacity", () => {
    const run = simulate({ capacity: 100, durationMs: 300_000, capacityChanges: [{ atMs: 100_000, capacity: 20 }] });
    const later = summarise(run, 160_000, 300_000);
    expect(later.okPerSecond).toBeGreaterThanOrEqual(18);
    expect(later.rateLimitedShare).toBeLessThan(0.05);
  });
});

describe("sporadic server errors", () => {
  it.each([0.01, 0.05])("do not collapse the rate (error rate %d)", (errorRate) => {
    const run = simulate({ capacity: 20, durationMs: DURATION, errorRate, seed: 7 });
    const s = summarise(run, WARMUP, DURATION);
    expect(s.okPerSecond).toBeGreaterThanOrEqual(0.9 * 20 * (1 - errorRate));
  });
});
