import type { ConsumerEnv } from "@smsledger/config/env";
import { SmsJob } from "@smsledger/core";
import { createDb, writeOutcomes, type SmsOutcome } from "@smsledger/db";

/** Records each message of a dead-letter batch as `dead_lettered`, then acks it. */
export async function processDeadLetters(batch: MessageBatch<unknown>, env: ConsumerEnv): Promise<void> {
  const outcomes: SmsOutcome[] = [];
  for (const message of batch.messages) {
    const job = SmsJob.safeParse(message.body);
    if (!job.success) continue;
    outcomes.push({
      userId: job.data.user_id,
      smsId: job.data.sms_id,
      state: "dead_lettered",
      intent: null,
      parser: null,
      confidence: null,
      error: "retries exhausted",
      attempts: message.attempts,
      transactions: [],
    });
  }
  await writeOutcomes(createDb(env.DB), outcomes, Date.now());
  batch.ackAll();
}
