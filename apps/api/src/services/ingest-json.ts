import type { IncomingSms, IngestResponse } from "@smsledger/core";
import { ingestChunk, type IngestTarget } from "./ingest";

/**
 * A JSON upload, already validated whole by the route: recorded and enqueued, all or nothing (a
 * rejected request writes and enqueues nothing; QuotaExceeded and EnqueueFailed are thrown).
 */
export async function ingestJson(target: IngestTarget, messages: IncomingSms[]): Promise<IngestResponse> {
  const counts = await ingestChunk(target, messages);
  return { ingestion_id: target.ingestionId, ...counts };
}
