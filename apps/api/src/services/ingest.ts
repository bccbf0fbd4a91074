import { enqueueJobs, smsId, type IncomingSms, type SmsJob } from "@smsledger/core";
import { createIngestion, discardSms, insertQueuedSms, type Db, type Storage } from "@smsledger/db";

/** Raised when SMS were recorded but could not be enqueued; those records were rolled back. */
export class EnqueueFailed extends Error {}

export interface IngestTarget {
  db: Db;
  queue: Queue;
  userId: string;
  ingestionId: string;
  format: "json" | "ndjson";
  /** The user's storage quota: a chunk that would pass it is refused whole (QuotaExceeded). */
  quota: Storage;
  /** Time of the last chunk recorded, so that each chunk's time is unique (see insertQueuedSms). */
  lastChunkAt?: number;
}

export function newIngestionId(): string {
  return `ing_${crypto.randomUUID().replaceAll("-", "")}`;
}

export async function startIngestion(target: IngestTarget): Promise<void> {
  await createIngestion(target.db, { id: target.ingestionId, userId: target.userId, format: target.format });
}

/**
 * Accepts a chunk of a user's SMS: gives each a deterministic id, records the new ones in D1 and
 * enqueues them. SMS the user already sent count as duplicates and are not enqueued again.
 * All or nothing: if the enqueue fails, this chunk's new records are removed and EnqueueFailed is thrown;
 * if the new SMS would pass the user's storage quota, nothing is recorded and QuotaExceeded is thrown.
 */
export async function ingestChunk(
  target: IngestTarget,
  messages: IncomingSms[],
): Promise<{ accepted: number; duplicates: number }> {
  const { db, queue, userId, ingestionId } = target;
  const at = Math.max(Date.now(), (target.lastChunkAt ?? 0) + 1);
  target.lastChunkAt = at;
  const ids = await Promise.all(messages.map((message) => smsId(userId, message)));
  const byId = new Map<string, SmsJob>();
  messages.forEach((message, i) => {
    const id = ids[i] as string;
    if (byId.has(id)) return;
    byId.set(id, {
      user_id: userId,
      sms_id: id,
      ingestion_id: ingestionId,
      sender: message.sender,
      body: message.body,
      received_at: message.received_at,
      accepted_at: at,
    });
  });
  const jobs = [...byId.values()];
  const inserted = await insertQueuedSms(
    db,
    { id: ingestionId, userId, format: target.format },
    jobs.map((job) => [job.sms_id, job.sender, job.body, job.received_at]),
    messages.length,
    at,
    target.quota,
  );
  try {
    await enqueueJobs(
      queue,
      jobs.filter((job) => inserted.has(job.sms_id)),
    );
  } catch (cause) {
    await discardSms(db, userId, ingestionId, [...inserted], target.format === "json");
    throw new EnqueueFailed("enqueue failed", { cause });
  }
  return { accepted: inserted.size, duplicates: messages.length - inserted.size };
}
