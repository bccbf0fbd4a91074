import { QUEUE_MAX_BATCH_BYTES, QUEUE_MAX_BATCH_MESSAGES } from "@smsledger/config";
import { chunkByBytes } from "../chunk";
import type { QueueBody, SmsJob } from "../schemas/job";
import { packBytes, packJobs } from "./pack";

/** One message of a sendBatch call (delaySeconds: when the job must wait before its next delivery). */
export interface OutgoingMessage {
  body: QueueBody;
  contentType: "json";
  delaySeconds?: number;
}

/** What this needs of a queue producer (a Cloudflare Queue binding fits; no Cloudflare import here). */
export interface JobQueue {
  sendBatch(messages: OutgoingMessage[]): Promise<unknown>;
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
  messages: OutgoingMessage[],
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

/** Sends messages with `sendBatch` in calls within the Queues limits (100 messages, 256 KB per call). */
export async function sendMessages(
  queue: JobQueue,
  messages: OutgoingMessage[],
  sizeOf: (message: OutgoingMessage) => number,
  options: EnqueueOptions = {},
): Promise<void> {
  const settings = { attempts: options.attempts ?? 4, backoffMs: options.backoffMs ?? 100 };
  for (const chunk of chunkByBytes(messages, QUEUE_MAX_BATCH_MESSAGES, QUEUE_MAX_BATCH_BYTES, sizeOf)) {
    await sendWithBackoff(queue, chunk, settings);
  }
}

/**
 * Sends jobs packed many per message (./pack.ts: ≤ 100 jobs and one billed 64 KB unit each), so that
 * a million SMS cost ~10,000 messages' queue operations instead of 3 million.
 */
export async function enqueueJobs(queue: JobQueue, jobs: SmsJob[], options: EnqueueOptions = {}): Promise<void> {
  const sizes = new Map<OutgoingMessage, number>();
  const messages = packJobs(jobs).map((body) => {
    const message = { body, contentType: "json" as const };
    sizes.set(message, packBytes(body) + ENVELOPE_BYTES);
    return message;
  });
  await sendMessages(queue, messages, (m) => sizes.get(m) ?? QUEUE_MAX_BATCH_BYTES, options);
}

/**
 * Sends jobs that must wait (re-sent out of the message that carried them), packed like enqueueJobs:
 * jobs with the same delay share packs, each pack delayed by it.
 */
export async function sendWaitingJobs(
  queue: JobQueue,
  jobs: { job: SmsJob; delaySeconds: number }[],
  options: EnqueueOptions = {},
): Promise<void> {
  const byDelay = new Map<number, SmsJob[]>();
  for (const { job, delaySeconds } of jobs) byDelay.set(delaySeconds, [...(byDelay.get(delaySeconds) ?? []), job]);
  const sizes = new Map<OutgoingMessage, number>();
  const messages: OutgoingMessage[] = [];
  for (const [delaySeconds, delayed] of byDelay) {
    for (const body of packJobs(delayed)) {
      const message = { body, contentType: "json" as const, delaySeconds };
      sizes.set(message, packBytes(body) + ENVELOPE_BYTES);
      messages.push(message);
    }
  }
  await sendMessages(queue, messages, (m) => sizes.get(m) ?? QUEUE_MAX_BATCH_BYTES, options);
}
