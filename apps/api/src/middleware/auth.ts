import { createMiddleware } from "hono/factory";
import { sha256Hex } from "@smsledger/core";
import { dbFor, findActiveKey, type Db } from "@smsledger/db";
import { cachedKey, rememberKey } from "../auth/key-cache";
import type { AppEnv } from "../env";
import { problem } from "../lib/problem";

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/** The user of an active key with this hash: from the isolate's cache, else from D1 (then cached). */
async function userOfKey(db: Db, hash: string): Promise<string | null> {
  const cached = cachedKey(hash);
  if (cached) return cached.userId;
  const found = await findActiveKey(db, hash);
  if (found) rememberKey(hash, found.userId, found.keyId);
  return found?.userId ?? null;
}

/**
 * Requires `Authorization: Bearer <api key>`; keys are looked up by their SHA-256 hash in the directory
 * (`DB`). From here on the request's `db` is the database of the user's bucket (D1_SHARDS).
 */
export const requireUser = createMiddleware<AppEnv>(async (c, next) => {
  const match = BEARER.exec(c.req.header("authorization") ?? "");
  if (!match?.[1]) return problem(c, 401, "unauthorized", "Missing bearer API key in the Authorization header");
  const userId = await userOfKey(c.get("db"), await sha256Hex(match[1]));
  if (!userId) return problem(c, 401, "unauthorized", "Invalid or revoked API key");
  c.set("userId", userId);
  c.set("db", dbFor(c.env, userId));
  await next();
});
