import { Hono } from "hono";
import { MAX_JSON_REQUEST_BYTES } from "@smsledger/config";
import { IngestRequest, type SmsItem } from "@smsledger/core";
import { getSms, transactions } from "@smsledger/db";
import { and, eq } from "drizzle-orm";
import type { AppEnv } from "../env";
import { fieldIssues, problem } from "../lib/problem";
import { EnqueueFailed, ingest } from "../services/ingest";
import { toTransactionItem } from "../views/transaction";

export const smsRoutes = new Hono<AppEnv>();

smsRoutes.post("/", async (c) => {
  const type = (c.req.header("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
  if (type !== "application/json") {
    return problem(c, 415, "unsupported_media_type", "Send application/json", [{ field: "content-type", message: `got ${type || "none"}` }]);
  }
  const length = Number(c.req.header("content-length") ?? "0");
  if (length > MAX_JSON_REQUEST_BYTES) {
    return problem(c, 413, "payload_too_large", `JSON requests are limited to ${MAX_JSON_REQUEST_BYTES} bytes`);
  }
  const text = await c.req.text();
  if (new TextEncoder().encode(text).length > MAX_JSON_REQUEST_BYTES) {
    return problem(c, 413, "payload_too_large", `JSON requests are limited to ${MAX_JSON_REQUEST_BYTES} bytes`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return problem(c, 400, "invalid_json", "The body is not valid JSON", [{ field: "(body)", message: "invalid JSON" }]);
  }
  const parsed = IngestRequest.safeParse(json);
  if (!parsed.success) return problem(c, 400, "invalid_request", "Some fields are invalid", fieldIssues(parsed.error));
  try {
    const result = await ingest(c.get("db"), c.env.SMS_QUEUE, c.get("userId"), parsed.data.messages, "json");
    return c.json(result, 202);
  } catch (error) {
    if (error instanceof EnqueueFailed) {
      c.header("Retry-After", "5");
      return problem(c, 503, "queue_unavailable", "The queue refused the messages; nothing was recorded. Retry later.");
    }
    throw error;
  }
});

smsRoutes.get("/:id", async (c) => {
  const db = c.get("db");
  const userId = c.get("userId");
  const row = await getSms(db, userId, c.req.param("id"));
  if (!row) return problem(c, 404, "not_found", "No such SMS");
  const txs = await db
    .select()
    .from(transactions)
    .where(and(eq(transactions.userId, userId), eq(transactions.smsId, row.id)))
    .all();
  const item: SmsItem = {
    id: row.id,
    ingestion_id: row.ingestionId,
    sender: row.sender,
    body: row.body,
    received_at: row.receivedAt,
    state: row.state,
    intent: row.intent as SmsItem["intent"],
    parser: row.parser,
    confidence: row.confidence,
    error: row.error,
    transactions: txs.map(toTransactionItem),
  };
  return c.json(item);
});
