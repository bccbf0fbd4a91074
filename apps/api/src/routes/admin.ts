import { createRoute, z } from "@hono/zod-openapi";
import { enqueueJobs, forgetUser, kvRecipeStore, newApiKey, promoteRecipe, queueFor } from "@smsledger/core";
import {
  allDbs,
  createUserWithKey,
  dbFor,
  discardDeadLetter,
  eraseUser,
  insertApiKey,
  jobOf,
  listDeadLettersAcross,
  reopenDeadLetter,
  revokeApiKey,
  userExists,
} from "@smsledger/db";
import { forgetKeys } from "../auth/key-cache";
import { jsonBody as readJsonBody } from "../lib/json-body";
import { problem } from "../lib/problem";
import { openApiApp } from "../openapi/app";
import { adminAuth, adminErrors, errorBody, idParam, jsonBody } from "../openapi/schemas";

const NewUser = z.strictObject({ name: z.string().trim().min(1).max(200) });
const NewKey = z.strictObject({ label: z.string().trim().max(200).optional() });
const Promote = z.strictObject({ user_id: z.string().min(1).max(200).optional() });
const IssuedKey = z.object({ id: z.string(), key: z.string(), prefix: z.string() }).openapi("IssuedKey");
const CreatedUser = z.object({ user_id: z.string(), api_key: IssuedKey }).openapi("CreatedUser");

