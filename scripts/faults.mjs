#!/usr/bin/env node
// `pnpm faults`: a larger fault-injection run against the real local stack.
// Starts both Workers with FAULTS set, uploads SMS for several users, waits until every accepted
// SMS is in a terminal state, then checks the invariants in D1. Last line: one JSON object.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";

const { values: opts } = parseArgs({
  options: {
    sms: { type: "string", default: "5000" },
    users: { type: "string", default: "20" },
    faults: { type: "string", default: "consumer_throw=0.2,d1_fail=0.2,upstream_fail=0.2" },
    port: { type: "string", default: "8791" },
    "timeout-seconds": { type: "string", default: "600" },
  },
});
const total = Number(opts.sms);
const userCount = Number(opts.users);
const base = `http://127.0.0.1:${opts.port}`;

const stateDir = mkdtempSync(join(tmpdir(), "smsledger-faults-"));
process.env.SMSLEDGER_STATE_DIR = stateDir;
const { root, execSql, newKey, waitForHealth } = await import("./lib/local-stack.mjs");
const admin = newKey();
const dev = spawn(process.execPath, [join(root, "scripts/dev.mjs")], {
  cwd: root,
  env: {
    ...process.env,
    PORT: opts.port,
    ADMIN_TOKEN: admin,
    DEMO_API_KEY: newKey(),
    FAULTS: opts.faults,
    RETRY_BASE_SECONDS: "1",
    D1_SHARDS: "1", // its checks read DB alone (execSql); the N = 2 fault run is tests/e2e's faults project
  },
  stdio: ["ignore", "ignore", "inherit"],
  detached: true,
});
const stop = () => {
  try {
    process.kill(-dev.pid, "SIGTERM");
  } catch {}
};

const json = async (res) => ({ status: res.status, body: await res.json() });
const call = (path, key, init = {}) =>
  fetch(`${base}${path}`, {
    ...init,
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json", ...init.headers },
  }).then(json);
const query = (sql) => JSON.parse(execSql(sql).replace(/^[^[]*/s, ""))[0].results;

function sms(n) {
  const kinds = [
    [
      `VM-HDFCBK-S`,
      `Rs.${(n % 5000) + 1}.00 debited from A/c XX4321 on 12-11-26 to VPA m${n}@okaxis (UPI Ref No ${400000000000 + n}) - HDFC Bank`,
    ],
    [
      `AD-ICICIB-S`,
      `ICICI Bank Acct XX7788 credited with Rs ${(n % 9000) + 1}.00 on 12-Nov-26 by NEFT from PAYER ${n}.`,
    ],
    [
      `VM-SBIOTP-S`,
      `${100000 + (n % 900000)} is your OTP for a transaction of Rs ${n % 300}.00. Do not share it - SBI`,
    ],
    [`VM-SWIGGY-P`, `Get flat Rs.${n % 500} off on your next order ${n}! T&C apply`],
  ];
  const [sender, body] = kinds[n % kinds.length];
  return { sender, body, received_at: "2026-11-12T10:00:00+05:30" };
}

const result = { sms: total, users: userCount, faults: opts.faults };
const started = Date.now();
try {
  await waitForHealth(base, 120_000);
  const users = [];
  for (let u = 0; u < userCount; u++) {
    const created = await call("/admin/users", admin, {
      method: "POST",
      body: JSON.stringify({ name: `faulty ${u}` }),
    });
    users.push({ id: created.body.user_id, key: created.body.api_key.key, ingestions: [] });
  }
  const perUser = Math.ceil(total / userCount);
  let accepted = 0;
  for (const [u, user] of users.entries()) {
    const messages = Array.from({ length: perUser }, (_, i) => sms(u * perUser + i)).slice(
      0,
      Math.max(0, total - u * perUser),
    );
    for (let i = 0; i < messages.length; i += 500) {
      const res = await call("/v1/sms", user.key, {
        method: "POST",
        body: JSON.stringify({ messages: messages.slice(i, i + 500) }),
      });
      if (res.status !== 202) throw new Error(`upload answered ${res.status}: ${JSON.stringify(res.body)}`);
      accepted += res.body.accepted;
      user.ingestions.push(res.body.ingestion_id);
    }
  }
  const rejectedUser = await call("/admin/users", admin, {
    method: "POST",
    body: JSON.stringify({ name: "rejected" }),
  });
  const rejected = await call("/v1/sms", rejectedUser.body.api_key.key, {
    method: "POST",
    body: JSON.stringify({ messages: [sms(1), { sender: "", body: "", received_at: "x" }] }),
  });
  result.accepted = accepted;
  result.rejected_request_status = rejected.status;

  const deadline = Date.now() + Number(opts["timeout-seconds"]) * 1000;
  let pending = Infinity;
  while (Date.now() < deadline) {
    pending = 0;
    for (const user of users)
      for (const id of user.ingestions) pending += (await call(`/v1/ingestions/${id}`, user.key)).body.pending;
    if (pending === 0) break;
    await new Promise((r) => setTimeout(r, 1000));
  }
  result.pending_after_wait = pending;
  result.seconds_to_terminal = (Date.now() - started) / 1000;

  const states = Object.fromEntries(
    query("SELECT state, COUNT(*) AS n FROM sms GROUP BY state").map((r) => [r.state, r.n]),
  );
  result.states = states;
  result.duplicate_transaction_rows = query(
    "SELECT COUNT(*) AS n FROM (SELECT 1 FROM transactions GROUP BY user_id, sms_id, seq HAVING COUNT(*) > 1)",
  )[0].n;
  result.orphan_transactions = query(
    "SELECT COUNT(*) AS n FROM transactions t WHERE NOT EXISTS (SELECT 1 FROM sms s WHERE s.user_id = t.user_id AND s.id = t.sms_id AND s.state = 'parsed')",
  )[0].n;
  result.rows_from_rejected_request = query(
    `SELECT COUNT(*) AS n FROM sms WHERE user_id = '${rejectedUser.body.user_id}'`,
  )[0].n;
  result.retried_sms = query("SELECT COUNT(*) AS n FROM sms WHERE attempts > 1")[0].n;
  const terminal = ["parsed", "not_financial", "needs_review", "dead_lettered"].reduce(
    (s, k) => s + (states[k] ?? 0),
    0,
  );
  result.ok =
    pending === 0 &&
    terminal === accepted &&
    (states.queued ?? 0) === 0 &&
    result.duplicate_transaction_rows === 0 &&
    result.orphan_transactions === 0 &&
    result.rows_from_rejected_request === 0 &&
    rejected.status === 400;
} catch (error) {
  result.ok = false;
  result.error = String(error);
} finally {
  stop();
  rmSync(stateDir, { recursive: true, force: true });
}
console.log(JSON.stringify(result));
process.exit(result.ok ? 0 : 1);
