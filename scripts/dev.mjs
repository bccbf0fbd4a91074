#!/usr/bin/env node
// `pnpm dev`: migrations, demo user, then both Workers at http://127.0.0.1:8787.
// D1_SHARDS=N: N local D1 databases (DB, DB_1 … DB_{N-1}), each migrated; users spread over them by hash.
import { spawn } from "node:child_process";
import { join } from "node:path";
import {
  adminToken,
  applyMigrations,
  d1Shards,
  demoKey,
  root,
  seedUser,
  startWorkers,
  waitForHealth,
} from "./lib/local-stack.mjs";

const port = Number(process.env.PORT ?? 8787);
const base = `http://127.0.0.1:${port}`;
applyMigrations();
const key = demoKey();
seedUser({ id: "usr_demo", name: "Demo user", key });

// FAKE_LLM=1: also run the fake OpenAI-compatible upstream and point the consumer at it.
let fakeLlm;
if (process.env.FAKE_LLM === "1") {
  const llmPort = process.env.FAKE_LLM_PORT ?? "8788";
  fakeLlm = spawn(process.execPath, [join(root, "tools/fake-llm/bin/fake-llm.mjs"), "--port", llmPort], {
    stdio: ["ignore", "inherit", "inherit"],
  });
  process.env.UPSTREAM_URL ??= `http://127.0.0.1:${llmPort}/v1`;
  process.env.UPSTREAM_MODEL ??= "fake-llm";
}

const admin = adminToken();
const vars = { ADMIN_TOKEN: admin };
for (const name of ["FAULTS", "RETRY_BASE_SECONDS", "UPSTREAM_URL", "UPSTREAM_MODEL"])
  if (process.env[name]) vars[name] = process.env[name];
const workers = startWorkers({ port, vars });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => (workers.kill(signal), fakeLlm?.kill(signal)));
workers.on("exit", (code) => process.exit(code ?? 0));

await waitForHealth(base, 120_000);
console.log(`
smsledger is running at ${base}
Demo API key: ${key}
Admin token:  ${admin}${process.env.UPSTREAM_URL ? `\nUpstream LLM: ${process.env.UPSTREAM_URL} (${process.env.UPSTREAM_MODEL})` : ""}
Dashboard:    ${base}/dashboard (sign in with the admin token or the demo key)
API docs:     ${base}/docs${d1Shards > 1 ? `\nD1:           ${d1Shards} databases, DB and DB_1 … DB_${d1Shards - 1} (D1_SHARDS)` : ""}${process.env.FAULTS ? `\nFault injection: ${process.env.FAULTS}` : ""}

Try it:
  curl -s -X POST ${base}/v1/sms \\
    -H "authorization: Bearer ${key}" -H "content-type: application/json" \\
    -d '{"messages":[{"sender":"VM-HDFCBK-S","body":"Rs.1,250.00 debited from A/c XX4321 on 12-11-26 to VPA swiggy@axisbank (UPI Ref No 431298765432) - HDFC Bank","received_at":"2026-11-12T10:00:00+05:30"}]}'
  curl -s ${base}/v1/transactions -H "authorization: Bearer ${key}"
`);
