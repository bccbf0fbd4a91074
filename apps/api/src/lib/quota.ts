import { DEFAULT_USER_QUOTA_BYTES, DEFAULT_USER_QUOTA_SMS } from "@smsledger/config";
import type { ApiEnv } from "../bindings";
import type { Storage } from "@smsledger/db";

/** A positive integer from a var, else the default. */
function positive(text: string | undefined, fallback: number): number {
  const value = Number(text);
  return text && Number.isSafeInteger(value) && value > 0 ? value : fallback;
}

/** The per-user storage quota: `USER_QUOTA_SMS` and `USER_QUOTA_BYTES`, else the defaults. */
export function storageQuota(env: Pick<ApiEnv, "USER_QUOTA_SMS" | "USER_QUOTA_BYTES">): Storage {
  return {
    sms: positive(env.USER_QUOTA_SMS, DEFAULT_USER_QUOTA_SMS),
    bytes: positive(env.USER_QUOTA_BYTES, DEFAULT_USER_QUOTA_BYTES),
  };
}

const encoder = new TextEncoder();

/** How many SMS at the head of `messages` fit in what `quota` leaves after `usage` (each counted as new). */
export function fittingHead(messages: { sender: string; body: string }[], quota: Storage, usage: Storage): number {
  let sms = quota.sms - usage.sms;
  let bytes = quota.bytes - usage.bytes;
  let n = 0;
  for (const message of messages) {
    sms -= 1;
    bytes -= encoder.encode(message.sender).length + encoder.encode(message.body).length;
    if (sms < 0 || bytes < 0) break;
    n++;
  }
  return n;
}
