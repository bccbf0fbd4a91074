#!/usr/bin/env node
// Diagnostic: a V8 CPU profile of the Workers of a running `pnpm bench` (or `pnpm dev`) stack.
// wrangler dev starts the workerd that runs the Workers with `--inspector-addr=127.0.0.1:0`; this script finds
// that workerd under the wrangler whose `--port` is given, reads its inspector's targets (/json/list), and takes
// a Profiler.start/stop profile of every target over `--seconds`, over raw WebSockets (Node 22's WebSocket).
// Writes one .cpuprofile per target into --out and prints the functions with the most self time, by target.
//   node scripts/bench/profile-workerd.mjs --port 8813 --seconds 60 --out /tmp/profiles
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";

const { values: opts } = parseArgs({
  options: {
    port: { type: "string" },
    seconds: { type: "string", default: "60" },
    "wait-seconds": { type: "string", default: "600" },
    interval: { type: "string", default: "200" },
    out: { type: "string", default: "profiles" },
    top: { type: "string", default: "40" },
    // Which targets to profile (regex on the title): the Workers by default; Miniflare's D1/KV/queue
    // simulators are Workers too ("d1:db", "kv:ns", "queues:queue").
    targets: { type: "string", default: "core:user:smsledger" },
  },
});
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const argsOf = (pid) => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
  } catch {
    return [];
  }
};
const parentOf = (pid) => {
  try {
    return Number(readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ")[1]);
  } catch {
    return 0;
  }
};
const pids = () =>
  readdirSync("/proc")
    .filter((d) => /^\d+$/.test(d))
    .map(Number);

/** The workerd with an inspector whose ancestor is the wrangler dev serving --port. */
function findWorkerd(port) {
  const all = pids();
  const wrangler = all.filter((p) => {
    const a = argsOf(p);
    return a.some((x) => x.includes("wrangler")) && a.includes("dev") && a[a.indexOf("--port") + 1] === port;
  });
  for (const pid of all) {
    const a = argsOf(pid);
    if (!a[0]?.endsWith("/workerd") || !a.some((x) => x.startsWith("--inspector-addr"))) continue;
    for (let p = parentOf(pid); p > 1; p = parentOf(p)) if (wrangler.includes(p)) return pid;
  }
  return null;
}

/** The TCP ports a process listens on (ss -ltnp). */
function listening(pid) {
  const out = execFileSync("ss", ["-ltnpH"], { encoding: "utf8" });
  return out
    .split("\n")
    .filter((l) => l.includes(`pid=${pid},`))
    .map((l) => Number(l.trim().split(/\s+/)[3]?.split(":").pop()));
}

async function targetsOf(pid) {
  for (const port of listening(pid)) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/json/list`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return { port, targets: await res.json() };
    } catch {}
  }
  return null;
}

/** A minimal CDP session over one WebSocket. */
function session(url) {
  const ws = new WebSocket(url);
  let next = 1;
  const waiting = new Map();
  ws.addEventListener("message", (event) => {
    const msg = JSON.parse(String(event.data));
    const w = msg.id && waiting.get(msg.id);
    if (!w) return;
    waiting.delete(msg.id);
    if (msg.error) w.reject(new Error(JSON.stringify(msg.error)));
    else w.resolve(msg.result);
  });
  const opened = new Promise((resolve, reject) => {
    ws.addEventListener("open", resolve);
    ws.addEventListener("error", reject);
  });
  const send = (method, params = {}, timeoutMs = 10_000) =>
    new Promise((resolve, reject) => {
      const id = next++;
      waiting.set(id, { resolve, reject });
      ws.send(JSON.stringify({ id, method, params }));
      setTimeout(() => waiting.delete(id) && reject(new Error(`${method}: no answer`)), timeoutMs);
    });
  return { opened, send, close: () => ws.close() };
}

/** Self time per function (name + url:line), in ms, from a CPU profile. */
function selfTimes(profile) {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const deltas = profile.timeDeltas ?? [];
  for (const [i, id] of (profile.samples ?? []).entries()) {
    const node = byNode.get(id);
    const f = node.callFrame;
    const file = f.url ? f.url.split("/").slice(-2).join("/") : "";
    const key = `${f.functionName || "(anonymous)"} ${file}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  }
  return [...self.entries()].sort((a, b) => b[1] - a[1]);
}

const deadline = Date.now() + Number(opts["wait-seconds"]) * 1000;
let found = null;
while (!found && Date.now() < deadline) {
  const pid = findWorkerd(opts.port);
  if (pid) found = await targetsOf(pid);
  if (!found) await sleep(1000);
}
if (!found) throw new Error(`no workerd inspector under wrangler dev --port ${opts.port}`);
console.error(`inspector on ${found.port}: ${found.targets.map((t) => t.title || t.id).join(", ")}`);
mkdirSync(opts.out, { recursive: true });
const sessions = [];
const wanted = new RegExp(opts.targets);
for (const target of found.targets.filter((t) => wanted.test(t.title ?? ""))) {
  const s = session(target.webSocketDebuggerUrl.replace("localhost", "127.0.0.1"));
  try {
    await s.opened;
    await s.send("Profiler.enable", {}, 30_000);
    await s.send("Profiler.setSamplingInterval", { interval: Number(opts.interval) }, 30_000);
    await s.send("Profiler.start", {}, 30_000);
    sessions.push({ target, s });
  } catch (error) {
    console.error(`skipped ${target.title}: ${error.message}`);
    s.close();
  }
}
console.error(`profiling ${sessions.length} target(s) for ${opts.seconds} s`);
await sleep(Number(opts.seconds) * 1000);
const summary = {};
for (const { target, s } of sessions) {
  const { profile } = await s.send("Profiler.stop", {}, 60_000);
  s.close();
  const name = (target.title || target.id).replace(/[^\w.-]+/g, "_");
  writeFileSync(join(opts.out, `${name}.cpuprofile`), JSON.stringify(profile));
  const times = selfTimes(profile);
  const total = times.reduce((sum, [, ms]) => sum + ms, 0);
  const idle = times.filter(([k]) => k.startsWith("(idle)")).reduce((sum, [, ms]) => sum + ms, 0);
  summary[name] = { sampled_ms: Math.round(total), busy_ms: Math.round(total - idle) };
  console.log(`\n== ${name}: ${Math.round(total - idle)} ms busy of ${Math.round(total)} ms sampled`);
  for (const [key, ms] of times.slice(0, Number(opts.top))) console.log(`${ms.toFixed(1).padStart(9)}  ${key}`);
}
console.log(JSON.stringify(summary));
process.exit(0);
