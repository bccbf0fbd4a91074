import { describe, expect, it } from "vitest";
import { app } from "../src/app";
import { call, newUser } from "./helpers";

const ADMIN = "test-admin-token";

/** The only endpoints that answer without credentials. */
const PUBLIC = ["GET /health", "GET /openapi.json", "GET /docs"];
/** Middleware every request passes (not an endpoint): puts the D1 client on the context. */
const GLOBAL_MIDDLEWARE = ["ALL /*", "ALL *"];
/** Paths behind the admin token; every other non-public path is behind a user key. */
const isAdminPath = (path: string) => path.startsWith("/admin") || path.startsWith("/v1/metrics");

interface Probe {
  route: string;
  method: string;
  path: string;
  /** A guard on a prefix, probed with an unknown path under it. */
  prefix: boolean;
}

/**
 * Every route registered on the app, read from Hono's route table at test time. Path parameters get a
 * made-up value; a guard registered on a prefix (`ALL /v1/*`) is probed with an unknown path under it.
 */
function probes(): Probe[] {
  const seen = new Map<string, Probe>();
  for (const { method, path } of app.routes) {
    const route = `${method} ${path}`;
    if (GLOBAL_MIDDLEWARE.includes(route)) continue;
    const concrete = path.replace(/:[A-Za-z]+/g, "probe-id").replace(/\*$/, "no-such-route");
    seen.set(route, { route, method: method === "ALL" ? "GET" : method, path: concrete, prefix: path.endsWith("*") });
  }
  return [...seen.values()];
}

describe("every route needs credentials unless it is on the public list", () => {
  const all = probes();
  const guarded = all.filter((p) => !PUBLIC.includes(p.route));

  it("finds the routes of all three sub-apps", () => {
    const routes = all.map((p) => p.route);
    const known = ["POST /v1/sms", "PATCH /v1/transactions/:id", "POST /admin/users", "GET /v1/metrics"];
    expect(routes).toEqual(expect.arrayContaining([...PUBLIC, ...known]));
    expect(guarded.length).toBeGreaterThanOrEqual(15);
  });

  it("answers 401 without credentials or with a made-up one, on every non-public route", async () => {
    for (const p of guarded) {
      for (const key of [undefined, "sl_made_up_key"]) {
        const res = await call(p.path, { method: p.method, key });
        expect(res.status, `${p.route} with ${key ?? "no key"}`).toBe(401);
        expect(await res.json(), p.route).toMatchObject({ error: "unauthorized" });
      }
    }
  });

  it("answers the public routes without credentials", async () => {
    for (const p of all.filter((q) => PUBLIC.includes(q.route))) {
      expect((await call(p.path, { method: p.method })).status, p.route).toBe(200);
    }
  });

  it("refuses a user key on admin routes and the admin token on user routes, and admits the right one", async () => {
    const user = await newUser("auth coverage");
    for (const p of guarded) {
      const [right, wrong] = isAdminPath(p.path) ? [ADMIN, user.key] : [user.key, ADMIN];
      expect(
        (await call(p.path, { method: p.method, key: wrong })).status,
        `${p.route} with the wrong credential`,
      ).toBe(401);
      // An unknown path under /v1/metrics passes the admin guard, then meets the user guard of /v1/*: still 401.
      if (p.prefix) continue;
      expect(
        (await call(p.path, { method: p.method, key: right })).status,
        `${p.route} with the right credential`,
      ).not.toBe(401);
    }
  });
});
