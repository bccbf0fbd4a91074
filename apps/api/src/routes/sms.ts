import { Hono, type Context } from "hono";
import { MAX_JSON_REQUEST_BYTES } from "@smsledger/config";
import { queueFor } from "@smsledger/core";
import { deleteSms, getSms, listEvents, QuotaExceeded, transactionsOfSms } from "@smsledger/db";
import type { AppEnv } from "../env";
import { readCapped } from "../lib/body";
import { problem } from "../lib/problem";
import { storageQuota } from "../lib/quota";
import { bodyTooLarge } from "../middleware/body-limit";
import { limitIngestion } from "../middleware/rate-limit";
import { EnqueueFailed, newIngestionId, type IngestTarget } from "../services/ingest";
import { ingestJson } from "../services/ingest-json";
import { ingestNdjson } from "../services/ingest-ndjson";
import { toSmsItem } from "../views/sms";

export const smsRoutes = new Hono<AppEnv>();

const mediaType = (header: string | undefined) => (header ?? "").split(";")[0]?.trim().toLowerCase() ?? "";

const quotaMessage = (quota: QuotaExceeded["quota"]) =>
  `Over this user's storage quota of ${quota.sms} SMS and ${quota.bytes} bytes (sender + body, UTF-8)`;

/**
 * 413 for an upload past the user's storage quota, naming the quota and the usage. 413, not 429:
 * waiting does not help, only deleting SMS or a larger quota does (docs/decisions.md).
 */
function overQuota(c: Context<AppEnv>, error: QuotaExceeded) {
  const fields = [{ field: "messages", message: "would exceed the storage quota" }];
  const { quota, usage } = error;
  return c.json({ error: "quota_exceeded", message: quotaMessage(quota), fields, quota, usage }, 413);
}

/** NDJSON: streamed, each bad line rejected alone; 503 with where to resume if the queue stays unavailable. */
async function postNdjson(c: Context<AppEnv>, target: IngestTarget) {
  if (!c.req.raw.body) return problem(c, 400, "invalid_request", "Empty body", [{ field: "(body)", message: "empty" }]);
  const result = await ingestNdjson(target, c.req.raw.body);
  if (result.incomplete?.reason === "queue_unavailable") {
    c.header("Retry-After", "5");
    return c.json({ error: "queue_unavailable", message: "The queue refused messages; re-send from resume_from_line", ...result }, 503);
  }
  if (result.incomplete?.reason === "quota_exceeded" && result.quota) {
    return c.json({ error: "quota_exceeded", message: quotaMessage(result.quota), ...result }, 413);
  }
  return c.json(result, result.incomplete ? 413 : 202);
}

/** JSON: capped while it streams in, valid UTF-8, validated whole, then all or nothing. */
async function postJson(c: Context<AppEnv>, target: IngestTarget) {
  const bytes = await readCapped(c.req.raw, MAX_JSON_REQUEST_BYTES);
  if (!bytes) return bodyTooLarge(c, MAX_JSON_REQUEST_BYTES);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return problem(c, 400, "invalid_encoding", "The body is not valid UTF-8", [{ field: "(body)", message: "invalid UTF-8" }]);
  }
  try {
    const result = await ingestJson(target, text);
    if (!result.ok) return problem(c, result.status, result.error, result.message, result.fields);
    return c.json(result.response, 202);
  } catch (error) {
    if (error instanceof QuotaExceeded) return overQuota(c, error);
    if (!(error instanceof EnqueueFailed)) throw error;
    c.header("Retry-After", "5");
    return problem(c, 503, "queue_unavailable", "The queue refused the messages; nothing was recorded. Retry later.");
  }
}

smsRoutes.post("/", limitIngestion, async (c) => {
  const type = mediaType(c.req.header("content-type"));
  const ndjson = type === "application/x-ndjson" || type === "application/ndjson";
  if (!ndjson && type !== "application/json") {
    return problem(c, 415, "unsupported_media_type", "Send application/json or application/x-ndjson", [
      { field: "content-type", message: `got ${type || "none"}` },
    ]);
  }
  const userId = c.get("userId");
  const target: IngestTarget = {
    db: c.get("db"),
    queue: queueFor(c.env, userId),
    userId,
    ingestionId: newIngestionId(),
    format: ndjson ? "ndjson" : "json",
    quota: storageQuota(c.env),
  };
  return ndjson ? postNdjson(c, target) : postJson(c, target);
});

smsRoutes.get("/:id", async (c) => {
  const db = c.get("db");
  const userId = c.get("userId");
  const row = await getSms(db, userId, c.req.param("id"));
  if (!row) return problem(c, 404, "not_found", "No such SMS");
  const [txs, events] = await Promise.all([transactionsOfSms(db, userId, row.id), listEvents(db, userId, row.id)]);
  return c.json(toSmsItem(row, txs, events));
});

smsRoutes.delete("/:id", async (c) => {
  if (!(await deleteSms(c.get("db"), c.get("userId"), c.req.param("id")))) return problem(c, 404, "not_found", "No such SMS");
  return c.body(null, 204);
});
