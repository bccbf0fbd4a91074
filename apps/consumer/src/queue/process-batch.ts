import type { ConsumerEnv } from "@smsledger/config/env";
import { parseSms, SmsJob } from "@smsledger/core";
import { createDb, writeOutcomes } from "@smsledger/db";
import { outcomeOf } from "./outcome";

/**
 * Parses every message of a batch, writes all outcomes in one D1 batch, then acks each message.
 * If the write fails, every message is retried; a redelivery adds nothing (idempotent writes).
 */
export async function processBatch(batch: MessageBatch<unknown>, env: ConsumerEnv): Promise<void> {
  const options = env.TIME_ZONE ? { timeZone: env.TIME_ZONE } : {};
  const valid: { message: Message<unknown>; job: SmsJob }[] = [];
  for (const message of batch.messages) {
    const job = SmsJob.safeParse(message.body);
    if (job.success) valid.push({ message, job: job.data });
    else {
      console.error("dropping malformed queue message", message.id, job.error.message);
      message.ack();
    }
  }
  const outcomes = await Promise.all(
    valid.map(({ message, job }) => outcomeOf(job, parseSms(job, options), message.attempts)),
  );
  try {
    await writeOutcomes(createDb(env.DB), outcomes, Date.now());
  } catch (error) {
    console.error("batch write failed; retrying", error);
    for (const { message } of valid) message.retry({ delaySeconds: 5 });
    return;
  }
  for (const { message } of valid) message.ack();
}
