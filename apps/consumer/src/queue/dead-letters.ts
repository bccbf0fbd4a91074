import type { ConsumerEnv } from "../bindings";
import { jobsOfBody } from "@smsledger/core";
import { groupByDb, recordDeadLetters, type Db, type DeadLetterInput } from "@smsledger/db";
import { isolate, isolationBudget, type IsolationBudget } from "./isolate";

interface Letter {
  message: Message<unknown>;
  letter: DeadLetterInput;
}

/**
 * Consumer of the dead-letter queue: records each job of a message that exhausted its retries (one
 * job, or every job of a pack) in D1 (state `dead_lettered`, plus a dead-letter row with its last
 * error), then acks the message. If the write fails, the letters are isolated like the main queue's
 * jobs (./isolate.ts): the others are recorded now, and a message of which a letter fails on its own is
 * retried by the DLQ's own retry settings (its recorded letters are left as they are: recording is
 * idempotent).
 */
export async function processDeadLetters(batch: MessageBatch<unknown>, env: ConsumerEnv): Promise<void> {
  const letters: Letter[] = [];
  for (const message of batch.messages) {
    const jobs = jobsOfBody(message.body);
    if (!jobs) {
      message.ack();
      continue;
    }
    for (const job of jobs) {
      const { user_id: userId, sms_id: smsId, ingestion_id: ingestionId } = job;
      const attempts = (job.prior_attempts ?? 0) + message.attempts;
      letters.push({ message, letter: { userId, smsId, ingestionId, attempts } });
    }
  }
  const failed = new Set<Message<unknown>>();
  const budget = isolationBudget();
  // Each letter is recorded in its user's D1 database: one write per database touched.
  for (const [db, part] of groupByDb(env, letters, ({ letter }) => letter.userId))
    await recordLetters(db, part, budget, failed);
  for (const message of new Set(letters.map((l) => l.message))) {
    if (failed.has(message)) message.retry();
    else message.ack();
  }
}

async function recordLetters(
  db: Db,
  letters: Letter[],
  budget: IsolationBudget,
  failed: Set<Message<unknown>>,
): Promise<void> {
  try {
    await recordDeadLetters(
      db,
      letters.map(({ letter }) => letter),
      Date.now(),
    );
  } catch (error) {
    await isolate(letters, error, budget, {
      retry: (part) => recordLetters(db, part, budget, failed),
      giveUp: async (part, cause) => {
        console.error(
          `dead letters not recorded; ${part.length} retried`,
          cause instanceof Error ? cause.message : cause,
        );
        for (const { message } of part) failed.add(message);
      },
    });
  }
}
