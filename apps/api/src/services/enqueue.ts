import { QUEUE_MAX_BATCH_BYTES, QUEUE_MAX_BATCH_MESSAGES } from "@smsledger/config";
import { chunkByBytes, type SmsJob } from "@smsledger/core";

// Headroom for the per-message envelope the queue adds to each body.
const ENVELOPE_BYTES = 256;
const encoder = new TextEncoder();

/** Sends jobs with `sendBatch` in chunks within the Queues limits (100 messages, 256 KB per call). */
export async function enqueueJobs(queue: Queue, jobs: SmsJob[]): Promise<void> {
  const chunks = chunkByBytes(
    jobs,
    QUEUE_MAX_BATCH_MESSAGES,
    QUEUE_MAX_BATCH_BYTES,
    (job) => encoder.encode(JSON.stringify(job)).length + ENVELOPE_BYTES,
  );
  for (const chunk of chunks) {
    await queue.sendBatch(chunk.map((body) => ({ body, contentType: "json" as const })));
  }
}
