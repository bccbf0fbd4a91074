import { createExecutionContext, createMessageBatch, getQueueResult } from "cloudflare:test";
import { env } from "cloudflare:workers";
import type { ConsumerEnv } from "../src/bindings";
import { POISON_MARKER, type SmsJob } from "@smsledger/core";
import worker from "../src/index";

export const testEnv = env as unknown as ConsumerEnv;

/** A copy of the test bindings with some vars changed (never mutating the shared env). */
export const envWith = (vars: Partial<ConsumerEnv>): ConsumerEnv => ({
  DB: testEnv.DB,
  SMS_QUEUE: testEnv.SMS_QUEUE,
  TEMPLATES: testEnv.TEMPLATES,
  RATE_LIMITER: testEnv.RATE_LIMITER,
  ENVIRONMENT: testEnv.ENVIRONMENT,
  TIME_ZONE: testEnv.TIME_ZONE,
  RETRY_BASE_SECONDS: "0",
  ...vars,
});

export function job(userId: string, smsId: string, sender: string, body: string): SmsJob {
  return {
    user_id: userId,
    sms_id: smsId,
    ingestion_id: "ing_test",
    sender,
    body,
    received_at: "2026-11-12T10:00:00+05:30",
    accepted_at: Date.now(),
  };
}

/**
 * `count` distinct UPI debits of one user (ids `<idPrefix>000`…, amounts from `firstAmount`, references from
 * `refBase`); those at `poisonAt` carry the poison marker.
 */
export function upiDebits(
  user: string,
  count: number,
  o: { idPrefix: string; firstAmount: number; refBase: number; poisonAt: number[] },
): SmsJob[] {
  return Array.from({ length: count }, (_, i) => {
    const ref = String(o.refBase + i * 7919).padStart(12, "0");
    const body = `Rs.${o.firstAmount + i}.00 debited from A/c XX4321 on 12-11-26 to VPA shop${i}@okaxis (UPI Ref No ${ref}) - HDFC Bank`;
    return job(
      user,
      `${o.idPrefix}${String(i).padStart(3, "0")}`,
      "VM-HDFCBK-S",
      o.poisonAt.includes(i) ? `${body} ${POISON_MARKER}` : body,
    );
  });
}

/** Records the SMS as the API does at ingestion (state `queued`). */
export async function recordQueued(j: SmsJob): Promise<void> {
  await testEnv.DB.prepare(
    "INSERT INTO sms (user_id, id, ingestion_id, sender, body, received_at) VALUES (?, ?, ?, ?, ?, ?)",
  )
    .bind(j.user_id, j.sms_id, j.ingestion_id, j.sender, j.body, j.received_at)
    .run();
}

/** Delivers jobs to the queue handler as one batch; returns what it acked and retried. */
export async function deliver(jobs: unknown[], options: { queue?: string; attempts?: number; env?: ConsumerEnv } = {}) {
  const batch = createMessageBatch(
    options.queue ?? "smsledger-sms",
    jobs.map((body, i) => ({
      id: `m${i}-${crypto.randomUUID()}`,
      timestamp: new Date(),
      attempts: options.attempts ?? 1,
      body,
    })),
  );
  const ctx = createExecutionContext();
  await worker.queue(batch, options.env ?? envWith({}));
  return getQueueResult(batch, ctx);
}
