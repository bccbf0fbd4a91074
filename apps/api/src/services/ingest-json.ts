import { MAX_JSON_REQUEST_BYTES } from "@smsledger/config";
import { IngestRequest, type IngestResponse } from "@smsledger/core";
import { fieldIssues, type FieldIssue } from "../lib/problem";
import { isOverSizeCap } from "../lib/validation";
import { ingestChunk, type IngestTarget } from "./ingest";

export type JsonIngestResult =
  | { ok: true; response: IngestResponse }
  | { ok: false; status: 400 | 413; error: string; message: string; fields: FieldIssue[] };

/**
 * A JSON upload: validated whole before anything is written, then recorded and enqueued.
 * All or nothing: a rejected request writes and enqueues nothing.
 */
export async function ingestJson(target: IngestTarget, text: string): Promise<JsonIngestResult> {
  if (new TextEncoder().encode(text).length > MAX_JSON_REQUEST_BYTES) {
    return { ok: false, status: 413, error: "payload_too_large", message: `JSON requests are limited to ${MAX_JSON_REQUEST_BYTES} bytes`, fields: [{ field: "(body)", message: "too large" }] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, status: 400, error: "invalid_json", message: "The body is not valid JSON", fields: [{ field: "(body)", message: "invalid JSON" }] };
  }
  const parsed = IngestRequest.safeParse(json);
  if (!parsed.success) {
    const tooBig = isOverSizeCap(parsed.error);
    return {
      ok: false,
      status: tooBig ? 413 : 400,
      error: tooBig ? "payload_too_large" : "invalid_request",
      message: tooBig ? "Over a documented size cap" : "Some fields are invalid",
      fields: fieldIssues(parsed.error),
    };
  }
  const counts = await ingestChunk(target, parsed.data.messages);
  return { ok: true, response: { ingestion_id: target.ingestionId, ...counts } };
}
