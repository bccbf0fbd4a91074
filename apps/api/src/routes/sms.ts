import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { IncomingSms, IngestResponse, queueFor, SmsItem } from "@smsledger/core";
import { deleteSms, getSms, listEvents, QuotaExceeded, transactionsOfSms } from "@smsledger/db";
import type { AppEnv } from "../env";
import { IngestBody, Source, SOURCES, sourceOf, type IngestMessages } from "../forwarders";
import { problem } from "../lib/problem";
import { storageQuota } from "../lib/quota";
import { isNdjson, readIngestBody } from "../middleware/ingest-body";
import { limitIngestion } from "../middleware/rate-limit";
import { openApiApp, validationProblem, type ValidationResult } from "../openapi/app";
import { ErrorBody, errorBody, idParam, jsonBody, userAuth, userErrors } from "../openapi/schemas";
import { EnqueueFailed, newIngestionId, type IngestTarget } from "../services/ingest";
import { ingestJson } from "../services/ingest-json";
import { ingestNdjson, NdjsonIngestResponse } from "../services/ingest-ndjson";
import { toSmsItem } from "../views/sms";

const quotaMessage = (quota: QuotaExceeded["quota"]) =>
  `Over this user's storage quota of ${quota.sms} SMS and ${quota.bytes} bytes (sender + body, UTF-8)`;

const ingestRoute = createRoute({
  method: "post",
  path: "/",
  summary: "Upload SMS: JSON (all or nothing), NDJSON (streamed, one SMS per line) or a forwarder app's webhook",
  description:
    "JSON bodies: our `{ messages }`, or the webhook of an Android SMS-forwarder app (" +
    SOURCES.slice(1).join(", ") +
    "), told apart by shape or named by `?source=`. NDJSON bodies carry one `IncomingSms` per line.",
  security: userAuth,
  middleware: [limitIngestion, readIngestBody] as const,
  request: {
    query: z.object({
      source: Source.optional().openapi({ description: "The JSON body's format; by default, told by its shape" }),
    }),
    body: {
      content: {
        "application/json": { schema: IngestBody },
        // One SMS per line. No validator runs for these (not JSON media types): the handler streams them.
        "application/x-ndjson": { schema: IncomingSms },
        "application/ndjson": { schema: IncomingSms },
      },
    },
  },
  responses: {
    202: jsonBody(
      z.union([IngestResponse, NdjsonIngestResponse]),
      "Accepted (JSON: IngestResponse; NDJSON: NdjsonIngestResponse)",
    ),
    400: errorBody("Invalid JSON, encoding or fields"),
    ...userErrors,
    413: jsonBody(
      z.union([ErrorBody, NdjsonIngestResponse]),
      "Over a size cap, or over the user's storage quota (quota_exceeded, naming the quota and the usage)",
    ),
    415: errorBody("Unsupported content type"),
    429: errorBody("Per-user rate limit; see Retry-After"),
    503: errorBody("Queue unavailable; nothing kept past resume_from_line; retry"),
  },
});

/** Reports the issues of the format the body was meant to be, not of every format it is not. */
function ingestProblem(result: ValidationResult, c: Context) {
  if (result.success || result.target !== "json") return validationProblem(result, c);
  const [issue, ...rest] = result.error.issues;
  if (issue?.code !== "invalid_union" || rest.length > 0) return validationProblem(result, c);
  const source = Source.safeParse(c.req.query("source")).data ?? sourceOf(result.data);
  const error = new z.ZodError(issue.errors[SOURCES.indexOf(source)] ?? []);
  return validationProblem({ ...result, error }, c);
}

