import type { ConsumerEnv } from "../bindings";
import {
  failIfPoisoned,
  histogram,
  maybeFail,
  parseFaults,
  retryDelaySeconds,
  SmsJob,
  type FaultRates,
} from "@smsledger/core";
import { groupByDb, insertBatchMetrics, recordRetries, writeOutcomes, type Db, type SmsOutcome } from "@smsledger/db";
import { bump, emptyStats, type BatchStats } from "../metrics/stats";
import { upstreamSettings } from "../upstream/settings";
import { isolate, isolationBudget, type IsolationBudget } from "./isolate";
import { outcomeOf } from "./outcome";
import { readBatch, type Resolution } from "./read-batch";

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

/** What every part of one delivered batch shares while it is processed (and isolated on failure). */
interface BatchRun {
  queue: string;
  env: ConsumerEnv;
  /** The D1 database of every delivery's user (a batch is processed per database it touches). */
  db: Db;
  faults: FaultRates;
  budget: IsolationBudget;
}

/**
 * Reads every message of a batch (rules, templates, upstream LLM), writes all readings, the audit
 * events and the batch's metrics in one D1 batch, then acks each written message. Messages waiting
 * for an upstream permit go back to the queue with a delay instead of sleeping. If the read or the
 * write fails, the batch is split in halves and each is processed on its own (./isolate.ts), so the
 * good messages are stored and acked now and only a message that fails on its own is retried with
 * exponential backoff on its attempt count (after max_retries the queue dead-letters it alone); a
 * redelivery adds nothing (idempotent writes). Deliveries are grouped by their user's D1 database
 * (D1_SHARDS) first: one D1 write, metrics row included, per database touched.
 */
export async function processBatch(batch: MessageBatch<unknown>, env: ConsumerEnv): Promise<void> {
  const faults = parseFaults(env.FAULTS, env.ENVIRONMENT);
  maybeFail("consumerThrow", faults);
  const budget = isolationBudget();
  for (const [db, deliveries] of groupByDb(env, validJobs(batch), ({ job }) => job.user_id))
    await processDeliveries(deliveries, { queue: batch.queue, env, db, faults, budget });
}

async function processDeliveries(deliveries: Delivery[], run: BatchRun): Promise<void> {
  const { env, faults, db } = run;
  const stats = emptyStats();
  try {
    const resolutions = await readBatch(
      deliveries.map(({ message, job }) => ({ job, attempts: message.attempts })),
      { env, upstream: upstreamSettings(env), faults, stats },
    );
    const now = Date.now();
    const outcomes: SmsOutcome[] = [];
    for (const [i, { message, job }] of deliveries.entries()) {
      const resolution = resolutions[i] as Resolution;
      if (resolution.kind !== "read") continue;
      const outcome = await outcomeOf(job, resolution.result, message.attempts, resolution.review === true);
      outcomes.push(outcome);
      count(stats, outcome, resolution.path, now - job.accepted_at);
    }
    maybeFail("d1Fail", faults);
    failIfPoisoned(
      deliveries.map(({ job }) => job.body),
      faults,
    );
    // One D1 batch: outcomes, the regrouping of the ledger around them (redone if a concurrent batch of
    // the same user won the ledger-version check) and the metrics row.
    await writeOutcomes(db, outcomes, now, [metricsRow(db, run.queue, stats, now)]);
    for (const [i, { message }] of deliveries.entries()) {
      const resolution = resolutions[i] as Resolution;
      if (resolution.kind === "read") message.ack();
      else message.retry({ delaySeconds: resolution.delaySeconds });
    }
  } catch (error) {
    await isolate(deliveries, error, run.budget, {
      retry: (part) => processDeliveries(part, run),
      giveUp: (part, cause) => retryAll(db, part, cause, env),
    });
  }
}

function count(stats: BatchStats, outcome: SmsOutcome, path: string, lagMs: number): void {
  stats.messages++;
  bump(stats.byIntent, outcome.intent ?? "unknown");
  bump(stats.byPath, path);
  bump(stats.byState, outcome.state);
  stats.lagMs.push(lagMs);
  if (outcome.attempts > 1) stats.retries++;
}

function metricsRow(db: Db, queue: string, stats: BatchStats, at: number) {
  return insertBatchMetrics(db, {
    at,
    queue,
    messages: stats.messages,
    byIntent: stats.byIntent,
    byPath: stats.byPath,
    byState: stats.byState,
    templateHits: stats.templateHits,
    templateMisses: stats.templateMisses,
    upstreamCalls: stats.upstreamCalls,
    upstreamOk: stats.upstreamOk,
    upstreamLatency: histogram(stats.upstreamLatencyMs),
    deferred: stats.deferred,
    retries: stats.retries,
    deadLetters: 0,
    lag: histogram(stats.lagMs),
  });
}

async function retryAll(db: Db, deliveries: Delivery[], error: unknown, env: ConsumerEnv): Promise<void> {
  const reason = error instanceof Error ? error.message : String(error);
  console.error(`giving ${deliveries.length} message(s) back to the queue`, reason);
  const backoff = {
    baseSeconds: Number(env.RETRY_BASE_SECONDS ?? 2),
    maxSeconds: Number(env.RETRY_MAX_SECONDS ?? 300),
  };
  for (const { message } of deliveries) message.retry({ delaySeconds: retryDelaySeconds(message.attempts, backoff) });
  try {
    await recordRetries(
      db,
      deliveries.map(({ message, job }) => ({
        userId: job.user_id,
        smsId: job.sms_id,
        error: reason,
        attempts: message.attempts,
      })),
    );
  } catch {
    // D1 itself may be what failed; the queue still holds the messages.
  }
}
