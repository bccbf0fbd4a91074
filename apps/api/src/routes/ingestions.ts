import { Hono } from "hono";
import type { IngestionStatus } from "@smsledger/core";
import { getIngestionCounts } from "@smsledger/db";
import type { AppEnv } from "../env";
import { problem } from "../lib/problem";

export const ingestionRoutes = new Hono<AppEnv>();

ingestionRoutes.get("/:id", async (c) => {
  const found = await getIngestionCounts(c.get("db"), c.get("userId"), c.req.param("id"));
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
  return c.json(status);
});
