import { createMiddleware } from "hono/factory";
import { createDb } from "@smsledger/db";
import type { AppEnv } from "../env";

/** Puts a drizzle client over the D1 binding on the context. */
export const withDb = createMiddleware<AppEnv>(async (c, next) => {
  c.set("db", createDb(c.env.DB));
  await next();
});
