import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fnv1a64Hex, queueFor, userBucket } from "../src/index";

const ids = fc.string({ minLength: 1, maxLength: 60 });

describe("userBucket", () => {
  it("is the low 32 bits of the user id's FNV-1a, mod the count, and stays in range", () => {
    fc.assert(
      fc.property(ids, fc.integer({ min: 1, max: 64 }), (id, count) => {
        const bucket = userBucket(id, count);
        expect(bucket).toBe(Number.parseInt(fnv1a64Hex(id).slice(-8), 16) % count);
        expect(bucket).toBeGreaterThanOrEqual(0);
        expect(bucket).toBeLessThan(count);
        expect(userBucket(id, 1)).toBe(0);
      }),
    );
  });

  it("nests over powers of two: a user's bucket of 2 is its bucket of 4 (or 8) mod 2", () => {
    fc.assert(
      fc.property(ids, (id) => {
        expect(userBucket(id, 4) % 2).toBe(userBucket(id, 2));
        expect(userBucket(id, 8) % 4).toBe(userBucket(id, 4));
      }),
    );
  });

  it("spreads generated user ids over both buckets of two", () => {
    const counts = [0, 0];
    for (let i = 0; i < 2_000; i++) counts[userBucket(`usr_${i.toString(16).padStart(32, "0")}`, 2)]! += 1;
    expect(Math.min(...counts)).toBeGreaterThan(800);
  });

  it("refuses a count that is not a positive integer", () => {
    expect(() => userBucket("u", 0)).toThrow(RangeError);
    expect(() => userBucket("u", 1.5)).toThrow(RangeError);
  });
});

describe("queueFor", () => {
  it("picks the queue shard at the user's bucket, the same hash that picks the database", () => {
    const env = { SMS_QUEUE: "q0", SMS_QUEUE_1: "q1", SMS_QUEUE_2: "q2", SMS_QUEUE_3: "q3" };
    const two = { SMS_QUEUE: "q0", SMS_QUEUE_1: "q1" };
    fc.assert(
      fc.property(ids, (id) => {
        expect(queueFor(env, id)).toBe(`q${userBucket(id, 4)}`);
        expect(queueFor(two, id)).toBe(`q${userBucket(id, 2)}`);
        expect(queueFor({ SMS_QUEUE: "only" }, id)).toBe("only");
      }),
    );
  });
});
