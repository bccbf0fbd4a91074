#!/usr/bin/env node
// Diagnostic: what one request costs the local stack, by kind. Starts the frozen Workers without the
// queue consumer (so nothing else runs), then sends N sequential requests of each kind and reports
// the server-side time (wrangler's log) and the workerd CPU per request. Kinds, each adding a step:
// GET /nope (404: proxy + routing only), GET /health (+ D1, KV, queue and limiter checks), GET /v1/transactions?limit=1 (+ API-key auth),
// POST /v1/sms with 1, 10, 100 and 1000 SMS (+ rate limit, validation, D1 writes, queue send).
// Usage: node scripts/bench/probe-requests.mjs [--n 200] [--port 8797]
import { mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { register } from "tsx/esm/api";
import { snapshot } from "./memory.mjs";
import { startFrozenWorkers, stopGroup } from "./stack.mjs";
import { percentile } from "./report.mjs";

const { values: opts } = parseArgs({
  options: { n: { type: "string", default: "200" }, port: { type: "string", default: "8797" } },
});
const n = Number(opts.n);
const stateDir = mkdtempSync(join(tmpdir(), "smsledger-probe-"));
process.env.SMSLEDGER_STATE_DIR = stateDir;
const { root, applyMigrations, newKey } = await import("../lib/local-stack.mjs");
// The API calls go through the typed client (api.ts: type-checked by packages/client); tsx loads it.
register();
const { createUser, health, latestTransaction, postSms, waitForApi } = await import("./api.ts");
const base = `http://127.0.0.1:${opts.port}`;
const logFile = join(stateDir, "stack.log");
const admin = newKey();
applyMigrations();
const dev = startFrozenWorkers({
  root,
  stateDir,
  port: opts.port,
  consume: false,
  vars: { ADMIN_TOKEN: admin },
  stdio: ["ignore", openSync(logFile, "a"), openSync(logFile, "a")],
});
const workerdCpu = () =>
  snapshot([dev.pid])
    .processes.filter((p) => p.name === "workerd")
    .reduce((s, p) => s + p.cpu_s, 0);
const serverTimes = (from) =>
  [
    ...readFileSync(logFile, "utf8")
      .slice(from)
      .matchAll(/\] (?:GET|POST) \S+ \d{3}[^(\n]*\((\d+)ms\)/g),
  ].map((m) => Number(m[1]));

const results = {};
try {
  await waitForApi(base, 180_000);
  const users = [];
  for (let u = 0; u < 8; u++) {
    users.push((await createUser(base, admin, `probe ${u}`)).key);
  }
  let seq = 0;
  const sms = (k) =>
    Array.from({ length: k }, () => ({
      sender: "VM-HDFCBK-S",
      body: `Rs.${1 + (seq % 5000)}.00 debited from A/c XX4321 on 12-11-26 to VPA m${seq}@okaxis (UPI Ref No ${400000000000 + seq++}) - HDFC Bank`,
      received_at: "2026-11-12T10:00:00+05:30",
    }));
  const kinds = [
    ["GET /nope (404: routing only)", () => fetch(`${base}/nope`)],
    ["GET /health", () => health(base)],
    ["GET /v1/transactions?limit=1", (i) => latestTransaction(base, users[i % users.length])],
    ...[1, 10, 100, 1000].map((k) => [
      `POST /v1/sms x${k}`,
      (i) => postSms(base, users[i % users.length], "application/json", JSON.stringify({ messages: sms(k) })),
    ]),
  ];
  for (const [name, send] of kinds) {
    const count = name.endsWith("x1000") ? Math.min(n, 40) : n;
    for (let i = 0; i < 5; i++) await (await send(i)).text(); // warm-up
    await new Promise((r) => setTimeout(r, 300));
    const logFrom = readFileSync(logFile, "utf8").length;
    const cpu0 = workerdCpu();
    const t0 = performance.now();
    for (let i = 0; i < count; i++) {
      const res = await send(i);
      await res.text();
      if (res.status >= 400 && !name.includes("404")) throw new Error(`${name} answered ${res.status}`);
    }
    const wallMs = performance.now() - t0;
    await new Promise((r) => setTimeout(r, 300));
    const times = serverTimes(logFrom);
    results[name] = {
      requests: count,
      client_ms_mean: Math.round((wallMs / count) * 10) / 10,
      server_ms_p50: percentile(times, 50),
      workerd_cpu_ms_per_request: Math.round(((workerdCpu() - cpu0) * 1000 * 10) / count) / 10,
    };
    console.error(name, JSON.stringify(results[name]));
  }
} catch (error) {
  results.error = String(error);
} finally {
  await stopGroup(dev);
  rmSync(stateDir, { recursive: true, force: true });
}
console.log(JSON.stringify(results));
