import { createRoute } from "@hono/zod-openapi";
import type { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { app } from "../src/app";
import { openApiApp } from "../src/openapi/app";
import { call, testEnv } from "./helpers";

/** Routes that are not API operations: the document itself. */
const UNDOCUMENTED = ["GET /openapi.json"];

/** `METHOD /path/{param}` of every endpoint registered on the app (middleware, method ALL, left out). */
function registeredRoutes(on: Pick<Hono, "routes"> = app): string[] {
  const routes = on.routes
    .filter((r) => r.method !== "ALL")
    .map((r) => `${r.method} ${r.path.replace(/:([A-Za-z]+)/g, "{$1}")}`);
  return [...new Set(routes)].filter((r) => !UNDOCUMENTED.includes(r)).sort();
}

type Paths = Record<string, Record<string, unknown>>;

async function documentedRoutes(paths?: Paths): Promise<string[]> {
  const doc = paths ? { paths } : ((await (await call("/openapi.json")).json()) as { paths: Paths });
  return Object.entries(doc.paths)
    .flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`))
    .sort();
}

describe("one definition per route", () => {
  it("documents exactly the routes the app serves: a route added without createRoute fails here", async () => {
    const registered = registeredRoutes();
    expect(registered.length).toBeGreaterThanOrEqual(17);
    expect(await documentedRoutes()).toEqual(registered);
  });

  it("tells a route added with .get (no definition) from one added with createRoute", async () => {
    const probe = openApiApp();
    const defined = createRoute({ method: "get", path: "/defined", responses: { 200: { description: "ok" } } });
    probe.openapi(defined, (c) => c.text("ok"));
    probe.get("/undefined", (c) => c.text("not in the document"));
    const paths = probe.getOpenAPI31Document({ openapi: "3.1.0", info: { title: "probe", version: "0" } })
      .paths as Paths;
    expect(registeredRoutes(probe)).toEqual(["GET /defined", "GET /undefined"]);
    expect(await documentedRoutes(paths)).toEqual(["GET /defined"]);
  });

  it("names core's schemas once and refers to them", async () => {
    const doc = (await (await call("/openapi.json")).json()) as Record<string, any>;
    const body = doc.paths["/v1/sms"].post.requestBody.content;
    expect(body["application/json"].schema.anyOf).toEqual([
      { $ref: "#/components/schemas/IngestRequest" },
      { $ref: "#/components/schemas/SmsGateWebhook" },
      { $ref: "#/components/schemas/SmsToUrlWebhook" },
    ]);
    expect(body["application/x-ndjson"].schema).toEqual({ $ref: "#/components/schemas/IncomingSms" });
    expect(doc.paths["/v1/sms/{id}"].get.responses["200"].content["application/json"].schema).toEqual({
      $ref: "#/components/schemas/SmsItem",
    });
    expect(doc.paths["/v1/sms/{id}"].get.responses["404"].content["application/json"].schema).toEqual({
      $ref: "#/components/schemas/Error",
    });
  });
});

describe("GET /docs", () => {
  it("serves the reference page with only same-origin scripts, under a same-origin CSP", async () => {
    const res = await call("/docs");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-security-policy")).toContain("script-src 'self'");
    const html = await res.text();
    const sources = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => /\bsrc="([^"]*)"/.exec(m[1] ?? "")?.[1]);
    expect(sources).toEqual(["/reference/scalar.js", "/reference/init.js"]);
    // No inline script, no other origin anywhere in the page.
    expect(html).not.toMatch(/<script>|<script\s[^>]*>[^<]+<\/script>/);
    expect(html).not.toMatch(/https?:\/\/|\/\//);
  });

  it("has both scripts in the Worker's own assets, the config pointing at /openapi.json", async () => {
    const assets = (testEnv as unknown as { ASSETS: Fetcher }).ASSETS;
    const scalar = await assets.fetch("http://api.test/reference/scalar.js");
    expect(scalar.status).toBe(200);
    expect((await scalar.text()).length).toBeGreaterThan(100_000);
    const init = await (await assets.fetch("http://api.test/reference/init.js")).text();
    expect(init).toContain('url: "/openapi.json"');
    expect(init).toContain("withDefaultFonts: false");
  });
});
