import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { MAX_QUEUE_DELAY_SECONDS, isFinalAttempt, retryDelaySeconds } from "../../src/retry/index";

/** Deterministic LCG in [0, 1). */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe("retryDelaySeconds", () => {
  it("grows exponentially at the top of the jitter range", () => {
    const opts = { baseSeconds: 5, maxSeconds: 3600, random: () => 0.999999 };
    expect([1, 2, 3, 4, 5].map((a) => retryDelaySeconds(a, opts))).toEqual([5, 10, 20, 40, 80]);
  });

  it("is zero at the bottom of the full-jitter range", () => {
    expect(retryDelaySeconds(4, { baseSeconds: 5, maxSeconds: 3600, random: () => 0 })).toBe(0);
  });

  it("is deterministic for an injected random source", () => {
    const a = [1, 2, 3, 4, 5, 6].map((n) =>
      retryDelaySeconds(n, { baseSeconds: 2, maxSeconds: 600, random: seeded(7) }),
    );
    const b = [1, 2, 3, 4, 5, 6].map((n) =>
      retryDelaySeconds(n, { baseSeconds: 2, maxSeconds: 600, random: seeded(7) }),
    );
    expect(a).toEqual(b);
  });

  it("respects maxSeconds and Cloudflare's 12 h cap", () => {
    expect(retryDelaySeconds(30, { baseSeconds: 10, maxSeconds: 300, random: () => 0.9999 })).toBe(300);
    expect(retryDelaySeconds(1000, { baseSeconds: 10, maxSeconds: 1e9, random: () => 0.99999999 })).toBe(
      MAX_QUEUE_DELAY_SECONDS,
    );
  });

  it("always stays within [0, min(max, 43200)] for any input (full and decorrelated)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -5, max: 10_000 }),
        fc.double({ min: 0, max: 1000, noNaN: true }),
        fc.double({ min: 0, max: 1e7, noNaN: true }),
        fc.constantFrom("full" as const, "decorrelated" as const),
        fc.integer(),
        (attempts, baseSeconds, maxSeconds, jitter, seed) => {
          const d = retryDelaySeconds(attempts, { baseSeconds, maxSeconds, jitter, random: seeded(seed) });
          expect(Number.isInteger(d)).toBe(true);
          expect(d).toBeGreaterThanOrEqual(0);
          expect(d).toBeLessThanOrEqual(Math.min(Math.ceil(maxSeconds), MAX_QUEUE_DELAY_SECONDS));
        },
      ),
    );
  });

  it("decorrelated jitter never goes below base (until the cap)", () => {
    for (let n = 1; n < 20; n++) {
      const d = retryDelaySeconds(n, { baseSeconds: 3, maxSeconds: 900, jitter: "decorrelated", random: seeded(n) });
      expect(d).toBeGreaterThanOrEqual(3);
      expect(d).toBeLessThanOrEqual(900);
    }
  });
});

describe("isFinalAttempt", () => {
  it("is true from the delivery after the last retry", () => {
    expect(isFinalAttempt(1, 3)).toBe(false);
    expect(isFinalAttempt(3, 3)).toBe(false);
    expect(isFinalAttempt(4, 3)).toBe(true);
    expect(isFinalAttempt(1, 0)).toBe(true);
  });
});
