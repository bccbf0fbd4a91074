import { DEFAULT_USER_QUOTA_BYTES, DEFAULT_USER_QUOTA_SMS } from "@smsledger/config";
import type { ApiEnv } from "@smsledger/config/env";
import type { Storage } from "@smsledger/db";

/** A positive integer from a var, else the default. */
function positive(text: string | undefined, fallback: number): number {
  const value = Number(text);
  return text && Number.isSafeInteger(value) && value > 0 ? value : fallback;
}

/** The per-user storage quota: `USER_QUOTA_SMS` and `USER_QUOTA_BYTES`, else the defaults. */
export function storageQuota(env: Pick<ApiEnv, "USER_QUOTA_SMS" | "USER_QUOTA_BYTES">): Storage {
  return { sms: positive(env.USER_QUOTA_SMS, DEFAULT_USER_QUOTA_SMS), bytes: positive(env.USER_QUOTA_BYTES, DEFAULT_USER_QUOTA_BYTES) };
}
