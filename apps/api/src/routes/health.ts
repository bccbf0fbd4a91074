import { Hono } from "hono";
import type { AppEnv } from "../env";

export const healthRoutes = new Hono<AppEnv>();

healthRoutes.get("/", async (c) => {
  const checks: Record<string, "ok" | string> = {};
  try {
    await c.env.DB.prepare("SELECT 1").first();
    checks.d1 = "ok";
  } catch (error) {
    checks.d1 = error instanceof Error ? error.message : "failed";
  }
  const healthy = Object.values(checks).every((v) => v === "ok");
  return c.json({ status: healthy ? "ok" : "degraded", checks }, healthy ? 200 : 503);
});
