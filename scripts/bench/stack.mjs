// A private, frozen copy of the two Workers for the benchmark.
// `scripts/dev.mjs` writes apps/*/.dev.vars and runs wrangler on the source tree, so any other
// `pnpm dev`/`smoke`/`faults` run, or any source edit, makes wrangler reload the Workers mid-run (with
// the other run's vars). Here each Worker is bundled once (`wrangler deploy --dry-run --outdir`) into
// the bench state dir, with its own config copy and .dev.vars there, and served with --no-bundle, so
// the run measures one fixed build and nothing outside the state dir can reload it.
import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { withD1Shards } from "../lib/d1-shards.mjs";
import { parseJsonc } from "../lib/jsonc.mjs";

function wranglerSync(root, env, args) {
  const res = spawnSync(join(root, "node_modules/.bin/wrangler"), args, { cwd: root, env, encoding: "utf8" });
  if (res.status !== 0) throw new Error(`wrangler ${args.join(" ")} failed:\n${res.stdout}${res.stderr}`);
}

/** Bundles one app into buildDir/<app> and writes a config for the bundle there; returns its path. */
function freeze(root, env, app, buildDir, vars, consume, d1Shards) {
  const source = join(root, "apps", app, "wrangler.jsonc");
  const out = join(buildDir, app);
  mkdirSync(out, { recursive: true });
  // N D1 databases (D1_SHARDS): DB, DB_1 … DB_{N-1}, the same migrations each (scripts/lib/d1-shards.mjs).
  const config = withD1Shards(parseJsonc(readFileSync(source, "utf8")), d1Shards);
  // No $schema, no production env, and no custom build (the dashboard build writes into the source tree).
  delete config.$schema;
  delete config.env;
  delete config.build;
  if (config.assets?.directory) {
    // A copy, so that a dashboard rebuild during the run does not reload the Workers.
    cpSync(resolve(dirname(source), config.assets.directory), join(out, "assets"), { recursive: true });
    config.assets.directory = join(out, "assets");
  }
  for (const db of config.d1_databases ?? [])
    if (db.migrations_dir) db.migrations_dir = resolve(dirname(source), db.migrations_dir);
  const bundleConfig = join(out, "bundle.json");
  writeFileSync(bundleConfig, JSON.stringify({ ...config, main: resolve(dirname(source), config.main) }, null, 2));
  wranglerSync(root, env, ["deploy", "--dry-run", "--outdir", join(out, "dist"), "-c", bundleConfig]);
  config.main = join(out, "dist/index.js");
  config.no_bundle = true;
  // Ingest-only diagnostic: no queue consumers, so the API has workerd's one thread to itself.
  if (!consume && config.queues) delete config.queues.consumers;
  config.rules = [{ type: "ESModule", globs: ["**/*.js"] }];
  const file = join(out, "wrangler.json");
  writeFileSync(file, JSON.stringify(config, null, 2));
  writeFileSync(
    join(out, ".dev.vars"),
    Object.entries(vars)
      .map(([k, v]) => `${k}=${JSON.stringify(String(v))}\n`)
      .join(""),
  );
  return file;
}

/**
 * Bundles both Workers and starts them in one wrangler dev session (shared local D1, KV, Queues, DOs)
 * persisted in stateDir, with `d1Shards` D1 databases. Returns the detached child (its own process group).
 */
export function startFrozenWorkers({ root, stateDir, port, vars, stdio, consume = true, d1Shards = 1 }) {
  // X_LOCAL_OBSERVABILITY=false: no streaming tail of every invocation, log line, KV, D1 and fetch call of both
  // Workers to wrangler's local observability collector (a local dashboard; nothing like it runs in the Worker's
  // CPU on Cloudflare). It cost workerd's one thread ~8% in a profile (TailStreamTarget::report and its JS).
  const env = { ...process.env, WRANGLER_SEND_METRICS: "false", X_LOCAL_OBSERVABILITY: "false" };
  const buildDir = join(stateDir, "build");
  const configs = ["api", "consumer"].map((app) => freeze(root, env, app, buildDir, vars, consume, d1Shards));
  const args = [
    "dev",
    ...configs.flatMap((c) => ["-c", c]),
    "--no-bundle",
    "--ip",
    "127.0.0.1",
    "--port",
    String(port),
    "--persist-to",
    stateDir,
    "--show-interactive-dev-session=false",
  ];
  return spawn(join(root, "node_modules/.bin/wrangler"), args, { cwd: buildDir, env, stdio, detached: true });
}

/**
 * Stops a detached child's whole process group: SIGTERM, then SIGKILL to whatever is left after
 * graceMs (wrangler may otherwise restart workerd when its state dir is removed meanwhile).
 */
export async function stopGroup(child, graceMs = 3000) {
  const signal = (sig) => {
    try {
      process.kill(-child.pid, sig);
      return true;
    } catch {
      return false; // the group is gone
    }
  };
  if (!signal("SIGTERM")) return;
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    if (!signal(0)) return;
  }
  signal("SIGKILL");
}
