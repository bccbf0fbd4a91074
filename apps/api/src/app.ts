import { Hono } from "hono";
import type { AppEnv } from "./env";
import { problem } from "./lib/problem";
import { DOCS_PAGE } from "./openapi/docs-page";
import { openApiDocument } from "./openapi/document";
import { requireAdmin } from "./middleware/admin";
import { requireUser } from "./middleware/auth";
import { withDb } from "./middleware/db";
import { adminRoutes } from "./routes/admin";
import { healthRoutes } from "./routes/health";
import { ingestionRoutes } from "./routes/ingestions";
import { metricsRoutes } from "./routes/metrics";
import { smsRoutes } from "./routes/sms";
import { summaryRoutes } from "./routes/summary";
import { transactionRoutes } from "./routes/transactions";

export const app = new Hono<AppEnv>();

app.use("*", withDb);
app.route("/health", healthRoutes);
app.get("/openapi.json", (c) => c.json(openApiDocument(new URL(c.req.url).origin)));
app.get("/docs", (c) => c.html(DOCS_PAGE));

app.use("/admin/*", requireAdmin);
app.route("/admin", adminRoutes);

// Admin-only, registered before the user-key middleware so that it never reaches it.
app.use("/v1/metrics", requireAdmin);
app.route("/v1/metrics", metricsRoutes);

app.use("/v1/*", requireUser);
app.route("/v1/sms", smsRoutes);
app.route("/v1/ingestions", ingestionRoutes);
app.route("/v1/transactions", transactionRoutes);
app.route("/v1/summary", summaryRoutes);

app.notFound((c) => problem(c, 404, "not_found", `No route for ${c.req.method} ${c.req.path}`));
app.onError((error, c) => {
  console.error("unhandled", error);
  return problem(c, 500, "internal_error", "Something went wrong");
});
