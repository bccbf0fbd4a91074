import { Hono } from "hono";
import type { AppEnv } from "../env";
import { DOCS_PAGE } from "../openapi/docs-page";
import { openApiDocument } from "../openapi/document";
import { healthRoutes } from "../routes/health";

/** The only routes without credentials: health, the OpenAPI document and its docs page. */
export const publicApp = new Hono<AppEnv>();

publicApp.route("/health", healthRoutes);
publicApp.get("/openapi.json", (c) => c.json(openApiDocument(new URL(c.req.url).origin)));
publicApp.get("/docs", (c) => c.html(DOCS_PAGE));
