import { createMiddleware } from "hono/factory";
import { sha256Hex } from "@smsledger/core";
import { findUserIdByKeyHash } from "@smsledger/db";
import type { AppEnv } from "../env";
import { problem } from "../lib/problem";

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/** Requires `Authorization: Bearer <api key>`; the key is looked up by its SHA-256 hash. */
export const requireUser = createMiddleware<AppEnv>(async (c, next) => {
  const match = BEARER.exec(c.req.header("authorization") ?? "");
  if (!match?.[1]) return problem(c, 401, "unauthorized", "Missing bearer API key in the Authorization header");
  const userId = await findUserIdByKeyHash(c.get("db"), await sha256Hex(match[1]));
  if (!userId) return problem(c, 401, "unauthorized", "Invalid or revoked API key");
  c.set("userId", userId);
  await next();
});
