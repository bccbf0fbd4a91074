import { createMiddleware } from "hono/factory";
import { directoryDb } from "@smsledger/db";
import type { AppEnv } from "../env";

/**
 * Puts a drizzle client on the context: the directory database (`DB`: users, API keys) until
 * `requireUser` knows the user and replaces it with the database of the user's bucket.
 */
export const withDb = createMiddleware<AppEnv>(async (c, next) => {
  c.set("db", directoryDb(c.env));
  await next();
});