const DeadLetterQuery = z.object({
  status: z.enum(["open", "replayed", "discarded"]).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

const userParams = z.object({ userId: idParam("userId") });
const deadLetterParams = z.object({ userId: idParam("userId"), smsId: idParam("smsId") });
const jsonRequest = <S extends z.ZodType>(schema: S) => ({
  required: true,
  content: { "application/json": { schema } },
});
const readJson = readJsonBody({ malformed: "invalid_request" });
const newId = (prefix: string) => `${prefix}_${crypto.randomUUID().replaceAll("-", "")}`;

const createUserRoute = createRoute({
  method: "post",
  path: "/users",
  summary: "Create a user and its first API key (shown once)",
  security: adminAuth,
  middleware: [readJson] as const,
  request: { body: jsonRequest(NewUser) },
  responses: {
    201: jsonBody(CreatedUser, "Created"),
    400: errorBody("Invalid"),
    ...adminErrors,
    413: errorBody("Body too large"),
  },
});

const eraseUserRoute = createRoute({
  method: "delete",
  path: "/users/{userId}",
  summary: "Erase a user and all their data",
  security: adminAuth,
  request: { params: userParams },
  responses: { 204: { description: "Erased" }, ...adminErrors, 404: errorBody("No such user") },
});

const issueKeyRoute = createRoute({
  method: "post",
  path: "/users/{userId}/keys",
  summary: "Issue another API key",
  security: adminAuth,
  middleware: [readJson] as const,
  request: { params: userParams, body: jsonRequest(NewKey) },
  responses: {
    201: jsonBody(IssuedKey, "Created"),
    400: errorBody("Invalid"),
    ...adminErrors,
    404: errorBody("No such user"),
  },
});

const revokeKeyRoute = createRoute({
  method: "delete",
  path: "/keys/{keyId}",
  summary: "Revoke a key",
  security: adminAuth,
  request: { params: z.object({ keyId: idParam("keyId") }) },
  responses: { 204: { description: "Revoked" }, ...adminErrors, 404: errorBody("No such active key") },
});

const listDeadLettersRoute = createRoute({
  method: "get",
  path: "/dead-letters",
  summary: "List dead letters",
  security: adminAuth,
  request: { query: DeadLetterQuery },
  responses: {
    200: jsonBody(z.object({ items: z.array(z.record(z.string(), z.unknown())) }), "Dead letters"),
    400: errorBody("Bad query"),
    ...adminErrors,
  },
});

const replayRoute = createRoute({
  method: "post",
  path: "/dead-letters/{userId}/{smsId}/replay",
  summary: "Replay a dead letter",
  security: adminAuth,
  request: { params: deadLetterParams },
  responses: {
    202: jsonBody(z.object({ replayed: z.boolean(), sms_id: z.string(), state: z.literal("queued") }), "Re-enqueued"),
    ...adminErrors,
    404: errorBody("No open dead letter for that SMS"),
  },
});

const discardRoute = createRoute({
  method: "delete",
  path: "/dead-letters/{userId}/{smsId}",
  summary: "Discard a dead letter",
  security: adminAuth,
  request: { params: deadLetterParams },
  responses: { 204: { description: "Discarded" }, ...adminErrors, 404: errorBody("No open dead letter for that SMS") },
});

const promoteRoute = createRoute({
  method: "post",
  path: "/recipes/{fingerprint}/promote",
  summary: "Share a learned template with every user: the one `user_id` taught, or the only one any user taught",
  security: adminAuth,
  middleware: [readJsonBody({ malformed: "invalid_request", emptyIsObject: true })] as const,
  request: {
    params: z.object({ fingerprint: z.string().regex(/^[0-9a-f]{16}$/, "16 lower-case hex digits") }),
    body: { content: { "application/json": { schema: Promote } } },
  },
  responses: {
    200: jsonBody(
      z.object({
        fingerprint: z.string(),
        promoted_by: z.string(),
        taught_by: z.number().int(),
        template: z.string(),
        intent: z.string(),
      }),
      "Shared",
    ),
    400: errorBody("Invalid fingerprint or body"),
    ...adminErrors,
    404: errorBody("No recipe of that format (and user)"),
    409: errorBody("Users taught different recipes: name one with user_id"),
  },
});

export const adminRoutes = openApiApp()
  .openapi(createUserRoute, async (c) => {
    const userId = newId("usr");
    const key = await newApiKey();
    const keyId = newId("key");
    const name = c.req.valid("json").name;
    await createUserWithKey(c.get("db"), { id: userId, name }, { id: keyId, hash: key.hash, prefix: key.prefix });
    return c.json({ user_id: userId, api_key: { id: keyId, key: key.key, prefix: key.prefix } }, 201);
  })
  .openapi(eraseUserRoute, async (c) => {
    const { userId } = c.req.valid("param");
    if (!(await userExists(c.get("db"), userId))) return problem(c, 404, "not_found", "No such user");
    await eraseUser(c.get("db"), dbFor(c.env, userId), userId);
    // Learned templates only this user taught go too (issue 14 §3).
    await forgetUser(kvRecipeStore(c.env.TEMPLATES), userId);
    forgetKeys((entry) => entry.userId === userId);
    return c.body(null, 204);
  })
  .openapi(issueKeyRoute, async (c) => {
    const { userId } = c.req.valid("param");
    if (!(await userExists(c.get("db"), userId))) return problem(c, 404, "not_found", "No such user");
    const key = await newApiKey();
    const keyId = newId("key");
    const label = c.req.valid("json").label ?? null;
    await insertApiKey(c.get("db"), { id: keyId, userId, keyHash: key.hash, prefix: key.prefix, label });
    return c.json({ id: keyId, key: key.key, prefix: key.prefix }, 201);
  })
  .openapi(revokeKeyRoute, async (c) => {
    const { keyId } = c.req.valid("param");
    if (!(await revokeApiKey(c.get("db"), keyId, Date.now())))
      return problem(c, 404, "not_found", "No such active key");
    forgetKeys((entry) => entry.keyId === keyId);
    return c.body(null, 204);
  })
  .openapi(listDeadLettersRoute, async (c) => {
    const items = await listDeadLettersAcross(allDbs(c.env), c.req.valid("query"));
    return c.json({ items }, 200);
  })
  .openapi(replayRoute, async (c) => {
    const { userId, smsId } = c.req.valid("param");
    const row = await reopenDeadLetter(dbFor(c.env, userId), userId, smsId, Date.now());
    if (!row) return problem(c, 404, "not_found", "No open dead letter for that SMS");
    await enqueueJobs(queueFor(c.env, row.userId), [jobOf(row, Date.now())]);
    return c.json({ replayed: true, sms_id: row.id, state: "queued" as const }, 202);
  })
  .openapi(discardRoute, async (c) => {
    const { userId, smsId } = c.req.valid("param");
    if (!(await discardDeadLetter(dbFor(c.env, userId), userId, smsId, Date.now()))) {
      return problem(c, 404, "not_found", "No open dead letter for that SMS");
    }
    return c.body(null, 204);
  })
  .openapi(promoteRoute, async (c) => {
    const { fingerprint } = c.req.valid("param");
    const promoted = await promoteRecipe(kvRecipeStore(c.env.TEMPLATES), fingerprint, c.req.valid("json").user_id);
    if (!promoted.ok && promoted.reason === "not_found") {
      return problem(c, 404, "not_found", "No current recipe of that format (and user)");
    }
    if (!promoted.ok) {
      return problem(c, 409, "ambiguous", "Users taught different recipes for that format: name one with user_id");
    }
    const { recipe, taughtBy, promotedBy } = promoted.shared;
    const { template, constants } = recipe;
    return c.json(
      { fingerprint, promoted_by: promotedBy, taught_by: taughtBy.length, template, intent: constants.intent },
      200,
    );
  });
