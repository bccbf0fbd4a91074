import { MAX_BODY_CHARS, MAX_NDJSON_LINES, NDJSON_CHUNK_MESSAGES } from "@smsledger/config";
import { IncomingSms } from "@smsledger/core";
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
}

/**
 * A full-history upload in NDJSON: one SMS per line, streamed (never buffered whole) and ingested
 * in chunks. Each bad line is rejected on its own and reported; the good ones are kept. If the queue
 * stays unavailable, the upload stops after the last chunk that was fully enqueued.
 */
export async function ingestNdjson(target: IngestTarget, body: ReadableStream<Uint8Array>): Promise<NdjsonIngestResult> {
  await startIngestion(target);
  const result: NdjsonIngestResult = { ingestion_id: target.ingestionId, accepted: 0, duplicates: 0, rejected: 0, errors: [] };
  let chunk: IncomingSms[] = [];
  let chunkFirstLine = 1;

  const reject = (line: number, fields: FieldIssue[]) => {
    result.rejected++;
    if (result.errors.length < MAX_REPORTED_ERRORS) result.errors.push({ line, fields });
  };
  const flush = async (): Promise<boolean> => {
    if (chunk.length === 0) return true;
    try {
      const counts = await ingestChunk(target, chunk);
      result.accepted += counts.accepted;
      result.duplicates += counts.duplicates;
      chunk = [];
      return true;
    } catch (error) {
      if (!(error instanceof EnqueueFailed)) throw error;
      result.incomplete = { reason: "queue_unavailable", resume_from_line: chunkFirstLine };
      return false;
    }
  };

  for await (const line of ndjsonLines(body, MAX_LINE_CHARS)) {
    if (line.number > MAX_NDJSON_LINES) {
      result.incomplete = { reason: `over ${MAX_NDJSON_LINES} lines`, resume_from_line: line.number };
      break;
    }
    if (chunk.length === 0) chunkFirstLine = line.number;
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
    if (chunk.length >= NDJSON_CHUNK_MESSAGES && !(await flush())) return result;
  }
  if (!result.incomplete) await flush();
  return result;
}
