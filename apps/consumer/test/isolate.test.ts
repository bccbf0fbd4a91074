import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { halves, isolate, isolationBudget, MAX_FAILED_TRIES } from "../src/queue/isolate";

/** Runs isolation over 0..n-1 where the items in `bad` fail every try; records what happened to each. */
async function simulate(n: number, bad: Set<number>) {
  const items = Array.from({ length: n }, (_, i) => i);
  const stored: number[] = [];
  const givenUp: number[] = [];
  let tries = 0;
  const budget = isolationBudget();
  const run = async (part: number[]): Promise<void> => {
    tries++;
    try {
      const poison = part.find((i) => bad.has(i));
      if (poison !== undefined) throw new Error(`item ${poison} fails`);
      stored.push(...part);
    } catch (error) {
      await isolate(part, error, budget, { retry: run, giveUp: async (rest) => void givenUp.push(...rest) });
    }
  };
  await run(items);
  return { stored, givenUp, tries, failedTries: budget.failedTries };
}

describe("poison isolation (bisection)", () => {
  it("splits into two halves that cover the list", () => {
    expect(halves([1, 2, 3, 4, 5])).toEqual([
      [1, 2, 3],
      [4, 5],
    ]);
    expect(halves([1])).toEqual([[1], []]);
  });

  it("stores every good item exactly once and gives up exactly the failing ones, in few tries", async () => {
    const scenario = fc
      .integer({ min: 1, max: 100 })
      .chain((n) => fc.tuple(fc.constant(n), fc.uniqueArray(fc.nat(n - 1), { maxLength: 3 })));
    await fc.assert(
      fc.asyncProperty(scenario, async ([n, badList]) => {
        const bad = new Set(badList);
        const { stored, givenUp, tries, failedTries } = await simulate(n, bad);
        const all = [...stored, ...givenUp].sort((a, b) => a - b);
        expect(all).toEqual(Array.from({ length: n }, (_, i) => i)); // each item settled exactly once
        expect(new Set(givenUp)).toEqual(bad); // only the failing ones go back to the queue
        // One poison costs at most 1 + 2 * ceil(log2 n) tries; k of them at most k times that.
        expect(tries).toBeLessThanOrEqual(Math.max(1, bad.size) * (1 + 2 * Math.ceil(Math.log2(n))));
        expect(failedTries).toBeLessThan(MAX_FAILED_TRIES);
      }),
      { numRuns: 300 },
    );
  });

  it("stops splitting after MAX_FAILED_TRIES when everything fails (an outage)", async () => {
    const n = 100;
    const { stored, givenUp, failedTries } = await simulate(n, new Set(Array.from({ length: n }, (_, i) => i)));
    expect(stored).toEqual([]);
    expect([...givenUp].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
    expect(failedTries).toBeLessThanOrEqual(MAX_FAILED_TRIES + Math.ceil(Math.log2(n)));
  });
});
