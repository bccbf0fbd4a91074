import type { ConsumerEnv } from "../bindings";
import { failIfPoisoned, histogram, maybeFail, parseFaults, retryDelaySeconds, type FaultRates } from "@smsledger/core";
import {
  dbFor,
  groupByDb,
  insertBatchMetrics,
  recordRetries,
  writeOutcomes,
  type Db,
  type SmsOutcome,
} from "@smsledger/db";
import { bump, emptyStats, type BatchStats } from "../metrics/stats";
import { upstreamSettings } from "../upstream/settings";
import { isolate, isolationBudget, type IsolationBudget } from "./isolate";
import { outcomeOf } from "./outcome";
import { readBatch, type Resolution } from "./read-batch";
import { carriersOf, type Delivery } from "./deliveries";
import { settle, type Fates } from "./settle";

/** What every part of one delivered batch shares while it is processed (and isolated on failure). */
interface BatchRun {
  queue: string;
  env: ConsumerEnv;
  /** The D1 database of every delivery's user (a batch is processed per database it touches). */
  db: Db;
  faults: FaultRates;
  budget: IsolationBudget;
  /** What became of each job; the messages are acked or retried from it once the batch is done. */
  fates: Fates;
}

/**
 * Reads every job of a batch (rules, templates, upstream LLM; a message carries one job or a pack of
 * them), writes all readings, the audit events and the batch's metrics in one D1 batch per D1 database
 * (D1_SHARDS) the batch's users live in. Jobs waiting for an upstream permit wait in the queue with a
 * delay instead of sleeping. If the read or the write fails, the jobs are split in halves and each is
 * processed on its own (./isolate.ts), so the good jobs are stored now and only a job that fails on its
 * own waits, with exponential backoff on its attempt count. Then each message is acked or retried from
 * its jobs' fates (./settle.ts: the waiting jobs of a pack are re-sent, and a job is dead-lettered alone
 * after its last attempt); a redelivery adds nothing (idempotent writes).
 */
export async function processBatch(batch: MessageBatch<unknown>, env: ConsumerEnv): Promise<void> {
  const faults = parseFaults(env.FAULTS, env.ENVIRONMENT);
  maybeFail("consumerThrow", faults);
  const carriers = carriersOf(batch);
  const budget = isolationBudget();
  const fates: Fates = new Map();
  const deliveries = carriers.flatMap((c) => c.deliveries);
  for (const [db, part] of groupByDb(env, deliveries, ({ job }) => job.user_id))
    await processDeliveries(part, { queue: batch.queue, env, db, faults, budget, fates });
  await settle(carriers, fates, env, (userId) => dbFor(env, userId));
}

async function processDeliveries(deliveries: Delivery[], run: BatchRun): Promise<void> {
  const { env, faults, db } = run;
  const stats = emptyStats();
  try {
    const resolutions = await readBatch(
      deliveries.map(({ job, attempts }) => ({ job, attempts })),
      { env, upstream: upstreamSettings(env), faults, stats },
    );
    const now = Date.now();
    const outcomes: SmsOutcome[] = [];
    for (const [i, { job, attempts }] of deliveries.entries()) {
      const resolution = resolutions[i] as Resolution;
      if (resolution.kind !== "read") continue;
      const outcome = await outcomeOf(job, resolution.result, attempts, resolution.review === true);
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
    for (const [i, delivery] of deliveries.entries()) {
      const resolution = resolutions[i] as Resolution;
      run.fates.set(
        delivery,
        resolution.kind === "read"
          ? { kind: "done" }
          : { kind: "wait", delaySeconds: resolution.delaySeconds, failed: false },
      );
    }
  } catch (error) {
    await isolate(deliveries, error, run.budget, {
      retry: (part) => processDeliveries(part, run),
      giveUp: (part, cause) => retryAll(db, part, cause, run),
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

async function retryAll(db: Db, deliveries: Delivery[], error: unknown, run: BatchRun): Promise<void> {
  const { env } = run;
  const reason = error instanceof Error ? error.message : String(error);
  console.error(`${deliveries.length} job(s) wait for another delivery`, reason);
  const backoff = {
    baseSeconds: Number(env.RETRY_BASE_SECONDS ?? 2),
    maxSeconds: Number(env.RETRY_MAX_SECONDS ?? 300),
  };
  for (const delivery of deliveries)
    run.fates.set(delivery, {
      kind: "wait",
      delaySeconds: retryDelaySeconds(delivery.attempts, backoff),
      failed: true,
    });
  try {
    await recordRetries(
      db,
      deliveries.map(({ job, attempts }) => ({ userId: job.user_id, smsId: job.sms_id, error: reason, attempts })),
    );
  } catch {
    // D1 itself may be what failed; the queue still holds the messages.
  }
}
