import type { OpenAPIHono } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../env";
import { openApiApp } from "../openapi/app";

/**
 * A sub-app whose root runs `guard` before anything else: every route added to it, now or later,
 * is behind that guard. Mount it under a prefix (never at "/"), so the guard covers exactly that prefix.
 */
export function guardedApp(guard: MiddlewareHandler<AppEnv>): OpenAPIHono<AppEnv> {
  const app = openApiApp();
  app.use("*", guard);
  return app;
}
