import { Hono } from "hono";
import type { AppEnv } from "./env";
import { adminApp, metricsApp } from "./apps/admin";
import { publicApp } from "./apps/public";
import { userApp } from "./apps/user";
import { problem } from "./lib/problem";
import { withDb } from "./middleware/db";

/**
 * The API: three sub-apps, each with its auth at its root (apps/). A route belongs to one of them;
 * test/auth-coverage.test.ts checks every registered route answers 401 without credentials unless
 * it is on the public list.
 */
export const app = new Hono<AppEnv>();

app.use("*", withDb);
app.route("/", publicApp);
app.route("/admin", adminApp);
app.route("/v1/metrics", metricsApp);
app.route("/v1", userApp);

app.notFound((c) => problem(c, 404, "not_found", `No route for ${c.req.method} ${c.req.path}`));
app.onError((error, c) => {
  console.error("unhandled", error);
  return problem(c, 500, "internal_error", "Something went wrong");
});
