import type { ConsumerEnv } from "@smsledger/config/env";
import { SmsJob } from "@smsledger/core";
import { createDb, recordDeadLetters, type DeadLetterInput } from "@smsledger/db";

/**
 * Consumer of the dead-letter queue: records each message that exhausted its retries in D1
 * (state `dead_lettered`, plus a dead-letter row with its last error), then acks the batch.
 * If the write fails the whole batch is retried by the DLQ's own retry settings.
 */
export async function processDeadLetters(batch: MessageBatch<unknown>, env: ConsumerEnv): Promise<void> {
  const letters: DeadLetterInput[] = [];
  for (const message of batch.messages) {
    const job = SmsJob.safeParse(message.body);
    if (job.success) {
      letters.push({ userId: job.data.user_id, smsId: job.data.sms_id, ingestionId: job.data.ingestion_id, attempts: message.attempts });
    }
  }
  await recordDeadLetters(createDb(env.DB), letters, Date.now());
  batch.ackAll();
}
