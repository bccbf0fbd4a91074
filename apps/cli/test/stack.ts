// The real local stack for the import tests: scripts/dev.mjs (both Workers under wrangler, Miniflare's D1,
// KV, Queues and Durable Object) on a free port with a fresh state directory; and the CLI as a child process.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const cliDir = join(import.meta.dirname, "..");
const root = join(cliDir, "../..");

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface Stack {
  base: string;
  adminToken: string;
  stop: () => Promise<void>;
  log: () => string;
}

export async function startStack(): Promise<Stack> {
  const stateDir = mkdtempSync(join(tmpdir(), "smsledger-cli-stack-"));
  const adminToken = `sl_${randomBytes(30).toString("hex")}`;
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let log = "";
  const dev: ChildProcess = spawn(process.execPath, [join(root, "scripts/dev.mjs")], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      SMSLEDGER_STATE_DIR: stateDir,
      ADMIN_TOKEN: adminToken,
      WRANGLER_SEND_METRICS: "false",
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const keep = (chunk: Buffer) => void (log = (log + chunk.toString()).slice(-20_000));
  dev.stdout!.on("data", keep);
  dev.stderr!.on("data", keep);
  const stop = async () => {
    for (const signal of ["SIGTERM", "SIGKILL"] as const) {
      try {
        process.kill(-dev.pid!, signal);
      } catch {}
      await new Promise((r) => setTimeout(r, 1000));
    }
    rmSync(stateDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 150_000;
  for (;;) {
    if (
      await fetch(`${base}/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (Date.now() > deadline || dev.exitCode !== null) {
      await stop();
      throw new Error(`the local stack did not start:\n${log.slice(-4000)}`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return { base, adminToken, stop, log: () => log };
}

/** A new user with an API key, through the admin API. */
export async function newUser(stack: Stack, name: string): Promise<{ userId: string; key: string }> {
  const res = await fetch(`${stack.base}/admin/users`, {
    method: "POST",
    headers: { authorization: `Bearer ${stack.adminToken}`, "content-type": "application/json" },
    body: JSON.stringify({ name }),
  });
  if (res.status !== 201) throw new Error(`POST /admin/users: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { user_id: string; api_key: { key: string } };
  return { userId: body.user_id, key: body.api_key.key };
}

export interface CliRun {
  child: ChildProcess;
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

/** Runs `smsledger ARGS` as the bin does; `onStderr` sees each chunk of its progress output. */
export function runCli(
  args: string[],
  env: Record<string, string | undefined>,
  onStderr?: (text: string, child: ChildProcess) => void,
): CliRun {
  const bin = join(cliDir, "bin/smsledger.mjs");
  const child = spawn(process.execPath, [bin, ...args], { cwd: cliDir, env: { ...process.env, ...env } });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (chunk: Buffer) => void (stdout += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
    onStderr?.(stderr, child);
  });
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>(
    (resolve) => child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, done };
}

/** The last stdout line, parsed. */
export const lastJson = <T>(stdout: string): T => JSON.parse(stdout.trim().split("\n").at(-1)!) as T;
