// `pnpm smoke` (run with tsx; type-checked by packages/client's `typecheck`, so a route change breaks it): the README's promise, checked against the real local stack that `pnpm dev` runs.
// Starts it on fresh state, posts 3 SMS (2 bank alerts, 1 OTP) with the demo key, and checks that
// the ledger lists exactly the 2 transactions within a few seconds, that re-posting adds nothing,
// and that another user's key sees none of them.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createClient } from "../packages/client/src/index";

const stateDir = mkdtempSync(join(tmpdir(), "smsledger-smoke-"));
process.env.SMSLEDGER_STATE_DIR = stateDir;
const { root, newKey, seedUser, waitForHealth } = await import("./lib/local-stack.mjs");

const port = Number(process.env.PORT ?? 8787);
const base = `http://127.0.0.1:${port}`;
const demoKey = newKey();
const dev = spawn(process.execPath, [join(root, "scripts/dev.mjs")], {
  cwd: root,
  env: { ...process.env, DEMO_API_KEY: demoKey, PORT: String(port) },
  stdio: ["ignore", "pipe", "inherit"],
  detached: true,
});
dev.stdout.on("data", () => {});

function stop() {
  try {
    if (dev.pid) process.kill(-dev.pid, "SIGTERM");
  } catch {}
}

const failures: string[] = [];
let passed = 0;
function check(name: string, ok: boolean, detail = "") {
  if (ok) passed += 1;
  console.log(`${ok ? "ok  " : "FAIL"} ${name}${detail ? ` (${detail})` : ""}`);
  if (!ok) failures.push(name);
}

const messages = [
  {
    sender: "VM-HDFCBK-S",
    body: "Rs.1,250.00 debited from A/c XX4321 on 12-11-26 to VPA swiggy@axisbank (UPI Ref No 431298765432). Not you? Call 18002586161 - HDFC Bank",
    received_at: "2026-11-12T10:00:00+05:30",
  },
  {
    sender: "AD-ICICIB-S",
    body: "ICICI Bank Acct XX7788 credited with Rs 45,000.00 on 12-Nov-26 by NEFT from ACME PAYROLL. Avl Bal Rs 61,210.55.",
    received_at: "2026-11-12T11:00:00+05:30",
  },
  {
    sender: "VM-SBIOTP-S",
    body: "482913 is your OTP for a transaction of Rs 2,000.00 at AMAZON. Valid for 5 mins. Do not share it with anyone - SBI",
    received_at: "2026-11-12T12:00:00+05:30",
  },
];

const client = (key: string) => createClient(base, { key });
const post = (key: string) => client(key).v1.sms.$post({ query: {}, json: { messages } });
/** The ledger's first page as JSON (the route also answers CSV, hence the narrowing). */
const ledger = async (key: string) => {
  const res = await client(key).v1.transactions.$get({ query: {} });
  const body = res.status === 200 ? await res.json() : null;
  return typeof body === "object" && body !== null && "items" in body ? body : { items: [], next_cursor: null };
};

try {
  await waitForHealth(base, 120_000);
  const first = await (await post(demoKey)).json();
  check(
    "first upload accepts 3",
    "accepted" in first && first.accepted === 3 && first.duplicates === 0,
    JSON.stringify(first),
  );

  const started = Date.now();
  let items: Awaited<ReturnType<typeof ledger>>["items"] = [];
  while (Date.now() - started < 10_000) {
    items = (await ledger(demoKey)).items;
    if (items.length >= 2) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  const elapsed = Date.now() - started;
  const got = items.map((t) => `${t.direction} ${t.amount} ${t.currency}`).sort();
  check(
    "ledger lists exactly the 2 transactions",
    JSON.stringify(got) === JSON.stringify(["credit 45000.00 INR", "debit 1250.00 INR"]),
    got.join(", "),
  );
  check("within 2 s of the upload", elapsed <= 2000, `${elapsed} ms`);

  const again = await (await post(demoKey)).json();
  check(
    "re-upload is all duplicates",
    "accepted" in again && again.accepted === 0 && again.duplicates === 3,
    JSON.stringify(again),
  );
  await new Promise((r) => setTimeout(r, 1500));
  const after = (await ledger(demoKey)).items;
  check("re-upload added nothing", after.length === 2, `${after.length} items`);

  const otherKey = newKey();
  seedUser({ id: "usr_smoke_other", name: "Other user", key: otherKey });
  const seen = await client(otherKey).v1.transactions.$get({ query: {} });
  const none = seen.status === 200 && (await ledger(otherKey)).items.length === 0;
  check("another key sees none of them", none, `status ${seen.status}`);
  check("a wrong key gets 401", (await client("sl_wrong").v1.transactions.$get({ query: {} })).status === 401);
} catch (error) {
  check("smoke run", false, String(error));
} finally {
  stop();
  rmSync(stateDir, { recursive: true, force: true });
}
console.log(`smoke: ${passed} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
