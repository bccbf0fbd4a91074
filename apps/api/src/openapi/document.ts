import { z } from "zod";
import {
  IncomingSms,
  IngestRequest,
  IngestResponse,
  IngestionStatus,
  SmsItem,
  Summary,
  TransactionItem,
  TransactionPage,
  TransactionPatch,
} from "@smsledger/core";
import { SummaryQuery, TransactionQuery } from "../lib/query";
import { REVIEW_BASE_PATH, reviewRoutes } from "../routes/review";

/** JSON Schema (2020-12, as OpenAPI 3.1 uses) of a zod schema, as clients send it. */
const schema = (s: z.ZodType) => z.toJSONSchema(s, { io: "input", unrepresentable: "any" });

const ErrorBody = z.object({
  error: z.string(),
  message: z.string(),
  fields: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});

const components = {
  IncomingSms,
  IngestRequest,
  IngestResponse,
  IngestionStatus,
  SmsItem,
  Summary,
  TransactionItem,
  TransactionPage,
  TransactionPatch,
  Error: ErrorBody,
};

const ref = (name: keyof typeof components) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: keyof typeof components) => ({ "application/json": { schema: ref(name) } });
const error = (description: string) => ({ description, content: json("Error") });

/** Query parameters of a zod object schema. */
function queryParameters(object: z.ZodObject) {
  const jsonSchema = schema(object) as { properties?: Record<string, unknown> };
  return Object.entries(jsonSchema.properties ?? {}).map(([name, s]) => ({ name, in: "query", required: false, schema: s }));
}

const userAuth = [{ apiKey: [] }];
const adminAuth = [{ adminToken: [] }];
const idParam = (name: string) => ({ name, in: "path", required: true, schema: { type: "string" } });

/** Paths and schemas of the routes defined with @hono/zod-openapi (routes/review.ts), under their mount path. */
function definedRoutes() {
  const doc = reviewRoutes.getOpenAPI31Document({ openapi: "3.1.0", info: { title: "", version: "" } });
  const paths = Object.fromEntries(
    Object.entries(doc.paths ?? {}).map(([path, item]) => [`${REVIEW_BASE_PATH}${path === "/" ? "" : path}`, item]),
  );
  return { paths, schemas: doc.components?.schemas ?? {} };
}

