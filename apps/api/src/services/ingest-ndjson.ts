import { MAX_BODY_CHARS, MAX_NDJSON_LINES, NDJSON_CHUNK_MESSAGES } from "@smsledger/config";
import { IncomingSms } from "@smsledger/core";
import { QuotaExceeded, type Storage } from "@smsledger/db";
import { ndjsonLines } from "../lib/ndjson";
import { fieldIssues, type FieldIssue } from "../lib/problem";
import { EnqueueFailed, ingestChunk, startIngestion, type IngestTarget } from "./ingest";

const MAX_LINE_CHARS = MAX_BODY_CHARS * 2 + 1024;
const MAX_REPORTED_ERRORS = 100;

export interface NdjsonIngestResult {
  ingestion_id: string;
  accepted: number;
  duplicates: number;
  rejected: number;
  errors: { line: number; fields: FieldIssue[] }[];
  /** Set when the upload stopped early: the first line that was not recorded. Re-send from there (or all). */
  incomplete?: { reason: string; resume_from_line: number };
  /** Set when it stopped at the storage quota: the quota, and the usage when it stopped. */
  quota?: Storage;
  usage?: Storage;
}

const encoder = new TextEncoder();
const smsBytes = (sms: IncomingSms) => encoder.encode(sms.sender).length + encoder.encode(sms.body).length;

/** How many SMS at the head of `chunk` fit in what is left of the quota (counting each as new). */
function fittingHead(chunk: IncomingSms[], error: QuotaExceeded): number {
  let sms = error.quota.sms - error.usage.sms;
  let bytes = error.quota.bytes - error.usage.bytes;
  let n = 0;
  for (const message of chunk) {
    sms -= 1;
    bytes -= smsBytes(message);
    if (sms < 0 || bytes < 0) break;
    n++;
  }
  return n;
}

/**
 * A full-history upload in NDJSON: one SMS per line, streamed (never buffered whole) and ingested
 * in chunks. Each bad line is rejected on its own and reported; the good ones are kept. If the queue
 * stays unavailable, the upload stops after the last chunk that was fully enqueued. At the storage
 * quota, the lines that still fit are kept (in order) and the upload stops at the first that does not.
 */
export async function ingestNdjson(target: IngestTarget, body: ReadableStream<Uint8Array>): Promise<NdjsonIngestResult> {
  await startIngestion(target);
  const result: NdjsonIngestResult = { ingestion_id: target.ingestionId, accepted: 0, duplicates: 0, rejected: 0, errors: [] };
  let chunk: IncomingSms[] = [];
  let chunkLines: number[] = [];

  const reject = (line: number, fields: FieldIssue[]) => {
    result.rejected++;
    if (result.errors.length < MAX_REPORTED_ERRORS) result.errors.push({ line, fields });
  };
  const queueUnavailable = () => ({ reason: "queue_unavailable", resume_from_line: chunkLines[0] as number });
  const record = async (messages: IncomingSms[]) => {
    const counts = await ingestChunk(target, messages);
    result.accepted += counts.accepted;
    result.duplicates += counts.duplicates;
  };
  /** Stores the head of the chunk that fits in the quota, then stops the upload at the first line left. */
  const stopAtQuota = async (error: QuotaExceeded) => {
    const head = fittingHead(chunk, error);
    let stored = 0;
    if (head > 0) {
      try {
        await record(chunk.slice(0, head));
        stored = head;
      } catch (again) {
        if (again instanceof EnqueueFailed) {
          result.incomplete = queueUnavailable();
          return;
        }
        if (!(again instanceof QuotaExceeded)) throw again;
        error = again;
      }
    }
    result.incomplete = { reason: "quota_exceeded", resume_from_line: chunkLines[stored] as number };
    result.quota = error.quota;
    result.usage = error.usage;
  };
  const flush = async (): Promise<boolean> => {
    if (chunk.length === 0) return true;
    try {
      await record(chunk);
      chunk = [];
      chunkLines = [];
      return true;
    } catch (error) {
      if (error instanceof QuotaExceeded) await stopAtQuota(error);
      else if (error instanceof EnqueueFailed) result.incomplete = queueUnavailable();
      else throw error;
      return false;
    }
  };

  let overLines = 0;
  for await (const line of ndjsonLines(body, MAX_LINE_CHARS)) {
    if (line.number > MAX_NDJSON_LINES) {
      overLines = line.number;
      break;
    }
    if (line.tooLong) {
      reject(line.number, [{ field: "(line)", message: `longer than ${MAX_LINE_CHARS} characters` }]);
      continue;
    }
    let json: unknown;
    try {
      json = JSON.parse(line.text);
    } catch {
      reject(line.number, [{ field: "(line)", message: "invalid JSON" }]);
      continue;
    }
    const sms = IncomingSms.safeParse(json);
    if (!sms.success) {
      reject(line.number, fieldIssues(sms.error));
      continue;
    }
    chunk.push(sms.data);
    chunkLines.push(line.number);
    if (chunk.length >= NDJSON_CHUNK_MESSAGES && !(await flush())) return result;
  }
  // The lines read before the line cap are recorded too; then the upload stops there.
  if ((await flush()) && overLines) result.incomplete = { reason: `over ${MAX_NDJSON_LINES} lines`, resume_from_line: overLines };
  return result;
}
