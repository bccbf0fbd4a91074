// Helpers shared by `pnpm dev` and `pnpm smoke`: the local D1 state, seeding, and the two Workers.
import { spawn, spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { d1ShardCount, shardBinding, withD1Shards } from "./d1-shards.mjs";
import { parseJsonc } from "./jsonc.mjs";

export const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
export const persistTo = process.env.SMSLEDGER_STATE_DIR ?? join(root, ".wrangler/state");
const wrangler = join(root, "node_modules/.bin/wrangler");
/** How many D1 databases the local stack runs with: D1_SHARDS (default 1). */
export const d1Shards = d1ShardCount();

/**
 * The Worker config wrangler runs: the checked-in one for one database; for D1_SHARDS=N > 1, a copy beside it
 * (git-ignored, so its relative paths and .dev.vars still resolve) that binds DB_1 … DB_{N-1} too.
 */
function configFor(app) {
  const source = join(root, "apps", app, "wrangler.jsonc");
  if (d1Shards === 1) return source;
  const file = join(root, "apps", app, `wrangler.d1-shards-${d1Shards}.json`);
  writeFileSync(file, JSON.stringify(withD1Shards(parseJsonc(readFileSync(source, "utf8")), d1Shards), null, 2));
  return file;
}
const apiConfig = configFor("api");
const consumerConfig = configFor("consumer");

const env = { ...process.env, WRANGLER_SEND_METRICS: "false", CI: process.env.CI ?? "" };

function run(args) {
  const result = spawnSync(wrangler, args, { cwd: root, env, encoding: "utf8" });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error(`wrangler ${args.slice(0, 3).join(" ")} failed`);
  }
  return result.stdout;
}

/** The API's static assets (the dashboard) must exist before wrangler reads its config: build them once on a fresh clone. */
function ensureDashboard() {
  if (existsSync(join(root, "apps/api/public/dashboard/index.html"))) return;
  const result = spawnSync(process.execPath, [join(root, "apps/api/scripts/build-dashboard.mjs")], {
    cwd: root,
    stdio: "inherit",
  });
  if (result.status !== 0) throw new Error("building the dashboard (apps/api/scripts/build-dashboard.mjs) failed");
}

/** Applies the drizzle-generated migrations to every local D1 database (the same files deploy applies remotely). */
export function applyMigrations() {
  ensureDashboard();
  mkdirSync(persistTo, { recursive: true });
  for (let i = 0; i < d1Shards; i++)
    run(["d1", "migrations", "apply", shardBinding(i), "--local", "-c", apiConfig, "--persist-to", persistTo]);
}

export function sqlString(value) {
  return `'${String(value).replaceAll("'", "''")}'`;
}

/** Runs SQL against a local D1 database: `DB` (bucket 0, the directory of users and keys) unless named. */
export function execSql(sql, binding = "DB") {
  return run(["d1", "execute", binding, "--local", "-c", apiConfig, "--persist-to", persistTo, "--command", sql]);
}

export const sha256 = (text) => createHash("sha256").update(text).digest("hex");

export function newKey() {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  return `sl_${[...randomBytes(40)].map((b) => alphabet[b % 62]).join("")}`;
}

/** Creates (or keeps) a user and gives them the key. */
export function seedUser({ id, name, key }) {
  const hash = sha256(key);
  execSql(
    `INSERT OR IGNORE INTO users (id, name) VALUES (${sqlString(id)}, ${sqlString(name)});` +
      `INSERT OR IGNORE INTO api_keys (id, user_id, key_hash, prefix, label) VALUES (${sqlString(`key_${hash.slice(0, 16)}`)}, ${sqlString(id)}, ${sqlString(hash)}, ${sqlString(key.slice(0, 7))}, 'seeded by pnpm dev');`,
  );
}

/** A secret from the environment, else the one generated on a previous run (kept in the state dir), else a new one. */
function keptSecret(envName, fileName) {
  if (process.env[envName]) return process.env[envName];
  const file = join(persistTo, fileName);
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const key = newKey();
  writeFileSync(file, `${key}\n`);
  return key;
}

/** The demo user's API key: DEMO_API_KEY when set. */
export const demoKey = () => keptSecret("DEMO_API_KEY", "demo-api-key.txt");

/** The admin token: ADMIN_TOKEN when set. */
export const adminToken = () => keptSecret("ADMIN_TOKEN", "admin-token.txt");

/** Starts both Workers in one wrangler session with shared local D1, KV, Queues and Durable Objects. */
export function startWorkers({ port = 8787, ip = "127.0.0.1", vars = {} } = {}) {
  // Vars and secrets reach each Worker through the .dev.vars beside its config (git-ignored), which
  // wrangler reads for every config of a multi-config session (--var and --env-file reach only the first).
  const dotVars = Object.entries(vars)
    .map(([name, value]) => `${name}=${JSON.stringify(String(value))}\n`)
    .join("");
  const dotVarsFiles = [apiConfig, consumerConfig].map((config) => join(dirname(config), ".dev.vars"));
  for (const file of dotVarsFiles) writeFileSync(file, dotVars);
  process.on("exit", () => {
    for (const file of dotVarsFiles) rmSync(file, { force: true });
  });
  const args = [
    "dev",
    "-c",
    apiConfig,
    "-c",
    consumerConfig,
    "--ip",
    ip,
    "--port",
    String(port),
    "--persist-to",
    persistTo,
    "--show-interactive-dev-session=false",
  ];
  return spawn(wrangler, args, { cwd: root, env, stdio: ["ignore", "inherit", "inherit"] });
}

/** Resolves once GET /health answers, or rejects after the timeout. */
export async function waitForHealth(base, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${base}/health`);
      if (res.ok) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${base}/health did not answer within ${timeoutMs} ms`);
}
