import { QUEUE_PACK_MAX_JOBS } from "@smsledger/config";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  enqueueJobs,
  jobBytesUpperBound,
  jobsOfBody,
  packJobs,
  sendWaitingJobs,
  utf8Length,
  type JobQueue,
  type OutgoingMessage,
  type SmsJob,
} from "../src/index";

const job = (i: number, bodyChars = 100): SmsJob => ({
  user_id: "u",
  sms_id: `s${i}`,
  ingestion_id: "ing",
  sender: "VM-HDFCBK-S",
  body: "x".repeat(bodyChars),
  received_at: "2026-11-12T10:00:00+05:30",
  accepted_at: 0,
});

const bytes = (value: unknown): number => new TextEncoder().encode(JSON.stringify(value)).length;

/** A recording producer that refuses the first `failures` calls (like an overloaded queue). */
function producer(failures = 0) {
  const calls: OutgoingMessage[][] = [];
  let refused = 0;
  const queue: JobQueue = {
    async sendBatch(messages) {
      if (refused < failures) {
        refused++;
        throw new Error("Too Many Requests: queue overloaded");
      }
      calls.push(messages);
    },
  };
  return { queue, calls };
}

const jobsSent = (calls: OutgoingMessage[][]): SmsJob[] => calls.flat().flatMap((m) => jobsOfBody(m.body) ?? []);

describe("jobBytesUpperBound", () => {
  it("is never below the real encoded size", () => {
    for (const body of ["plain ascii", "₹ 1,250 डेबिट", "😀".repeat(50), '\u0001\u0002\n"'.repeat(40)]) {
      const j = { ...job(1), body };
      expect(jobBytesUpperBound(j)).toBeGreaterThanOrEqual(bytes(j));
    }
  });
});

describe("utf8Length", () => {
  it("is the length of the UTF-8 encoding, lone surrogates included", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
      }),
    );
  });
});

describe("packJobs", () => {
  it("puts up to QUEUE_PACK_MAX_JOBS jobs in one message, in order", () => {
    const jobs = Array.from({ length: 2 * QUEUE_PACK_MAX_JOBS + 3 }, (_, i) => job(i));
    const packs = packJobs(jobs);
    expect(packs.map((p) => p.pack.length)).toEqual([QUEUE_PACK_MAX_JOBS, QUEUE_PACK_MAX_JOBS, 3]);
    expect(packs.flatMap((p) => p.pack)).toEqual(jobs);
  });
  it("keeps each message within one billed 64 KB operation; a job too large for that rides alone", () => {
    const jobs = [
      ...Array.from({ length: 60 }, (_, i) => job(i, 4_000)),
      { ...job(60), body: '"\u0001'.repeat(2_048) }, // 4,096 chars, 16 KB escaped
      { ...job(61), body: "😀".repeat(2_048) },
    ];
    const packs = packJobs(jobs, 100);
    expect(packs.length).toBeGreaterThan(1);
    expect(packs.some((p) => bytes(p) > 60 * 1024)).toBe(true); // cut by bytes, not by count
    for (const pack of packs) expect(bytes(pack)).toBeLessThanOrEqual(64 * 1024);
    expect(packs.flatMap((p) => p.pack)).toEqual(jobs);
    expect(packJobs([job(1, 70_000)]).map((p) => p.pack.length)).toEqual([1]);
  });
});

describe("enqueueJobs", () => {
  it("sends packs, at most 256 KB per sendBatch call", async () => {
    const { queue, calls } = producer();
    const jobs = Array.from({ length: 400 }, (_, i) => job(i, 4_000));
    await enqueueJobs(queue, jobs);
    expect(calls.length).toBeGreaterThan(1);
    for (const call of calls) {
      expect(call.length).toBeLessThanOrEqual(100);
      expect(call.reduce((sum, m) => sum + bytes(m.body), 0)).toBeLessThan(256 * 1024);
    }
    expect(jobsSent(calls)).toEqual(jobs);
  });
  it("sends 1,000 small jobs as 1,000 / QUEUE_PACK_MAX_JOBS messages in one call", async () => {
    const { queue, calls } = producer();
    await enqueueJobs(
      queue,
      Array.from({ length: 1_000 }, (_, i) => job(i)),
    );
    expect(calls.map((c) => c.length)).toEqual([Math.ceil(1_000 / QUEUE_PACK_MAX_JOBS)]);
  });
  it("backs off and retries while the queue is overloaded, then gives up", async () => {
    const ok = producer(2);
    await enqueueJobs(ok.queue, [job(1)], { attempts: 4, backoffMs: 1 });
    expect(ok.calls.map((c) => c.length)).toEqual([1]);
    const down = producer(10);
    await expect(enqueueJobs(down.queue, [job(1)], { attempts: 3, backoffMs: 1 })).rejects.toThrow("overloaded");
    expect(down.calls).toEqual([]);
  });
});

describe("sendWaitingJobs", () => {
  it("packs jobs of the same delay together, each pack delayed by it, keeping their attempt counts", async () => {
    const { queue, calls } = producer();
    await sendWaitingJobs(queue, [
      { job: { ...job(1), prior_attempts: 1 }, delaySeconds: 5 },
      { job: { ...job(2), prior_attempts: 3 }, delaySeconds: 0 },
      { job: { ...job(3), prior_attempts: 2 }, delaySeconds: 5 },
    ]);
    const sent = calls
      .flat()
      .map((m) => [jobsOfBody(m.body)?.map((j) => [j.sms_id, j.prior_attempts]), m.delaySeconds]);
    expect(sent).toEqual([
      [
        [
          ["s1", 1],
          ["s3", 2],
        ],
        5,
      ],
      [[["s2", 3]], 0],
    ]);
  });
});

describe("jobsOfBody", () => {
  it("reads a pack, a bare job, and nothing else", () => {
    expect(jobsOfBody({ pack: [job(1), job(2)] })?.map((j) => j.sms_id)).toEqual(["s1", "s2"]);
    expect(jobsOfBody(job(3))?.map((j) => j.sms_id)).toEqual(["s3"]);
    expect(jobsOfBody({ pack: [] })).toBeNull();
    expect(jobsOfBody({ pack: [{ ...job(4), accepted_at: "x" }] })).toBeNull();
    expect(jobsOfBody("x")).toBeNull();
  });
});
