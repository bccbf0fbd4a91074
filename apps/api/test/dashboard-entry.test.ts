import { describe, expect, it } from "vitest";
import { call } from "./helpers";

const SECRET = "sk_live_dashboard_secret_1234";

describe("dashboard entry: credentials never echoed in a Location", () => {
  for (const path of [
    `/dashboard?key=${SECRET}`,
    `/dashboard/?key=${SECRET}`,
    `/dashboard?token=${SECRET}`,
    `/dashboard/?view=review&key=${SECRET}`,
    `/dashboard/index.html?token=${SECRET}`,
  ]) {
    it(`redirects ${path.replace(SECRET, "…")} without its query`, async () => {
      const res = await call(path, { redirect: "manual" });
      expect(res.status).toBe(303);
      const location = res.headers.get("location") ?? "";
      expect(location).not.toContain(SECRET);
      expect(location).not.toContain("?");
      expect(location).toBe(new URL(`http://x${path}`).pathname.replace(/^\/dashboard$/, "/dashboard/"));
      expect(res.headers.get("cache-control")).toBe("no-store");
    });
  }

  it("still serves the page at /dashboard/", async () => {
    const res = await call("/dashboard/", { redirect: "manual" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/html");
    expect(await res.text()).toContain("<html");
  });

  it("serves the page's script and leaves queries without credentials alone", async () => {
    const script = await call("/dashboard/app.js", { redirect: "manual" });
    expect(script.status).toBe(200);
    const other = await call("/dashboard/?view=review", { redirect: "manual" });
    expect(other.status).toBe(200);
  });

  it("leaves the API routes to the app", async () => {
    const res = await call("/health");
    expect(res.status).not.toBe(303);
  });
});
