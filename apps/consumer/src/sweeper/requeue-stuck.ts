import type { ConsumerEnv } from "../bindings";
import { enqueueJobs, queueFor, type SmsJob } from "@smsledger/core";
import { allDbs, jobOf, stuckQueuedSms } from "@smsledger/db";

/** An SMS still `queued` this long after it was accepted has lost its queue message (e.g. the API died mid-request). */
export const STUCK_AFTER_MS = 2 * 3_600_000;
/**
 * How far back a run looks past STUCK_AFTER_MS: every SMS is looked at by the 184 runs (every 15 min) of
 * these 46 hours, so a cron outage of up to two days, or a re-enqueued message lost again, is still caught,
 * while a run reads only the window's SMS rows (no index of queued SMS is kept: it cost two D1 rows
 * written per SMS). Rows read cost a thousandth of rows written; an SMS still `queued` after 48 hours is
 * left visible as `queued` (GET /v1/sms?state=queued) rather than swept.
 */
export const SWEEP_WINDOW_MS = 46 * 3_600_000;
const PER_RUN = 1_000;

/**
 * Cron safety net for "every accepted SMS ends in exactly one terminal state": re-enqueues SMS that
 * are still `queued` long after every retry would have ended. Processing is idempotent, so a message
 * that was merely slow is not harmed by a second copy. Each D1 database (D1_SHARDS) is swept in turn,
 * up to PER_RUN SMS each.
 */
export async function requeueStuck(env: ConsumerEnv, now = Date.now()): Promise<number> {
  const before = now - STUCK_AFTER_MS;
  const jobs: SmsJob[] = [];
  for (const db of allDbs(env))
    for (const row of await stuckQueuedSms(db, before - SWEEP_WINDOW_MS, before, PER_RUN)) jobs.push(jobOf(row));
  const byQueue = new Map<Queue, SmsJob[]>();
  for (const job of jobs) {
    const queue = queueFor(env, job.user_id);
    byQueue.set(queue, [...(byQueue.get(queue) ?? []), job]);
  }
  for (const [queue, shardJobs] of byQueue) await enqueueJobs(queue, shardJobs);
  if (jobs.length > 0) console.warn("re-enqueued stuck SMS", jobs.length);
  return jobs.length;
}
