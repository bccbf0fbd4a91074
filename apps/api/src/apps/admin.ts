import { MAX_ADMIN_BODY_BYTES } from "@smsledger/config";
import { requireAdmin } from "../middleware/admin";
import { limitBody } from "../middleware/body-limit";
import { adminRoutes } from "../routes/admin";
import { metricsRoutes } from "../routes/metrics";
import { guardedApp } from "./guarded";

/** Admin routes, mounted at `/admin`: each needs the admin token; bodies are capped. */
const capped = guardedApp(requireAdmin);
capped.use("*", limitBody(MAX_ADMIN_BODY_BYTES));
export const adminApp = capped.route("/", adminRoutes);

/**
 * Pipeline metrics, mounted at `/v1/metrics` for the dashboard: admin-only. It is mounted before the
 * user app, whose guard covers `/v1/*` too; so this path needs the admin token and is never public.
 */
export const metricsApp = guardedApp(requireAdmin).route("/", metricsRoutes);
