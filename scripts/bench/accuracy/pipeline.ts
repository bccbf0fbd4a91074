/**
 * The whole pipeline for `pnpm bench:accuracy`: the frozen local stack (`../stack.mjs`) with the fake upstream in
 * fixtures mode answering each message with its label; the cases uploaded as several users; every SMS waited
 * for until terminal; the ledger and each SMS read back through the API.
 */
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startFakeLlm, toAnswer } from "../../../tools/fake-llm/src/index.ts";
import { startFrozenWorkers, stopGroup } from "../stack.mjs";
import type { Reading } from "./score";

export interface Upload {
  /** The client id given to the SMS (its id in the user's data). */
  id: string;
  user: number;
  sender: string;
  body: string;
  received_at: string;
}

export interface PipelineRun {
  readings: Reading[];
  upstream: { requests: number; served: number; errors: number; rate_limited: number };
  /** The messages the fake upstream answered, in order. */
  asked: { sender: string; body: string }[];
  merged_rows: number;
  states: Record<string, number>;
  seconds: { stack_start: number; upload: number; drain: number; read_back: number };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const MONEY = new Set(["transaction", "refund"]);
const movementOf = (row: any): NonNullable<Reading["tx"]> => {
  const { direction, amount, currency, account, counterparty } = row;
  return { direction, amount, currency, account, counterparty };
};

/** A fixture answer the fake upstream accepts; an optional field it rejects (a label's method or category) is dropped. */
function validAnswer(answer: Record<string, unknown>): unknown {
  try {
    return toAnswer(answer);
  } catch {
    return toAnswer({ ...answer, method: null, category: null, account_kind: null });
  }
}

async function json(res: Response, what: string): Promise<any> {
  if (!res.ok) throw new Error(`${what} answered ${res.status}: ${await res.text()}`);
  return res.json();
}

/** Runs `work` over items with `n` concurrent workers. */
async function pool<T>(items: readonly T[], n: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (next < items.length) await work(items[next++] as T);
    }),
  );
}

