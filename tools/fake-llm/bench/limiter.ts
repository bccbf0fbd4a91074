// `pnpm bench:limiter`: the adaptive limiter (core's AIMD algorithm, the same code the RateLimiter
// Durable Object runs) against the fake upstream over real HTTP, in real time.
//   Phase 1 (sustain): more demand than capacity C for --duration s; after warm-up, how many calls
//   per second succeed, and what share is refused with 429.
//   Phase 2 (outage, when --outage-seconds > 0): a backlog keeps arriving while the upstream is down,
//   then recovers; nothing may be lost and the backlog must drain.
// Throughout, no call may be sent while a Retry-After pause the upstream announced is running.
// Last line: one JSON object with the figures.
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";
import {
  acquire,
  callUpstream,
  DEFAULT_RATE_LIMIT_CONFIG,
  initialRateLimitState,
  report,
  type CallOutcomes,
  type RateLimitState,
} from "@smsledger/core";
import { startFakeLlm } from "../src/index";

const { values } = parseArgs({
  options: {
    capacity: { type: "string", default: "20" },
    duration: { type: "string", default: "60" },
    "warmup-seconds": { type: "string", default: "15" },
    "error-rate": { type: "string", default: "0" },
    "outage-seconds": { type: "string", default: "0" },
    "latency-ms": { type: "string", default: "50" },
    workers: { type: "string", default: "4" },
    "batch-ms": { type: "string", default: "100" },
    /** When > 0: also run the end-to-end benchmark on that many SMS with 50 LLM-only formats and report its upstream calls. */
    stream: { type: "string", default: "0" },
  },
});
const capacity = Number(values.capacity);
const duration = Number(values.duration) * 1000;
const warmup = Number(values["warmup-seconds"]) * 1000;
const outage = Number(values["outage-seconds"]) * 1000;
const workers = Number(values.workers);
const batchMs = Number(values["batch-ms"]);

const server = await startFakeLlm({
  port: 0,
  capacity,
  errorRate: Number(values["error-rate"]),
  latencyMs: Number(values["latency-ms"]),
  source: "parser",
});
const settings = { url: server.url, model: "fake-llm", timeoutMs: 5_000 };
const config = DEFAULT_RATE_LIMIT_CONFIG;
let state: RateLimitState = initialRateLimitState(config, Date.now());
const sms = {
  sender: "VM-HDFCBK-S",
  body: "Rs.250.00 debited from A/c XX4321 to VPA shop@okaxis (UPI Ref No 431298765432)",
  received_at: "2026-11-12T10:00:00+05:30",
};

/** Calls the upstream accepted/refused, per second of the run, and pause bookkeeping. */
const perSecond = new Map<number, { ok: number; limited: number; failed: number }>();
let pausedUntil = 0;
let callsDuringPause = 0;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One consumer-like worker: per batch, ask for permits once, call, report once. Returns tasks done. */
async function worker(takeTask: () => boolean, giveBack: (n: number) => void, until: () => boolean): Promise<void> {
  while (!until()) {
    const started = Date.now();
    const want = 10;
    const got = acquire(state, config, Date.now(), want);
    state = got.state;
    let tasks = 0;
    for (let i = 0; i < got.granted && takeTask(); i++) tasks++;
    const outcomes: CallOutcomes = { ok: 0, slow: 0, rateLimited: 0, serverErrors: 0, timeouts: 0 };
    await Promise.all(
      Array.from({ length: tasks }, async () => {
        if (Date.now() < pausedUntil) callsDuringPause++;
        const outcome = await callUpstream(settings, sms);
        const second = Math.floor((Date.now() - t0) / 1000);
        const bucket = perSecond.get(second) ?? { ok: 0, limited: 0, failed: 0 };
        perSecond.set(second, bucket);
        if (outcome.kind === "ok") {
          outcomes.ok++;
          bucket.ok++;
          return;
        }
        giveBack(1);
        if (outcome.kind === "rate_limited") {
          bucket.limited++;
          // A pause is reported at once (as the consumer does), so no other batch calls into it.
          state = report(state, config, Date.now(), {
            ok: 0,
            slow: 0,
            rateLimited: 1,
            serverErrors: 0,
            timeouts: 0,
            retryAfterMs: outcome.retryAfterMs ?? undefined,
          });
          if (outcome.retryAfterMs) pausedUntil = Math.max(pausedUntil, Date.now() + outcome.retryAfterMs);
        } else {
          bucket.failed++;
          if (outcome.kind === "timeout") outcomes.timeouts++;
          else outcomes.serverErrors++;
        }
      }),
    );
    state = report(state, config, Date.now(), outcomes);
    await sleep(
      Math.max(0, batchMs - (Date.now() - started)) + (got.granted === 0 ? Math.min(got.retryAfterMs, 1000) : 0),
    );
  }
}

