// `smsledger import` against the real local stack: a generated SMS Backup & Restore file is imported,
// the CLI is killed while a batch is in flight, then resumed. Every inbox SMS must end in exactly one
// terminal state, recorded once and processed once, and the counts must add up.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { smsId } from "@smsledger/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readRecords } from "../src/formats/index";
import { openSource } from "../src/formats/source";
import type { IncomingSms } from "@smsledger/core";
import type { ImportState } from "../src/state";
import type { Summary } from "../src/summary";
import { fixture } from "./read";
import { cliDir, lastJson, newUser, runCli, type Stack, startStack } from "./stack";

const TERMINAL = ["parsed", "not_financial", "needs_review", "dead_lettered"];
const work = mkdtempSync(join(tmpdir(), "smsledger-cli-import-"));
const file = join(work, "backup.xml");
const importState = join(work, "state");
let stack: Stack;
let expected: { records: number; inbox: number; sent: number; mms: number };

beforeAll(async () => {
  const generator = join(cliDir, "scripts/gen-backup.mjs");
  const out = execFileSync(process.execPath, [generator, "--count", "1500", "--seed", "42", "--out", file]);
  expected = JSON.parse(out.toString());
  stack = await startStack();
});

afterAll(async () => {
  await stack?.stop();
  rmSync(work, { recursive: true, force: true });
});

const readState = (): ImportState | undefined => {
  if (!existsSync(importState)) return undefined; // the CLI has not written it yet
  const [name] = readdirSync(importState).filter((f) => f.endsWith(".json"));
  if (!name) return undefined;
  try {
    return JSON.parse(readFileSync(join(importState, name), "utf8")) as ImportState;
  } catch {
    return undefined; // being renamed into place
  }
};

async function inboxOf(path: string): Promise<IncomingSms[]> {
  const list: IncomingSms[] = [];
  for await (const record of readRecords("xml", openSource(path))) if (record.kind === "sms") list.push(record.sms);
  return list;
}

describe("smsledger import on the local stack", () => {
  it("is killed mid-batch, resumed, and every SMS ends in one terminal state, none twice", async () => {
    const { userId, key } = await newUser(stack, "cli import test");
    const env = { SMSLEDGER_URL: stack.base, SMSLEDGER_API_KEY: key, SMSLEDGER_IMPORT_STATE_DIR: importState };
    const args = ["import", file, "--batch", "100"];

    // First run: once 3 batches are confirmed and the next one is in flight (read from the state file the CLI
    // writes before and after each batch, whatever the progress output shows), kill the CLI.
    const first = runCli(args, env);
    const poll = setInterval(() => {
      const state = readState();
      if (state?.inFlight && state.done >= 300) clearInterval(poll), first.child.kill("SIGKILL");
    }, 1);
    first.done.finally(() => clearInterval(poll));
    const killed = await first.done;
    expect(killed.signal, `the CLI finished before it was killed:\n${killed.stderr}`).toBe("SIGKILL");
    const saved = readState()!;
    expect(saved.inFlight).toEqual({ from: saved.done, lines: 100 });
    expect(saved.done).toBeGreaterThan(0);
    expect(saved.done).toBeLessThan(expected.records);

    // Second run: asks the API about the last confirmed ingestion, re-sends the interrupted batch, goes on.
    const resumed = await runCli([...args, "--wait", "--wait-timeout", "240"], env).done;
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.stderr).toContain(`resuming after record ${saved.done}`);
    const summary = lastJson<Summary>(resumed.stdout);
    expect(summary).toMatchObject({ resumed_after: saved.done, records: expected.records, rejected: 0, stopped: null });
    expect(summary.skipped).toEqual({ sent: expected.sent, mms: expected.mms, other_box: 0 });
    expect(summary.accepted + summary.duplicates).toBe(expected.inbox);
    expect(summary.ingestions.slice(0, saved.ingestions.length)).toEqual(saved.ingestions);
    const states = summary.states!;
    expect(states.pending).toBe(0);
    expect(states.parsed + states.not_financial + states.needs_review + states.dead_lettered).toBe(summary.accepted);
    expect(
      readdirSync(importState).filter((f) => f.endsWith(".json")),
      "state file removed when done",
    ).toEqual([]);

    // Every inbox SMS of the file, by its deterministic id: stored once, queued once, one terminal state.
    const inbox = await inboxOf(file);
    expect(inbox).toHaveLength(expected.inbox);
    const ids = await Promise.all(inbox.map((sms) => smsId(userId, sms)));
    expect(new Set(ids).size).toBe(expected.inbox);
    const seen: { state: string; events: { state: string }[] }[] = [];
    for (let i = 0; i < ids.length; i += 20) {
      const batch = ids.slice(i, i + 20).map(async (id) => {
        const res = await fetch(`${stack.base}/v1/sms/${id}`, { headers: { authorization: `Bearer ${key}` } });
        expect(res.status, id).toBe(200);
        return (await res.json()) as { state: string; events: { state: string }[] };
      });
      seen.push(...(await Promise.all(batch)));
    }
    for (const sms of seen) {
      expect(TERMINAL).toContain(sms.state);
      expect(sms.events.filter((e) => e.state === "queued")).toHaveLength(1);
      expect(sms.events.filter((e) => TERMINAL.includes(e.state)).map((e) => e.state)).toEqual([sms.state]);
    }

    // Importing the same file again records nothing new.
    const again = await runCli(args, env).done;
    expect(again.code, again.stderr).toBe(0);
    expect(lastJson<Summary>(again.stdout)).toMatchObject({
      accepted: 0,
      duplicates: expected.inbox,
      resumed_after: null,
    });
  });

  it("uploads the other formats: SMS Import / Export NDJSON and iMazing CSV, with reasons for rejected lines", async () => {
    const { key } = await newUser(stack, "cli formats test");
    const env = {
      SMSLEDGER_URL: stack.base,
      SMSLEDGER_API_KEY: key,
      SMSLEDGER_IMPORT_STATE_DIR: join(work, "state-formats"),
    };
    const ndjson = await runCli(["import", fixture("sms-ie.ndjson")], env).done;
    expect(ndjson.code, ndjson.stderr).toBe(0);
    expect(lastJson<Summary>(ndjson.stdout)).toMatchObject({
      format: "ndjson",
      records: 6,
      accepted: 3,
      duplicates: 0,
      rejected: 1,
      rejected_examples: [{ at: "line 6", reason: "(line): invalid JSON" }],
      skipped: { sent: 1, mms: 1, other_box: 0 },
    });
    const csv = await runCli(["import", fixture("imazing.csv")], env).done;
    expect(csv.code, csv.stderr).toBe(0);
    expect(lastJson<Summary>(csv.stdout)).toMatchObject({ format: "csv", records: 3, accepted: 2, rejected: 0 });
  });

  it("stops with a clear error when the key is refused, keeping the state for a retry", async () => {
    const stateDir = join(work, "state-401");
    const env = { SMSLEDGER_URL: stack.base, SMSLEDGER_API_KEY: "sl_not_a_key", SMSLEDGER_IMPORT_STATE_DIR: stateDir };
    const run = await runCli(["import", file], env).done;
    expect(run.code).toBe(3);
    const summary = lastJson<Summary>(run.stdout);
    expect(summary.stopped).toMatch(/^the API answered 401: /);
    expect(summary.accepted).toBe(0);
    expect(readdirSync(stateDir).filter((f) => f.endsWith(".json"))).toHaveLength(1);
  });
});
