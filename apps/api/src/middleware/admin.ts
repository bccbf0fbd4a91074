import { createMiddleware } from "hono/factory";
import { secretsEqual } from "@smsledger/core";
import type { AppEnv } from "../env";
import { problem } from "../lib/problem";

/** Requires `Authorization: Bearer <ADMIN_TOKEN>`, compared in constant time. */
export const requireAdmin = createMiddleware<AppEnv>(async (c, next) => {
  const expected = c.env.ADMIN_TOKEN;
  if (!expected) return problem(c, 503, "admin_disabled", "ADMIN_TOKEN is not configured");
  const given = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header("authorization") ?? "")?.[1] ?? "";
  if (!(await secretsEqual(given, expected))) return problem(c, 401, "unauthorized", "Admin token required");
  await next();
});
