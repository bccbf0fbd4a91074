import { describe, expect, it } from "vitest";
import { enqueueJobs, jobBytesUpperBound, type JobQueue, type SmsJob } from "../src/index";

const job = (i: number, bodyChars = 100): SmsJob => ({
  user_id: "u",
  sms_id: `s${i}`,
  ingestion_id: "ing",
  sender: "VM-HDFCBK-S",
  body: "x".repeat(bodyChars),
  received_at: "2026-11-12T10:00:00+05:30",
  accepted_at: 0,
});

/** A recording producer that refuses the first `failures` calls (like an overloaded queue). */
function producer(failures = 0) {
  const calls: number[] = [];
  let refused = 0;
  const queue: JobQueue = {
    async sendBatch(messages) {
      if (refused < failures) {
        refused++;
        throw new Error("Too Many Requests: queue overloaded");
      }
      calls.push(messages.length);
    },
  };
  return { queue, calls };
}

describe("jobBytesUpperBound", () => {
  it("is never below the real encoded size", () => {
    for (const body of ["plain ascii", "₹ 1,250 डेबिट", "😀".repeat(50), '\u0001\u0002\n"'.repeat(40)]) {
      const j = { ...job(1), body };
      expect(jobBytesUpperBound(j)).toBeGreaterThanOrEqual(new TextEncoder().encode(JSON.stringify(j)).length);
    }
  });
});

describe("enqueueJobs", () => {
  it("sends at most 100 messages per call", async () => {
    const { queue, calls } = producer();
    await enqueueJobs(
      queue,
      Array.from({ length: 250 }, (_, i) => job(i)),
    );
    expect(calls).toEqual([100, 100, 50]);
  });
  it("keeps each call under 256 KB", async () => {
    const { queue, calls } = producer();
    await enqueueJobs(
      queue,
      Array.from({ length: 100 }, (_, i) => job(i, 4000)),
    );
    expect(calls.length).toBeGreaterThan(1);
    expect(calls.every((n) => n * 4000 < 256 * 1024)).toBe(true);
    expect(calls.reduce((a, b) => a + b, 0)).toBe(100);
  });
  it("backs off and retries while the queue is overloaded, then gives up", async () => {
    const ok = producer(2);
    await enqueueJobs(ok.queue, [job(1)], { attempts: 4, backoffMs: 1 });
    expect(ok.calls).toEqual([1]);
    const down = producer(10);
    await expect(enqueueJobs(down.queue, [job(1)], { attempts: 3, backoffMs: 1 })).rejects.toThrow("overloaded");
    expect(down.calls).toEqual([]);
  });
});
