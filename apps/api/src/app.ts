import { HTTPException } from "hono/http-exception";
import { adminApp, metricsApp } from "./apps/admin";
import { publicApp } from "./apps/public";
import { userApp } from "./apps/user";
import { problem } from "./lib/problem";
import { withDb } from "./middleware/db";
import { openApiApp } from "./openapi/app";
import { documentConfig, registerComponents } from "./openapi/components";

/**
 * The API: three sub-apps, each with its auth at its root (apps/). A route belongs to one of them;
 * test/auth-coverage.test.ts checks every registered route answers 401 without credentials unless
 * it is on the public list. Every route is defined with `createRoute` (routes/): the definition
 * validates the request and is its part of `/openapi.json` (test/openapi.test.ts checks none is missing).
 */
const root = openApiApp();
root.use("*", withDb);

export const app = root
  .route("/", publicApp)
  .route("/admin", adminApp)
  .route("/v1/metrics", metricsApp)
  .route("/v1", userApp);

/** The API's routes as types: `hc<AppType>(url)` (hono/client) is a typed client (packages/client). */
export type AppType = typeof app;

registerComponents(app.openAPIRegistry);
app.doc31("/openapi.json", (c) => documentConfig(new URL(c.req.url).origin));

app.notFound((c) => problem(c, 404, "not_found", `No route for ${c.req.method} ${c.req.path}`));
app.onError((error, c) => {
  // Raised by a route definition's own checks (e.g. a body media type it does not declare).
  if (error instanceof HTTPException && error.status < 500) {
    const code = error.status === 415 ? "unsupported_media_type" : "invalid_request";
    return problem(c, error.status as 400, code, error.message);
  }
  console.error("unhandled", error);
  return problem(c, 500, "internal_error", "Something went wrong");
});
