import { smsId, type IncomingSms, type IngestResponse, type SmsJob } from "@smsledger/core";
import { discardSms, insertIngestion, type Db } from "@smsledger/db";
import { enqueueJobs } from "./enqueue";

/** Raised when the SMS were recorded but could not be enqueued; the records were rolled back. */
export class EnqueueFailed extends Error {}

/**
 * Accepts a user's SMS: gives each a deterministic id, records the new ones in D1 and enqueues them.
 * SMS the user already sent count as duplicates and are not enqueued again. All or nothing:
 * if the enqueue fails, the new records are removed and EnqueueFailed is thrown.
 */
export async function ingest(
  db: Db,
  queue: Queue,
  userId: string,
  messages: IncomingSms[],
  format: "json" | "ndjson",
): Promise<IngestResponse> {
  const ingestionId = `ing_${crypto.randomUUID().replaceAll("-", "")}`;
  const acceptedAt = Date.now();
  const byId = new Map<string, SmsJob>();
  for (const message of messages) {
    const id = await smsId(userId, message);
    if (byId.has(id)) continue;
    byId.set(id, {
      user_id: userId,
      sms_id: id,
      ingestion_id: ingestionId,
      sender: message.sender,
      body: message.body,
      received_at: message.received_at,
      accepted_at: acceptedAt,
    });
  }
  const rows = [...byId.values()].map((job) => ({
    userId,
    id: job.sms_id,
    ingestionId,
    sender: job.sender,
    body: job.body,
    receivedAt: job.received_at,
  }));
  const inserted = await insertIngestion(db, { id: ingestionId, userId, format }, rows);
  const jobs = [...byId.values()].filter((job) => inserted.has(job.sms_id));
  try {
    await enqueueJobs(queue, jobs);
  } catch (cause) {
    await discardSms(db, userId, [...inserted]);
    throw new EnqueueFailed("enqueue failed", { cause });
  }
  return { ingestion_id: ingestionId, accepted: inserted.size, duplicates: messages.length - inserted.size };
}
