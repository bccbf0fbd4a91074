import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import { MAX_PATCH_BODY_BYTES } from "@smsledger/config";
import { kvRecipeStore, SmsItem, SmsResolution, SmsStateName } from "@smsledger/core";
import { getSms, listEvents, listSms, NotInReview, transactionsOfSms, type SmsCursor } from "@smsledger/db";
import type { AppEnv } from "../env";
import { decodeCursor, encodeCursor } from "../lib/cursor";
import { fieldIssues, problem, type FieldIssue } from "../lib/problem";
import { limitBody } from "../middleware/body-limit";
import { resolveReview, Unresolvable } from "../services/resolve";
import { toSmsItem } from "../views/sms";

/** The error body of every failure (lib/problem.ts). */
const Problem = z
  .object({
    error: z.string(),
    message: z.string(),
    fields: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  })
  .openapi("Problem");

const problemResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: Problem } },
});

const SmsListItem = SmsItem.omit({ transactions: true, events: true }).openapi("SmsListItem");

const SmsListQuery = z.strictObject({
  state: SmsStateName.default("needs_review"),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().max(512).optional(),
});

const SmsIdParam = z.object({ id: z.string().min(1).max(128) });

/** Core's schema as is (a refined object: the OpenAPI document shows its fields, the refinement is checked). */
const Resolution = SmsResolution;

const Resolved = z
  .object({
    sms: SmsItem,
    recipe: z.object({ fingerprint: z.string(), learned: z.boolean(), scope: z.literal("own") }),
    notes: z.array(z.string()),
  })
  .openapi("SmsResolved");

const listRoute = createRoute({
  method: "get",
  path: "/",
  security: [{ apiKey: [] }],
  summary: "The user's SMS in one state (default needs_review), newest accepted first",
  request: { query: SmsListQuery },
  responses: {
    200: {
      description: "A page; pass next_cursor as cursor for the next one",
      content: {
        "application/json": { schema: z.object({ items: z.array(SmsListItem), next_cursor: z.string().nullable() }) },
      },
    },
    400: problemResponse("Invalid query, each bad parameter named in fields"),
  },
});

const resolveRoute = createRoute({
  method: "post",
  path: "/{id}/resolve",
  security: [{ apiKey: [] }],
  summary: "Resolve a needs_review SMS: its fields, or not a transaction",
  description:
    "Stores the reading (a transaction for a money movement) and learns a recipe from it exactly as from an " +
    "upstream answer, serving this user's next SMS of the format until an admin promotes it.",
  middleware: [limitBody(MAX_PATCH_BODY_BYTES)] as const,
  request: {
    params: SmsIdParam,
    body: { required: true, content: { "application/json": { schema: Resolution } } },
  },
  responses: {
    200: { description: "Resolved", content: { "application/json": { schema: Resolved } } },
    400: problemResponse("Invalid JSON or fields, each named"),
    404: problemResponse("No such SMS for this user"),
    409: problemResponse("The SMS is not needs_review"),
    413: problemResponse("Body over 4 KiB"),
    415: problemResponse("Not application/json"),
    422: problemResponse("A value is not printed in the SMS text (field named)"),
  },
});

/** 400 naming each bad field, the answer of every validation failure of these routes. */
function invalid(result: { target: string; success: boolean; error?: z.ZodError }, c: Context<AppEnv>) {
  if (result.success || !result.error) return;
  const query = result.target === "query";
  const [code, message] = query
    ? ["invalid_query", "Some query parameters are invalid"]
    : ["invalid_request", "Some fields are invalid"];
  return problem(c, 400, code, message, fieldIssues(result.error));
}

/** Where these routes are mounted (apps/user.ts); their OpenAPI paths are relative to it. */
export const REVIEW_BASE_PATH = "/v1/sms";

/** `GET /v1/sms` (listing) and `POST /v1/sms/:id/resolve`, mounted at `/v1/sms` in the user app. */
export const reviewRoutes = new OpenAPIHono<AppEnv>({ defaultHook: invalid });

reviewRoutes.onError((error, c) => {
  // The JSON validator throws on a body that does not parse.
  if (error instanceof HTTPException && error.status === 400) {
    return problem(c, 400, "invalid_json", "The body is not valid JSON", [
      { field: "(body)", message: "invalid JSON" },
    ]);
  }
  console.error("unhandled", error);
  return problem(c, 500, "internal_error", "Something went wrong");
});

reviewRoutes.use("/:id/resolve", async (c, next) => {
  const type = (c.req.header("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
  if (c.req.method === "POST" && type !== "application/json") {
    return problem(c, 415, "unsupported_media_type", "Send application/json", [
      { field: "content-type", message: `got ${type || "none"}` },
    ]);
  }
  await next();
});

const toCursor = (text: string): SmsCursor | null => {
  const decoded = decodeCursor(text);
  return decoded ? { createdAt: decoded.occurredAtMs, id: decoded.id } : null;
};

reviewRoutes.openapi(listRoute, async (c) => {
  const q = c.req.valid("query");
  const after = q.cursor ? toCursor(q.cursor) : null;
  if (q.cursor && !after) {
    const fields: FieldIssue[] = [{ field: "cursor", message: "not a cursor issued by this API" }];
    return c.json({ error: "invalid_query", message: "Bad cursor", fields }, 400);
  }
  const { rows, next } = await listSms(c.get("db"), c.get("userId"), { state: q.state, limit: q.limit, after });
  const items = rows.map((row) => {
    const { transactions: _t, events: _e, ...item } = toSmsItem(row, [], []);
    return item;
  });
  const nextCursor = next ? encodeCursor({ occurredAtMs: next.createdAt, id: next.id }) : null;
  return c.json({ items, next_cursor: nextCursor }, 200);
});

reviewRoutes.openapi(resolveRoute, async (c) => {
  const db = c.get("db");
  const userId = c.get("userId");
  const { id } = c.req.valid("param");
  const row = await getSms(db, userId, id);
  if (!row) return c.json({ error: "not_found", message: "No such SMS" }, 404);
  const notInReview = { error: "conflict", message: `The SMS is ${row.state}, not needs_review` };
  if (row.state !== "needs_review")
    return c.json({ ...notInReview, fields: [{ field: "id", message: row.state }] }, 409);
  try {
    const resolved = await resolveReview(db, kvRecipeStore(c.env.TEMPLATES), row, c.req.valid("json"), Date.now());
    const stored = (await getSms(db, userId, id)) ?? row;
    const [txs, events] = await Promise.all([transactionsOfSms(db, userId, id), listEvents(db, userId, id)]);
    return c.json({ sms: toSmsItem(stored, txs, events), ...resolved }, 200);
  } catch (error) {
    if (error instanceof NotInReview) return c.json({ ...notInReview, message: "The SMS was resolved meanwhile" }, 409);
    if (!(error instanceof Unresolvable)) throw error;
    const message = error.status === 422 ? "A value is not in the SMS text" : "Some fields are invalid";
    const code = error.status === 422 ? "ungrounded" : "invalid_request";
    return c.json({ error: code, message, fields: error.fields }, error.status);
  }
});
