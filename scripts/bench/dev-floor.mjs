#!/usr/bin/env node
// `pnpm bench:dev-floor`: what `wrangler dev` itself costs on this machine. Serves a Worker that only
// returns "ok" (no bindings, no framework) under the same wrangler, then loads it with C concurrent
// connections and reports requests/s and latency percentiles. Any API request of ours costs at least
// this, so it bounds what `pnpm bench` can show for ingest latency at C clients.
// Load generator: wrk when installed (apt-get install wrk; it costs less CPU than a Node client),
// else a Node fetch client. Usage: node scripts/bench/dev-floor.mjs [--concurrency 100] [--seconds 10]
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { percentile } from "./report.mjs";
import { stopGroup } from "./stack.mjs";

const { values: opts } = parseArgs({
  options: {
    concurrency: { type: "string", default: "100" },
    seconds: { type: "string", default: "10" },
    port: { type: "string", default: "8794" },
  },
});
const concurrency = Number(opts.concurrency);
const seconds = Number(opts.seconds);
const url = `http://127.0.0.1:${opts.port}/`;
const root = join(import.meta.dirname, "../..");
const dir = mkdtempSync(join(tmpdir(), "smsledger-dev-floor-"));
writeFileSync(join(dir, "index.js"), 'export default { fetch() { return new Response("ok"); } };\n');
writeFileSync(
  join(dir, "wrangler.json"),
  JSON.stringify({ name: "dev-floor", main: "index.js", compatibility_date: "2026-11-01" }),
);

const env = { ...process.env, WRANGLER_SEND_METRICS: "false" };
const args = [
  "dev",
  "--ip",
  "127.0.0.1",
  "--port",
  opts.port,
  "--persist-to",
  join(dir, "state"),
  "--show-interactive-dev-session=false",
];
const dev = spawn(join(root, "node_modules/.bin/wrangler"), args, { cwd: dir, env, stdio: "ignore", detached: true });

async function ready() {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("wrangler dev did not start within 60 s");
}

/** wrk's --latency output -> figures. */
function runWrk() {
  const out = spawnSync("wrk", ["-t2", `-c${concurrency}`, `-d${seconds}s`, "--latency", url], {
    encoding: "utf8",
  }).stdout;
  const ms = (label) => {
    const m = new RegExp(`${label}%\\s+([\\d.]+)(us|ms|s)`).exec(out);
    if (!m) return null;
    const v = Number(m[1]);
    return Math.round((m[2] === "us" ? v / 1000 : m[2] === "s" ? v * 1000 : v) * 10) / 10;
  };
  return {
    client: "wrk",
    requests_per_sec: Math.round(Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? 0)),
    p50_ms: ms("50"),
    p99_ms: ms("99"),
  };
}

async function runNode() {
  const latencies = [];
  const end = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        const t = performance.now();
        await (await fetch(url)).text();
        latencies.push(performance.now() - t);
      }
    }),
  );
  return {
    client: "node fetch",
    requests_per_sec: Math.round(latencies.length / seconds),
    p50_ms: percentile(latencies, 50),
    p99_ms: percentile(latencies, 99),
  };
}

let result;
try {
  await ready();
  for (let i = 0; i < 200; i++) await (await fetch(url)).text(); // warm-up
  const hasWrk = spawnSync("wrk", ["--version"]).error === undefined;
  result = { concurrency, seconds, ...(hasWrk ? runWrk() : await runNode()) };
} catch (error) {
  result = { error: String(error) };
} finally {
  await stopGroup(dev);
  rmSync(dir, { recursive: true, force: true });
}
console.log(JSON.stringify(result));
