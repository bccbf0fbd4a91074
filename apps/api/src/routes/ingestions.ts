import { createRoute, z } from "@hono/zod-openapi";
import { IngestionStatus } from "@smsledger/core";
import { getIngestionCounts } from "@smsledger/db";
import { problem } from "../lib/problem";
import { openApiApp } from "../openapi/app";
import { errorBody, idParam, jsonBody, userAuth, userErrors } from "../openapi/schemas";

const getIngestionRoute = createRoute({
  method: "get",
  path: "/{id}",
  summary: "Progress of an upload",
  security: userAuth,
  request: { params: z.object({ id: idParam("id") }) },
  responses: { 200: jsonBody(IngestionStatus, "Counts"), ...userErrors, 404: errorBody("Not found") },
});

export const ingestionRoutes = openApiApp().openapi(getIngestionRoute, async (c) => {
  const found = await getIngestionCounts(c.get("db"), c.get("userId"), c.req.valid("param").id);
  if (!found) return problem(c, 404, "not_found", "No such ingestion");
  const { ingestion, counts } = found;
  const status: IngestionStatus = {
    id: ingestion.id,
    format: ingestion.format,
    created_at: new Date(ingestion.createdAt).toISOString(),
    accepted: ingestion.accepted,
    duplicates: ingestion.duplicates,
    pending: counts.queued,
    parsed: counts.parsed,
    not_financial: counts.not_financial,
    needs_review: counts.needs_review,
    dead_lettered: counts.dead_lettered,
    complete: counts.queued === 0,
  };
  return c.json(status, 200);
});
