import { Hono } from "hono";
import { z } from "zod";
import { enqueueJobs, forgetUser, kvRecipeStore, newApiKey, promoteRecipe, queueFor } from "@smsledger/core";
import {
  createUserWithKey,
  discardDeadLetter,
  eraseUser,
  insertApiKey,
  jobOf,
  listDeadLetters,
  reopenDeadLetter,
  revokeApiKey,
  userExists,
} from "@smsledger/db";
import type { AppEnv } from "../env";
import { forgetKeys } from "../auth/key-cache";
import { fieldIssues, problem } from "../lib/problem";

export const adminRoutes = new Hono<AppEnv>();

const NewUser = z.strictObject({ name: z.string().trim().min(1).max(200) });
const NewKey = z.strictObject({ label: z.string().trim().max(200).optional() });
const Promote = z.strictObject({ user_id: z.string().min(1).max(200).optional() });
const FINGERPRINT = /^[0-9a-f]{16}$/;

const DeadLetterQuery = z.object({
  status: z.enum(["open", "replayed", "discarded"]).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

async function readJson(c: { req: { json(): Promise<unknown> } }): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    return Symbol.for("invalid");
  }
}

adminRoutes.post("/users", async (c) => {
  const body = NewUser.safeParse(await readJson(c));
  if (!body.success) return problem(c, 400, "invalid_request", "Some fields are invalid", fieldIssues(body.error));
  const userId = `usr_${crypto.randomUUID().replaceAll("-", "")}`;
  const key = await newApiKey();
  const keyId = `key_${crypto.randomUUID().replaceAll("-", "")}`;
  await createUserWithKey(c.get("db"), { id: userId, name: body.data.name }, { id: keyId, hash: key.hash, prefix: key.prefix });
  return c.json({ user_id: userId, api_key: { id: keyId, key: key.key, prefix: key.prefix } }, 201);
});

adminRoutes.delete("/users/:userId", async (c) => {
  const userId = c.req.param("userId");
  if (!(await userExists(c.get("db"), userId))) return problem(c, 404, "not_found", "No such user");
  await eraseUser(c.get("db"), userId);
  // Learned templates only this user taught go too (issue 14 §3).
  await forgetUser(kvRecipeStore(c.env.TEMPLATES), userId);
  forgetKeys((entry) => entry.userId === userId);
  return c.body(null, 204);
});

adminRoutes.post("/users/:userId/keys", async (c) => {
  const userId = c.req.param("userId");
  const body = NewKey.safeParse(await readJson(c));
  if (!body.success) return problem(c, 400, "invalid_request", "Some fields are invalid", fieldIssues(body.error));
  if (!(await userExists(c.get("db"), userId))) return problem(c, 404, "not_found", "No such user");
  const key = await newApiKey();
  const keyId = `key_${crypto.randomUUID().replaceAll("-", "")}`;
  await insertApiKey(c.get("db"), { id: keyId, userId, keyHash: key.hash, prefix: key.prefix, label: body.data.label ?? null });
  return c.json({ id: keyId, key: key.key, prefix: key.prefix }, 201);
});

adminRoutes.delete("/keys/:keyId", async (c) => {
  const keyId = c.req.param("keyId");
  if (!(await revokeApiKey(c.get("db"), keyId, Date.now()))) return problem(c, 404, "not_found", "No such active key");
  forgetKeys((entry) => entry.keyId === keyId);
  return c.body(null, 204);
});

adminRoutes.get("/dead-letters", async (c) => {
  const query = DeadLetterQuery.safeParse(c.req.query());
  if (!query.success) return problem(c, 400, "invalid_query", "Some query parameters are invalid", fieldIssues(query.error));
  const items = await listDeadLetters(c.get("db"), query.data);
  return c.json({ items });
});

adminRoutes.post("/dead-letters/:userId/:smsId/replay", async (c) => {
  const row = await reopenDeadLetter(c.get("db"), c.req.param("userId"), c.req.param("smsId"), Date.now());
  if (!row) return problem(c, 404, "not_found", "No open dead letter for that SMS");
  await enqueueJobs(queueFor(c.env, row.userId), [jobOf(row, Date.now())]);
  return c.json({ replayed: true, sms_id: row.id, state: "queued" }, 202);
});

adminRoutes.delete("/dead-letters/:userId/:smsId", async (c) => {
  if (!(await discardDeadLetter(c.get("db"), c.req.param("userId"), c.req.param("smsId"), Date.now()))) {
    return problem(c, 404, "not_found", "No open dead letter for that SMS");
  }
  return c.body(null, 204);
});

/** Shares a learned template with every user: the one `user_id` taught, or the only one any user taught. */
adminRoutes.post("/recipes/:fingerprint/promote", async (c) => {
  const fingerprint = c.req.param("fingerprint");
  if (!FINGERPRINT.test(fingerprint)) {
    const issue = { field: "fingerprint", message: "16 lower-case hex digits" };
    return problem(c, 400, "invalid_request", "Some fields are invalid", [issue]);
  }
  const raw = await c.req.text();
  const body = Promote.safeParse(raw.trim() === "" ? {} : safeJson(raw));
  if (!body.success) return problem(c, 400, "invalid_request", "Some fields are invalid", fieldIssues(body.error));
  const promoted = await promoteRecipe(kvRecipeStore(c.env.TEMPLATES), fingerprint, body.data.user_id);
  if (!promoted.ok && promoted.reason === "not_found") {
    return problem(c, 404, "not_found", "No current recipe of that format (and user)");
  }
  if (!promoted.ok) return problem(c, 409, "ambiguous", "Users taught different recipes for that format: name one with user_id");
  const { recipe, taughtBy, promotedBy } = promoted.shared;
  const { template, constants } = recipe;
  return c.json({ fingerprint, promoted_by: promotedBy, taught_by: taughtBy.length, template, intent: constants.intent });
});

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return Symbol.for("invalid");
  }
}
