import { createMiddleware } from "hono/factory";
import { MAX_JSON_REQUEST_BYTES } from "@smsledger/config";
import type { AppEnv } from "../env";
import { readCapped } from "../lib/body";
import { problem } from "../lib/problem";
import { bodyTooLarge } from "./body-limit";

const mediaType = (header: string | undefined) => (header ?? "").split(";")[0]?.trim().toLowerCase() ?? "";

const NDJSON_TYPES = ["application/x-ndjson", "application/ndjson"];

/** Whether `POST /v1/sms` is an NDJSON upload (streamed by the handler, never read here). */
export const isNdjson = (header: string | undefined) => NDJSON_TYPES.includes(mediaType(header));

/**
 * Runs before the route's validator on `POST /v1/sms`. 415 for a type other than JSON or NDJSON. A JSON
 * body is capped while it streams in (413), must be UTF-8 (400 invalid_encoding) and JSON (400 invalid_json);
 * then the validator reads it. An NDJSON body is left untouched for the handler to stream.
 */
export const readIngestBody = createMiddleware<AppEnv>(async (c, next) => {
  const header = c.req.header("content-type");
  if (isNdjson(header)) return next();
  const type = mediaType(header);
  if (type !== "application/json") {
    return problem(c, 415, "unsupported_media_type", "Send application/json or application/x-ndjson", [
      { field: "content-type", message: `got ${type || "none"}` },
    ]);
  }
  const bytes = await readCapped(c.req.raw, MAX_JSON_REQUEST_BYTES);
  if (!bytes) return bodyTooLarge(c, MAX_JSON_REQUEST_BYTES);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    JSON.parse(text);
  } catch (error) {
    if (error instanceof SyntaxError) {
      return problem(c, 400, "invalid_json", "The body is not valid JSON", [
        { field: "(body)", message: "invalid JSON" },
      ]);
    }
    return problem(c, 400, "invalid_encoding", "The body is not valid UTF-8", [
      { field: "(body)", message: "invalid UTF-8" },
    ]);
  }
  // The validator parses it again: under 2 MiB, that costs less than a second code path would.
  c.req.raw = new Request(c.req.raw, { body: text });
  await next();
});
