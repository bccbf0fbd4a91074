import type { ConsumerEnv } from "../bindings";
import { SmsJob } from "@smsledger/core";
import { groupByDb, recordDeadLetters, type Db, type DeadLetterInput } from "@smsledger/db";
import { isolate, isolationBudget, type IsolationBudget } from "./isolate";

interface Letter {
  message: Message<unknown>;
  letter: DeadLetterInput;
}

/**
 * Consumer of the dead-letter queue: records each message that exhausted its retries in D1
 * (state `dead_lettered`, plus a dead-letter row with its last error), then acks it. If the write
 * fails, the letters are isolated like the main queue's messages (./isolate.ts): the others are
 * recorded now, and only a letter that fails on its own is retried by the DLQ's own retry settings.
 */
export async function processDeadLetters(batch: MessageBatch<unknown>, env: ConsumerEnv): Promise<void> {
  const letters: Letter[] = [];
  for (const message of batch.messages) {
    const job = SmsJob.safeParse(message.body);
    if (!job.success) {
      message.ack();
      continue;
    }
    const { user_id: userId, sms_id: smsId, ingestion_id: ingestionId } = job.data;
    letters.push({ message, letter: { userId, smsId, ingestionId, attempts: message.attempts } });
  }
  const budget = isolationBudget();
  // Each letter is recorded in its user's D1 database: one write per database touched.
  for (const [db, part] of groupByDb(env, letters, ({ letter }) => letter.userId))
    await recordLetters(db, part, budget);
}

async function recordLetters(db: Db, letters: Letter[], budget: IsolationBudget): Promise<void> {
  try {
    await recordDeadLetters(
      db,
      letters.map(({ letter }) => letter),
      Date.now(),
    );
    for (const { message } of letters) message.ack();
  } catch (error) {
    await isolate(letters, error, budget, {
      retry: (part) => recordLetters(db, part, budget),
      giveUp: async (part, cause) => {
        console.error(
          `dead letters not recorded; ${part.length} retried`,
          cause instanceof Error ? cause.message : cause,
        );
        for (const { message } of part) message.retry();
      },
    });
  }
}