/** The OpenAPI 3.1 document of this API, generated from the zod schemas the routes validate with. */
export function openApiDocument(serverUrl: string) {
  const defined = definedRoutes();
  const document = {
    openapi: "3.1.0",
    info: {
      title: "smsledger API",
      version: "1.0.0",
      description: "Turns the SMS on people's phones into a per-user ledger of financial transactions.",
    },
    servers: [{ url: serverUrl }],
    components: {
      schemas: Object.fromEntries(Object.entries(components).map(([name, s]) => [name, schema(s)])),
      securitySchemes: {
        apiKey: { type: "http", scheme: "bearer", description: "A user's API key (sl_…)" },
        adminToken: { type: "http", scheme: "bearer", description: "The ADMIN_TOKEN secret" },
      },
    },
    paths: {
      "/v1/sms": {
        post: {
          summary: "Upload SMS (JSON, all or nothing; or NDJSON, streamed, one SMS per line)",
          security: userAuth,
          requestBody: {
            required: true,
            content: {
              "application/json": { schema: ref("IngestRequest") },
              "application/x-ndjson": { schema: ref("IncomingSms") },
            },
          },
          responses: {
            "202": { description: "Accepted", content: json("IngestResponse") },
            "400": error("Invalid JSON or fields"),
            "401": error("No valid API key"),
            "413": error("Over a size cap, or over the user's storage quota (quota_exceeded, naming the quota and the usage)"),
            "415": error("Unsupported content type"),
            "429": error("Per-user rate limit; see Retry-After"),
            "503": error("Queue unavailable; nothing kept; retry"),
          },
        },
      },
      "/v1/sms/{id}": {
        get: { summary: "One SMS with its state, readings and audit trail", security: userAuth, parameters: [idParam("id")], responses: { "200": { description: "The SMS", content: json("SmsItem") }, "404": error("Not found") } },
        delete: { summary: "Delete an SMS and what was read from it", security: userAuth, parameters: [idParam("id")], responses: { "204": { description: "Deleted" }, "404": error("Not found") } },
      },
      "/v1/ingestions/{id}": {
        get: { summary: "Progress of an upload", security: userAuth, parameters: [idParam("id")], responses: { "200": { description: "Counts", content: json("IngestionStatus") }, "404": error("Not found") } },
      },
      "/v1/transactions": {
        get: {
          summary: "The ledger, newest first, with filters and cursor pagination; CSV with ?format=csv or Accept: text/csv",
          security: userAuth,
          parameters: queryParameters(TransactionQuery),
          responses: { "200": { description: "A page", content: { ...json("TransactionPage"), "text/csv": { schema: { type: "string" } } } }, "400": error("Bad query") },
        },
      },
      "/v1/transactions/{id}": {
        patch: {
          summary: "Correct category or counterparty (survives reprocessing)",
          security: userAuth,
          parameters: [idParam("id")],
          requestBody: { required: true, content: json("TransactionPatch") },
          responses: {
            "200": { description: "Updated", content: json("TransactionItem") },
            "400": error("Invalid"),
            "404": error("Not found"),
            "413": error("Body over 4 KiB"),
          },
        },
      },
      "/v1/summary": {
        get: { summary: "Income, expense and net per month, category, counterparty or account", security: userAuth, parameters: queryParameters(SummaryQuery), responses: { "200": { description: "Summary", content: json("Summary") }, "400": error("Bad query") } },
      },
      "/v1/metrics": {
        get: { summary: "Pipeline metrics (JSON, or Prometheus text with ?format=prometheus)", security: adminAuth, responses: { "200": { description: "Metrics" }, "401": error("Admin token required") } },
      },
      "/admin/users": { post: { summary: "Create a user and its first API key (shown once)", security: adminAuth, responses: { "201": { description: "Created" } } } },
      "/admin/users/{userId}": { delete: { summary: "Erase a user and all their data", security: adminAuth, parameters: [idParam("userId")], responses: { "204": { description: "Erased" } } } },
      "/admin/users/{userId}/keys": { post: { summary: "Issue another API key", security: adminAuth, parameters: [idParam("userId")], responses: { "201": { description: "Created" } } } },
      "/admin/keys/{keyId}": { delete: { summary: "Revoke a key", security: adminAuth, parameters: [idParam("keyId")], responses: { "204": { description: "Revoked" } } } },
      "/admin/dead-letters": { get: { summary: "List dead letters", security: adminAuth, responses: { "200": { description: "Dead letters" } } } },
      "/admin/dead-letters/{userId}/{smsId}": { delete: { summary: "Discard a dead letter", security: adminAuth, parameters: [idParam("userId"), idParam("smsId")], responses: { "204": { description: "Discarded" } } } },
      "/admin/dead-letters/{userId}/{smsId}/replay": { post: { summary: "Replay a dead letter", security: adminAuth, parameters: [idParam("userId"), idParam("smsId")], responses: { "202": { description: "Re-enqueued" } } } },
      "/health": {
        get: {
          summary: "Checks D1 (reachable and migrated), KV, the queue binding and the limiter",
          responses: { "200": { description: "Healthy" }, "503": { description: "Names what failed" } },
        },
      },
      "/admin/recipes/{fingerprint}/promote": {
        post: {
          summary: "Share a learned template with every user (body: optional user_id of the user who taught it)",
          security: adminAuth,
          parameters: [idParam("fingerprint")],
          responses: { "200": { description: "Shared" }, "404": { description: "No recipe" }, "409": { description: "Users taught different recipes" } },
        },
      },
    },
  };
  for (const [path, item] of Object.entries(defined.paths)) {
    const paths = document.paths as Record<string, object>;
    paths[path] = { ...paths[path], ...item };
  }
  Object.assign(document.components.schemas, defined.schemas);
  return document;
}
