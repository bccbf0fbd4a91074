import { QUEUE_BILLING_UNIT_BYTES, QUEUE_PACK_MAX_JOBS } from "@smsledger/config";
import { chunkByBytes } from "../chunk";
import type { SmsJob, SmsPack } from "../schemas/job";

// Headroom for the queue's own envelope around a message body.
const ENVELOPE_BYTES = 256;
/** Bytes of jobs one pack may hold so that the message stays within one billed 64 KB operation. */
export const PACK_MAX_BYTES = QUEUE_BILLING_UNIT_BYTES - ENVELOPE_BYTES - 16;

/** UTF-8 length of a string without encoding it (a lone surrogate counts as the 3 bytes of U+FFFD). */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (code < 0x800) bytes += 1;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 2; // a pair: 2 UTF-16 units, 4 bytes
        i++;
      } else bytes += 2;
    } else bytes += 2;
  }
  return bytes;
}

/** A job's exact size in a pack's JSON (its encoding plus the separating comma). */
export function jobJsonBytes(job: SmsJob): number {
  return utf8Length(JSON.stringify(job)) + 1;
}

/**
 * Packs jobs into queue messages of at most `maxJobs` jobs and `maxBytes` bytes of JSON, in order. A job
 * larger than `maxBytes` (a body of 4,096 escaped characters) gets a pack of its own: it still fits the
 * 128 KB message cap, and costs two billed operations instead of one.
 */
export function packJobs(jobs: readonly SmsJob[], maxJobs = QUEUE_PACK_MAX_JOBS, maxBytes = PACK_MAX_BYTES): SmsPack[] {
  return chunkByBytes(jobs, maxJobs, maxBytes, jobJsonBytes).map((pack) => ({ pack }));
}

/** The size of a pack's message body in bytes. */
export function packBytes(pack: SmsPack): number {
  return utf8Length(JSON.stringify(pack));
}
