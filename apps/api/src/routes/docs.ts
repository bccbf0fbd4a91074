import { createRoute, z } from "@hono/zod-openapi";
import { openApiApp } from "../openapi/app";
import { DOCS_CSP, DOCS_PAGE } from "../openapi/docs-page";

const docsRoute = createRoute({
  method: "get",
  path: "/",
  summary: "This API's reference page (Scalar, served from the Worker's own assets)",
  responses: { 200: { description: "HTML", content: { "text/html": { schema: z.string() } } } },
});

export const docsRoutes = openApiApp().openapi(docsRoute, (c) =>
  c.html(DOCS_PAGE, 200, { "content-security-policy": DOCS_CSP }),
);
