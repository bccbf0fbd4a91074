import { QUEUE_MAX_RETRIES } from "@smsledger/config";
import { isFinalAttempt, queueFor, sendWaitingJobs } from "@smsledger/core";
import { recordDeadLetters, type Db } from "@smsledger/db";
import type { ConsumerEnv } from "../bindings";
import type { Carrier, Delivery } from "./deliveries";

/** What became of one job in this delivery: written, or waiting (for a permit, or after a failure). */
export type Fate = { kind: "done" } | { kind: "wait"; delaySeconds: number; failed: boolean };

/** The fates of a batch's jobs, filled in while the batch is read, written and isolated. */
export type Fates = Map<Delivery, Fate>;

const waiting = (fate: Fate | undefined): fate is Extract<Fate, { kind: "wait" }> => fate?.kind !== "done";
const delayOf = (fate: Fate | undefined): number => (fate?.kind === "wait" ? fate.delaySeconds : 0);

/** What a message whose jobs do not all wait (or one of which is out of attempts) does with its waiting ones. */
interface Split {
  carrier: Carrier;
  resend: { job: Delivery["job"]; delaySeconds: number }[];
  deadLetters: Delivery[];
}

/**
 * Acks or retries each message once all its jobs have a fate (docs/scaling.md, "Many SMS per queue
 * message"). A message whose jobs are all written is acked. A message whose jobs all wait is given back
 * to the queue (the next delivery counts for each of them). A message of which only some jobs wait is
 * acked after its waiting jobs are re-sent, carrying their attempt count (`prior_attempts`), packed with the
 * other waiting jobs of the batch that have the same delay; a job that failed on its last attempt is
 * dead-lettered by the consumer instead (the queue cannot: it counts a message's deliveries, not the job's).
 * If that re-send or dead-lettering fails, the whole message is given back: its written jobs are written
 * again without effect (idempotent writes).
 */
export async function settle(
  carriers: Carrier[],
  fates: Fates,
  env: ConsumerEnv,
  dbOf: (userId: string) => Db,
): Promise<void> {
  const splits: Split[] = [];
  for (const carrier of carriers) {
    const { message, deliveries } = carrier;
    const waits = deliveries.filter((d) => waiting(fates.get(d)));
    if (waits.length === 0) message.ack();
    else if (waits.length === deliveries.length && !waits.some((d) => finalFailure(d, fates)))
      message.retry({ delaySeconds: Math.max(...waits.map((d) => delayOf(fates.get(d)))) });
    else splits.push(splitOf(carrier, waits, fates));
  }
  if (splits.length === 0) return;
  try {
    await resend(
      env,
      splits.flatMap((s) => s.resend),
    );
    const letters = splits.flatMap((s) => s.deadLetters);
    // Each job's dead letter goes to its user's D1 database.
    for (const letter of letters.map(letterOf)) await recordDeadLetters(dbOf(letter.userId), [letter], Date.now());
    for (const { carrier } of splits) carrier.message.ack();
  } catch (error) {
    console.error("re-send of waiting jobs failed; their messages go back to the queue", errorText(error));
    for (const { carrier, resend: r } of splits)
      carrier.message.retry({ delaySeconds: Math.max(0, ...r.map((x) => x.delaySeconds)) });
  }
}

const finalFailure = (d: Delivery, fates: Fates): boolean => {
  const fate = fates.get(d);
  return fate?.kind === "wait" && fate.failed && isFinalAttempt(d.attempts, QUEUE_MAX_RETRIES);
};

function splitOf(carrier: Carrier, waits: Delivery[], fates: Fates): Split {
  const split: Split = { carrier, resend: [], deadLetters: [] };
  for (const d of waits) {
    if (finalFailure(d, fates)) split.deadLetters.push(d);
    else split.resend.push({ job: { ...d.job, prior_attempts: d.attempts }, delaySeconds: delayOf(fates.get(d)) });
  }
  return split;
}

const letterOf = (d: Delivery) => ({
  userId: d.job.user_id,
  smsId: d.job.sms_id,
  ingestionId: d.job.ingestion_id,
  attempts: d.attempts,
});

/** Re-sends waiting jobs, each to its user's queue shard. */
async function resend(env: ConsumerEnv, jobs: Split["resend"]): Promise<void> {
  const byQueue = new Map<Queue, Split["resend"]>();
  for (const entry of jobs) {
    const queue = queueFor(env, entry.job.user_id);
    byQueue.set(queue, [...(byQueue.get(queue) ?? []), entry]);
  }
  for (const [queue, entries] of byQueue) await sendWaitingJobs(queue, entries);
}

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));
