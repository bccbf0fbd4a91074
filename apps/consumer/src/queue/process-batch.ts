import type { ConsumerEnv } from "@smsledger/config/env";
import { maybeFail, parseFaults, parseSms, retryDelaySeconds, SmsJob } from "@smsledger/core";
import { createDb, recordRetries, writeOutcomes } from "@smsledger/db";
import { outcomeOf } from "./outcome";

interface Delivery {
  message: Message<unknown>;
  job: SmsJob;
}

/** Valid jobs of a batch; a malformed message cannot be stored anywhere, so it is logged and acked. */
function validJobs(batch: MessageBatch<unknown>): Delivery[] {
  const valid: Delivery[] = [];
  for (const message of batch.messages) {
    const job = SmsJob.safeParse(message.body);
    if (job.success) valid.push({ message, job: job.data });
    else {
      console.error("dropping malformed queue message", message.id, job.error.issues.length, "issues");
      message.ack();
    }
  }
  return valid;
}

/**
 * Parses every message of a batch, writes all outcomes in one D1 batch, then acks each message.
 * If anything fails, each message is retried with exponential backoff on its attempt count (after
 * max_retries the queue moves it to the dead-letter queue); a redelivery adds nothing (idempotent writes).
 */
export async function processBatch(batch: MessageBatch<unknown>, env: ConsumerEnv): Promise<void> {
  const faults = parseFaults(env.FAULTS, env.ENVIRONMENT);
  maybeFail("consumerThrow", faults);
  const deliveries = validJobs(batch);
  const db = createDb(env.DB);
  const options = env.TIME_ZONE ? { timeZone: env.TIME_ZONE } : {};
  try {
    const outcomes = await Promise.all(
      deliveries.map(({ message, job }) => outcomeOf(job, parseSms(job, options), message.attempts)),
    );
    maybeFail("d1Fail", faults);
    await writeOutcomes(db, outcomes, Date.now());
  } catch (error) {
    await retryAll(db, deliveries, error, env);
    return;
  }
  for (const { message } of deliveries) message.ack();
}

async function retryAll(db: ReturnType<typeof createDb>, deliveries: Delivery[], error: unknown, env: ConsumerEnv): Promise<void> {
  const reason = error instanceof Error ? error.message : String(error);
  console.error("batch failed; retrying", reason);
  const backoff = { baseSeconds: Number(env.RETRY_BASE_SECONDS ?? 2), maxSeconds: Number(env.RETRY_MAX_SECONDS ?? 300) };
  for (const { message } of deliveries) message.retry({ delaySeconds: retryDelaySeconds(message.attempts, backoff) });
  try {
    await recordRetries(
      db,
      deliveries.map(({ message, job }) => ({ userId: job.user_id, smsId: job.sms_id, error: reason, attempts: message.attempts })),
    );
  } catch {
    // D1 itself may be what failed; the queue still holds the messages.
  }
}
