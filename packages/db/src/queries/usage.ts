import { eq } from "drizzle-orm";
import type { Db } from "../client";
import { userUsage } from "../schema";

/** A user's storage quota, or usage: SMS stored and their bytes (UTF-8 sender + body). */
export interface Storage {
  sms: number;
  bytes: number;
}

/** Raised when a write would take a user past their storage quota; nothing of that write was stored. */
export class QuotaExceeded extends Error {
  constructor(
    readonly quota: Storage,
    readonly usage: Storage,
  ) {
    super(`storage quota exceeded: ${usage.sms}/${quota.sms} SMS, ${usage.bytes}/${quota.bytes} bytes`);
    this.name = "QuotaExceeded";
  }
}

const BYTES = "length(CAST(sender AS BLOB)) + length(CAST(body AS BLOB))";

/**
 * In the batch that records a chunk of an ingestion (same unique `at`, see afterQueuedStatements):
 * adds the SMS it recorded to the user's usage. The table's CHECK fails the whole batch when that
 * passes the quota, so a rejected chunk stores nothing.
 */
export function chargeUsageStatement(db: Db, ingestion: { id: string; userId: string }, at: number, quota: Storage) {
  return db.$client
    .prepare(
      `INSERT INTO user_usage (user_id, sms_count, sms_bytes, max_sms, max_bytes)
       SELECT ?2, n, b, ?4, ?5 FROM (
         SELECT count(*) AS n, coalesce(sum(${BYTES}), 0) AS b
         FROM sms INDEXED BY sms_user_created_idx WHERE user_id = ?2 AND created_at = ?3 AND ingestion_id = ?1
       ) WHERE n > 0
       ON CONFLICT (user_id) DO UPDATE SET sms_count = sms_count + excluded.sms_count, sms_bytes = sms_bytes + excluded.sms_bytes,
         max_sms = excluded.max_sms, max_bytes = excluded.max_bytes`,
    )
    .bind(ingestion.id, ingestion.userId, at, quota.sms, quota.bytes);
}

/** Before SMS are deleted, in the same batch: takes them off the user's usage. */
export function releaseUsageStatement(db: Db, userId: string, smsIds: string[]) {
  return db.$client
    .prepare(
      `UPDATE user_usage SET (sms_count, sms_bytes) = (
         SELECT sms_count - count(*), sms_bytes - coalesce(sum(${BYTES}), 0)
         FROM sms WHERE user_id = ?1 AND id IN (SELECT value FROM json_each(?2))
       ) WHERE user_id = ?1`,
    )
    .bind(userId, JSON.stringify(smsIds));
}

/** Whether a D1 error is the quota CHECK of user_usage. */
export function isQuotaViolation(error: unknown): boolean {
  const text = error instanceof Error ? `${error.message} ${String(error.cause ?? "")}` : String(error);
  return text.includes("user_usage_within_quota");
}

/** What a user stores now. */
export async function usageOf(db: Db, userId: string): Promise<Storage> {
  const row = await db.select().from(userUsage).where(eq(userUsage.userId, userId)).get();
  return { sms: row?.smsCount ?? 0, bytes: row?.smsBytes ?? 0 };
}
