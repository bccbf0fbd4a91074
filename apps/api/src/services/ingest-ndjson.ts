import { z } from "@hono/zod-openapi";
import { MAX_BODY_CHARS, MAX_NDJSON_LINES, NDJSON_CHUNK_MESSAGES } from "@smsledger/config";
import { IncomingSms } from "@smsledger/core";
import { QuotaExceeded } from "@smsledger/db";
import { ndjsonLines } from "../lib/ndjson";
import { fieldIssues, type FieldIssue } from "../lib/problem";
import { fittingHead } from "../lib/quota";
import { EnqueueFailed, ingestChunk, startIngestion, type IngestTarget } from "./ingest";

const MAX_LINE_CHARS = MAX_BODY_CHARS * 2 + 1024;
const MAX_REPORTED_ERRORS = 100;

const StorageFigures = z.object({ sms: z.number().int(), bytes: z.number().int() });

/** Answer of an NDJSON upload (202; 413 and 503 add `error` and `message`). */
export const NdjsonIngestResponse = z
  .object({
    ingestion_id: z.string(),
    accepted: z.number().int(),
    duplicates: z.number().int(),
    rejected: z.number().int(),
    errors: z.array(
      z.object({ line: z.number().int(), fields: z.array(z.object({ field: z.string(), message: z.string() })) }),
    ),
    /** Set when the upload stopped early: the first line that was not recorded. Re-send from there (or all). */
    incomplete: z.object({ reason: z.string(), resume_from_line: z.number().int() }).optional(),
    /** Set when it stopped at the storage quota: the quota, and the usage measured when it refused a chunk. */
    quota: StorageFigures.optional(),
    usage: StorageFigures.optional(),
  })
  .openapi("NdjsonIngestResponse");
export type NdjsonIngestResult = z.infer<typeof NdjsonIngestResponse>;

/**
 * A full-history upload in NDJSON: one SMS per line, streamed (never buffered whole) and ingested
 * in chunks. Each bad line is rejected on its own and reported; the good ones are kept. If the queue
 * stays unavailable, the upload stops after the last chunk that was fully enqueued. At the storage
 * quota, the lines that still fit are kept (in order) and the upload stops at the first that does not.
 */
export async function ingestNdjson(
  target: IngestTarget,
  body: ReadableStream<Uint8Array>,
): Promise<NdjsonIngestResult> {
  await startIngestion(target);
  const result: NdjsonIngestResult = {
    ingestion_id: target.ingestionId,
    accepted: 0,
    duplicates: 0,
    rejected: 0,
    errors: [],
  };
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
  /**
   * Stores the head of the chunk that fits in what the quota leaves, then stops the upload at the
   * first line left. Returns whether the upload goes on (the whole chunk fitted after all).
   */
  const storeWhatFits = async (error: QuotaExceeded): Promise<boolean> => {
    const head = fittingHead(chunk, error.quota, error.usage);
    try {
      if (head > 0) await record(chunk.slice(0, head));
    } catch (again) {
      if (again instanceof EnqueueFailed) result.incomplete = queueUnavailable();
      else if (again instanceof QuotaExceeded) stopAt(0, again);
      else throw again;
      return false;
    }
    if (head === chunk.length) return true;
    stopAt(head, error);
    return false;
  };
  const stopAt = (index: number, error: QuotaExceeded) => {
    result.incomplete = { reason: "quota_exceeded", resume_from_line: chunkLines[index] as number };
    result.quota = error.quota;
    result.usage = error.usage;
  };
  /** Records the chunk; returns whether the upload goes on. */
  const recordChunk = async (): Promise<boolean> => {
    try {
      await record(chunk);
      return true;
    } catch (error) {
      if (error instanceof QuotaExceeded) return storeWhatFits(error);
      if (!(error instanceof EnqueueFailed)) throw error;
      result.incomplete = queueUnavailable();
      return false;
    }
  };
  const flush = async (): Promise<boolean> => {
    if (chunk.length === 0) return true;
    const goOn = await recordChunk();
    if (goOn) {
      chunk = [];
      chunkLines = [];
    }
    return goOn;
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
  if ((await flush()) && overLines)
    result.incomplete = { reason: `over ${MAX_NDJSON_LINES} lines`, resume_from_line: overLines };
  return result;
}