// Phase 1: saturating demand.
const t0 = Date.now();
await Promise.all(
  Array.from({ length: workers }, () =>
    worker(
      () => true,
      () => {},
      () => Date.now() - t0 >= duration,
    ),
  ),
);
const measured = [...perSecond.entries()]
  .filter(([s]) => s * 1000 >= warmup && s * 1000 < duration - 1000)
  .map(([, v]) => v);
const seconds = Math.max(1, measured.length);
const ok = measured.reduce((n, v) => n + v.ok, 0);
const limited = measured.reduce((n, v) => n + v.limited, 0);
const result: Record<string, unknown> = {
  capacity,
  duration_seconds: duration / 1000,
  warmup_seconds: warmup / 1000,
  error_rate: Number(values["error-rate"]),
  sustained_ok_per_second: Number((ok / seconds).toFixed(2)),
  sustained_share_of_capacity: Number((ok / seconds / capacity).toFixed(3)),
  rate_limited_share: Number((limited / Math.max(1, ok + limited)).toFixed(4)),
  calls_during_retry_after_pause: callsDuringPause,
  final_rate: Number(state.rate.toFixed(2)),
  pauses: state.pauses,
};

// Phase 2: outage with a backlog that must not be lost.
if (outage > 0) {
  const total = Math.round(capacity * 30);
  let arrived = 0;
  let backlog = 0;
  let done = 0;
  const t1 = Date.now();
  const arrivals = setInterval(() => {
    const due = Math.min(total, Math.floor(((Date.now() - t1) / 1000) * capacity * 0.5));
    backlog += due - arrived;
    arrived = due;
  }, 50);
  server.configure({ down: true });
  setTimeout(() => server.configure({ down: false }), outage);
  const deadline = t1 + outage + 300_000;
  await Promise.all(
    Array.from({ length: workers }, () =>
      worker(
        () => (backlog > 0 ? (backlog--, done++, true) : false),
        (n) => ((backlog += n), (done -= n)),
        () => (arrived === total && backlog === 0) || Date.now() > deadline,
      ),
    ),
  );
  clearInterval(arrivals);
  Object.assign(result, {
    outage_seconds: outage / 1000,
    outage_tasks: total,
    outage_tasks_done: done,
    outage_tasks_lost: total - done,
    drained_seconds_after_recovery: Number(((Date.now() - t1 - outage) / 1000).toFixed(1)),
    calls_during_retry_after_pause: callsDuringPause,
  });
}

result.upstream = server.stats();
await server.close();

// Upstream calls on a realistic stream: the whole local stack (consumer, templates in KV, the
// RateLimiter Durable Object) through `pnpm bench`, whose last line is its JSON.
const stream = Number(values.stream);
if (stream > 0) {
  const root = new URL("../../../", import.meta.url).pathname;
  const run = spawnSync(
    process.execPath,
    [
      `${root}scripts/bench/e2e.mjs`,
      "--sms",
      String(stream),
      "--unknown-formats",
      "50",
      "--port",
      "8811",
      "--llm-port",
      "8812",
    ],
    {
      cwd: root,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const last = JSON.parse(run.stdout.trim().split("\n").at(-1) ?? "{}") as {
    upstream_calls?: number;
    template_hits?: number;
    ok?: boolean;
  };
  result.stream = {
    sms: stream,
    unknown_formats: 50,
    upstream_calls: last.upstream_calls ?? null,
    upstream_calls_per_unknown_format: last.upstream_calls === undefined ? null : last.upstream_calls / 50,
    template_hits: last.template_hits ?? null,
    ok: last.ok ?? false,
  };
}
console.log(JSON.stringify(result));
