import { openApiApp } from "../openapi/app";
import { docsRoutes } from "../routes/docs";
import { healthRoutes } from "../routes/health";

/** The only routes without credentials: health, the OpenAPI document (app.ts) and its reference page. */
export const publicApp = openApiApp().route("/health", healthRoutes).route("/docs", docsRoutes);