/** NDJSON: streamed, each bad line rejected alone; 503 with where to resume if the queue stays unavailable. */
async function postNdjson(c: Context<AppEnv>, target: IngestTarget) {
  if (!c.req.raw.body) return problem(c, 400, "invalid_request", "Empty body", [{ field: "(body)", message: "empty" }]);
  const result = await ingestNdjson(target, c.req.raw.body);
  if (result.incomplete?.reason === "queue_unavailable") {
    c.header("Retry-After", "5");
    const message = "The queue refused messages; re-send from resume_from_line";
    return c.json({ error: "queue_unavailable", message, ...result }, 503);
  }
  if (result.incomplete?.reason === "quota_exceeded" && result.quota) {
    return c.json({ error: "quota_exceeded", message: quotaMessage(result.quota), ...result }, 413);
  }
  if (result.incomplete) return c.json(result, 413);
  return c.json(result, 202);
}

/** JSON (validated whole by the route): then all or nothing. */
async function postJson(c: Context<AppEnv>, target: IngestTarget, body: IngestMessages) {
  try {
    return c.json(await ingestJson(target, body.messages), 202);
  } catch (error) {
    if (error instanceof QuotaExceeded) {
      const fields = [{ field: "messages", message: "would exceed the storage quota" }];
      const { quota, usage } = error;
      // 413, not 429: waiting does not help, only deleting SMS or a larger quota does (docs/decisions.md).
      return c.json({ error: "quota_exceeded", message: quotaMessage(quota), fields, quota, usage }, 413);
    }
    if (!(error instanceof EnqueueFailed)) throw error;
    c.header("Retry-After", "5");
    return problem(c, 503, "queue_unavailable", "The queue refused the messages; nothing was recorded. Retry later.");
  }
}

const smsIdParams = z.object({ id: idParam("id") });

const getSmsRoute = createRoute({
  method: "get",
  path: "/{id}",
  summary: "One SMS with its state, readings and audit trail",
  security: userAuth,
  request: { params: smsIdParams },
  responses: { 200: jsonBody(SmsItem, "The SMS"), ...userErrors, 404: errorBody("Not found") },
});

const deleteSmsRoute = createRoute({
  method: "delete",
  path: "/{id}",
  summary: "Delete an SMS and what was read from it",
  security: userAuth,
  request: { params: smsIdParams },
  responses: { 204: { description: "Deleted" }, ...userErrors, 404: errorBody("Not found") },
});

export const smsRoutes = openApiApp()
  .openapi(
    ingestRoute,
    async (c) => {
      const valid = c.req.valid("json");
      // The validated JSON body, or null for NDJSON (no validator ran; postNdjson streams and checks each line).
      const body = isNdjson(c.req.header("content-type")) || !("source" in valid) ? null : valid;
      const { source } = c.req.valid("query");
      if (body && source && source !== body.source) {
        return problem(c, 400, "invalid_request", "Some fields are invalid", [
          { field: "source", message: `the body is a ${body.source} payload, not ${source}` },
        ]);
      }
      const userId = c.get("userId");
      const target: IngestTarget = {
        db: c.get("db"),
        queue: queueFor(c.env, userId),
        userId,
        ingestionId: newIngestionId(),
        format: body ? "json" : "ndjson",
        quota: storageQuota(c.env),
      };
      return body ? postJson(c, target, body) : postNdjson(c, target);
    },
    // Inline, so that the route's types (not this hook's) shape the app's schema for the typed client.
    (result, c) => ingestProblem(result, c),
  )
  .openapi(getSmsRoute, async (c) => {
    const db = c.get("db");
    const userId = c.get("userId");
    const row = await getSms(db, userId, c.req.valid("param").id);
    if (!row) return problem(c, 404, "not_found", "No such SMS");
    const [txs, events] = await Promise.all([transactionsOfSms(db, userId, row.id), listEvents(db, userId, row.id)]);
    return c.json(toSmsItem(row, txs, events), 200);
  })
  .openapi(deleteSmsRoute, async (c) => {
    const deleted = await deleteSms(c.get("db"), c.get("userId"), c.req.valid("param").id);
    if (!deleted) return problem(c, 404, "not_found", "No such SMS");
    return c.body(null, 204);
  });