export async function runPipeline(opts: {
  root: string;
  port: number;
  users: number;
  uploads: readonly Upload[];
  answers: Map<string, Record<string, unknown>>;
  timeoutSeconds: number;
  keepState: boolean;
  log: (msg: string) => void;
}): Promise<PipelineRun> {
  const { root, port, uploads, log } = opts;
  const stateDir = mkdtempSync(join(tmpdir(), "smsledger-accuracy-"));
  process.env.SMSLEDGER_STATE_DIR = stateDir;
  const stack = await import("../../lib/local-stack.mjs");
  const fixtures = join(stateDir, "labels.jsonl");
  const labels = [...opts.answers].map(([body, a]) => JSON.stringify({ body, answer: validAnswer(a) }));
  writeFileSync(fixtures, labels.join("\n") + "\n");
  const llm = await startFakeLlm({ port: 0, source: "fixtures", fixtures });
  const logFd = openSync(join(stateDir, "stack.log"), "a");
  const admin = stack.newKey();
  const base = `http://127.0.0.1:${port}`;
  const t0 = Date.now();
  let dev: ReturnType<typeof startFrozenWorkers> | undefined;
  try {
    stack.applyMigrations();
    dev = startFrozenWorkers({
      root,
      stateDir,
      port,
      stdio: ["ignore", logFd, logFd],
      vars: { ADMIN_TOKEN: admin, RETRY_BASE_SECONDS: "1", UPSTREAM_URL: llm.url, UPSTREAM_MODEL: "fake-llm" },
    });
    await stack.waitForHealth(base, 240_000);
    const tStack = Date.now();
    log(`stack up on ${base} in ${((tStack - t0) / 1000).toFixed(1)} s; fake upstream at ${llm.url}`);

    const keys: string[] = [];
    for (let u = 0; u < opts.users; u++) {
      const res = await fetch(`${base}/admin/users`, {
        method: "POST",
        headers: { authorization: `Bearer ${admin}`, "content-type": "application/json" },
        body: JSON.stringify({ name: `accuracy user ${u}` }),
      });
      keys.push((await json(res, "POST /admin/users")).api_key.key);
    }
    const auth = (u: number) => ({ authorization: `Bearer ${keys[u]}` });

    const ingestions: { user: number; id: string }[] = [];
    for (let u = 0; u < opts.users; u++) {
      const mine = uploads.filter((m) => m.user === u);
      for (let i = 0; i < mine.length; i += 1000) {
        const messages = mine
          .slice(i, i + 1000)
          .map(({ id, sender, body, received_at }) => ({ id, sender, body, received_at }));
        const res = await fetch(`${base}/v1/sms`, {
          method: "POST",
          headers: { ...auth(u), "content-type": "application/json" },
          body: JSON.stringify({ messages }),
        });
        const out = await json(res, "POST /v1/sms");
        if (out.accepted !== messages.length)
          throw new Error(`user ${u}: ${out.accepted} of ${messages.length} accepted`);
        ingestions.push({ user: u, id: out.ingestion_id });
      }
    }
    const tUpload = Date.now();
    log(
      `uploaded ${uploads.length} SMS as ${opts.users} users in ${ingestions.length} requests; waiting for terminal states`,
    );

    const deadline = Date.now() + opts.timeoutSeconds * 1000;
    let lastLog = 0;
    for (;;) {
      let pending = 0;
      for (const ing of ingestions) {
        const res = await fetch(`${base}/v1/ingestions/${ing.id}`, { headers: auth(ing.user) });
        pending += (await json(res, "GET /v1/ingestions")).pending;
      }
      if (pending === 0) break;
      if (Date.now() > deadline) throw new Error(`${pending} SMS still queued after ${opts.timeoutSeconds} s`);
      if (Date.now() - lastLog > 10_000) log(`${pending} SMS still queued`), (lastLog = Date.now());
      await sleep(1000);
    }
    const tDrain = Date.now();

    // The ledger, duplicates included (one row per alert), by SMS id.
    const rows = new Map<string, any>();
    let merged = 0;
    for (let u = 0; u < opts.users; u++) {
      let cursor: string | null = null;
      do {
        const q = `include_duplicates=true&limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
        const page = await json(
          await fetch(`${base}/v1/transactions?${q}`, { headers: auth(u) }),
          "GET /v1/transactions",
        );
        for (const item of page.items) {
          if (item.link_kind === "duplicate") merged++;
          if (!rows.has(`${u}\n${item.sms_id}`)) rows.set(`${u}\n${item.sms_id}`, item);
        }
        cursor = page.next_cursor;
      } while (cursor);
    }
    const readings: Reading[] = new Array(uploads.length);
    const states: Record<string, number> = {};
    await pool([...uploads.keys()], 8, async (i) => {
      const m = uploads[i] as Upload;
      const res = await fetch(`${base}/v1/sms/${encodeURIComponent(m.id)}`, { headers: auth(m.user) });
      const sms = await json(res, "GET /v1/sms/:id");
      states[sms.state] = (states[sms.state] ?? 0) + 1;
      const row = rows.get(`${m.user}\n${m.id}`);
      const moved = row && MONEY.has(row.intent);
      readings[i] = {
        state: sms.state,
        intent: sms.intent,
        parser: sms.parser,
        tx: moved ? movementOf(row) : null,
      };
    });
    const stats = llm.stats();
    return {
      readings,
      upstream: {
        requests: stats.requests,
        served: stats.served,
        errors: stats.errors,
        rate_limited: stats.rate_limited,
      },
      asked: llm.asked(),
      merged_rows: merged,
      states,
      seconds: {
        stack_start: (tStack - t0) / 1000,
        upload: (tUpload - tStack) / 1000,
        drain: (tDrain - tUpload) / 1000,
        read_back: (Date.now() - tDrain) / 1000,
      },
    };
  } finally {
    if (dev) await stopGroup(dev);
    await llm.close();
    closeSync(logFd);
    if (opts.keepState) log(`state and stack log kept in ${stateDir}`);
    else rmSync(stateDir, { recursive: true, force: true });
  }
}
