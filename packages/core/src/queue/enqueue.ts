import { QUEUE_MAX_BATCH_BYTES, QUEUE_MAX_BATCH_MESSAGES } from "@smsledger/config";
import { chunkByBytes } from "../chunk";
import type { SmsJob } from "../schemas/job";

/** What this needs of a queue producer (a Cloudflare Queue binding fits; no Cloudflare import here). */
export interface JobQueue {
  sendBatch(messages: { body: SmsJob; contentType: "json" }[]): Promise<unknown>;
}

// Headroom for the per-message envelope the queue adds to each body.
const ENVELOPE_BYTES = 256;

/**
 * An upper bound of a job's encoded size without serialising it: a UTF-16 code unit is at most 3 bytes
 * of UTF-8, or 6 once JSON-escaped (a control character becomes \u00XX).
 */
export function jobBytesUpperBound(job: SmsJob): number {
  let chars = 0;
  for (const value of Object.values(job)) chars += String(value).length + 8;
  return chars * 6 + ENVELOPE_BYTES;
}

export interface EnqueueOptions {
  /** Tries per sendBatch call before giving up (the first try included). */
  attempts?: number;
  /** Delay before the first re-try; doubles each time. */
  backoffMs?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One sendBatch call, re-tried with exponential backoff while the queue refuses it (e.g. overloaded). */
async function sendWithBackoff(
  queue: JobQueue,
  messages: { body: SmsJob; contentType: "json" }[],
  options: Required<EnqueueOptions>,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await queue.sendBatch(messages);
      return;
    } catch (error) {
      if (attempt >= options.attempts) throw error;
      await sleep(options.backoffMs * 2 ** (attempt - 1));
    }
  }
}

/** Sends jobs with `sendBatch` in chunks within the Queues limits (100 messages, 256 KB per call). */
export async function enqueueJobs(queue: JobQueue, jobs: SmsJob[], options: EnqueueOptions = {}): Promise<void> {
  const settings = { attempts: options.attempts ?? 4, backoffMs: options.backoffMs ?? 100 };
  const chunks = chunkByBytes(jobs, QUEUE_MAX_BATCH_MESSAGES, QUEUE_MAX_BATCH_BYTES, jobBytesUpperBound);
  for (const chunk of chunks) {
    await sendWithBackoff(
      queue,
      chunk.map((body) => ({ body, contentType: "json" as const })),
      settings,
    );
  }
}
