// `tsx scripts/bench/replay-calls.ts [--sms 30000] [--rules-check 0|1]`: the e2e bench's corpus (same builder,
// same defaults) replayed through core's read policy one batch at a time, with no concurrency and no Workers: the
// upstream calls per format the policy itself makes. The upstream double answers as tools/fake-llm does in the
// bench (the corpus's fixtures, else core's parser). A benchmark, not a test; prints one JSON line.
import { join } from "node:path";
import { parseArgs } from "node:util";
import { answerFromParser, toAnswer } from "../../tools/fake-llm/src/answers.ts";
import { AskLeases, type Pending, type PermitSource, type Resolution } from "../../packages/core/src/reading/index.ts";
import { DEFAULT_READ_SETTINGS, readMessages } from "../../packages/core/src/reading/read-batch.ts";
import { emptyCounters } from "../../packages/core/test/reading/harness.ts";
import { fingerprint } from "../../packages/core/src/templates/fingerprint.ts";
import { memoryRecipeStore } from "../../packages/core/src/templates/memory-recipe-store.ts";
import { upstreamAnswerToParseResult, type UpstreamAnswer } from "../../packages/core/src/upstream/index.ts";
import { stateOf } from "../../packages/core/src/ledger/state.ts";
import type { ParseInput } from "../../packages/core/src/schemas/parse-result.ts";
import { buildCorpus } from "./corpus.mjs";

const { values: opts } = parseArgs({
  options: {
    sms: { type: "string", default: "30000" },
    users: { type: "string", default: "1000" },
    batch: { type: "string", default: "100" },
    "rules-check": { type: "string", default: "1" },
    seed: { type: "string", default: "42" },
  },
});
const root = join(import.meta.dirname, "../..");
const corpus = buildCorpus({
  total: Number(opts.sms),
  users: Number(opts.users),
  unknownFormats: 50,
  unknownShare: 0.1,
  fixturesDir: join(root, "packages/core/test/fixtures"),
  seed: Number(opts.seed),
  pairShare: 0.02,
}) as {
  perUser: { id: string; sender: string; body: string; received_at: string }[][];
  llmFixtures: { body: string; answer: unknown }[];
};
const fixtures = new Map(corpus.llmFixtures.map((f) => [f.body, toAnswer(f.answer)]));

/** Upload order of the bench: the n-th SMS of every user, then the (n+1)-th. */
const queue: Pending[] = [];
const longest = Math.max(...corpus.perUser.map((list) => list.length));
for (let n = 0; n < longest; n++)
  for (const [u, list] of corpus.perUser.entries()) {
    const sms = list[n];
    if (!sms) continue;
    const job = { user_id: `usr_${u}`, sms_id: sms.id, ingestion_id: "ing", ...sms, accepted_at: 0 };
    queue.push({ job, attempts: 1 });
  }

const asked = new Map<string, number>();
const upstream = async (input: ParseInput) => {
  const fp = fingerprint(input.sender, input.body);
  asked.set(fp, (asked.get(fp) ?? 0) + 1);
  const answer: UpstreamAnswer = fixtures.get(input.body) ?? answerFromParser(input);
  const converted = upstreamAnswerToParseResult(answer, "fake-llm");
  if (!converted.ok) return { kind: "invalid" as const, reason: converted.reason, latencyMs: 0 };
  return { kind: "ok" as const, result: converted.result, latencyMs: 0 };
};
const leases = new AskLeases();
const permits: PermitSource = {
  acquire: async (asks, rules) => leases.claim(asks, rules, Date.now(), (n) => ({ granted: n, retryAfterMs: 0 })),
  report: async (_outcomes, done) => leases.release(done),
};
const trust = { ...DEFAULT_READ_SETTINGS.trust, rulesCheck: opts["rules-check"] !== "0" };
const settings = { ...DEFAULT_READ_SETTINGS, trust, maxRetries: 10 };
const ports = { recipes: memoryRecipeStore(), permits, upstream };
const counters = emptyCounters();
const states: Record<string, number> = {};
const started = Date.now();
for (let at = 0; at < queue.length; at += Number(opts.batch)) {
  const batch = queue.slice(at, at + Number(opts.batch));
  const resolutions: Resolution[] = await readMessages(batch, ports, settings, counters);
  for (const [i, r] of resolutions.entries()) {
    const { job, attempts } = batch[i] as Pending;
    if (r.kind === "later") queue.push({ job, attempts: attempts + 1 });
    else {
      const state = r.review ? "needs_review" : stateOf(r.result, job.body, job.sender);
      states[state] = (states[state] ?? 0) + 1;
    }
  }
}
const calls = [...asked.values()].reduce((a, b) => a + b, 0);
const result = {
  sms: Object.values(states).reduce((a, b) => a + b, 0),
  rules_check: trust.rulesCheck,
  answered: calls,
  formats_asked: asked.size,
  calls_per_format_asked: Math.round((calls / asked.size) * 1000) / 1000,
  most_calls_for_one_format: Math.max(...asked.values()),
  template_hits: counters.templateHits,
  deferred: counters.deferred,
  states,
  seconds: (Date.now() - started) / 1000,
};
console.log(JSON.stringify(result));
