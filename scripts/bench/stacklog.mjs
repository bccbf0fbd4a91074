// Figures from wrangler dev's log of the run: server-side time of each POST /v1/sms and of each queue
// consumer batch ("QUEUE smsledger-sms 98/100 (214ms)"), plus reloads (which would void a run).
import { readFileSync } from "node:fs";
import { percentile } from "./report.mjs";

export function stackLogFigures(file, e2eWallS) {
  const text = readFileSync(file, "utf8");
  const post = [...text.matchAll(/POST \/v1\/sms (\d{3})[^(\n]*\((\d+)ms\)/g)].map((m) => Number(m[2]));
  const batches = [...text.matchAll(/QUEUE (smsledger-sms[\w-]*) (\d+)\/(\d+) \((\d+)ms\)/g)].map((m) => ({
    queue: m[1],
    acked: Number(m[2]),
    size: Number(m[3]),
    ms: Number(m[4]),
  }));
  // Every SMS queue (smsledger-sms and any shards smsledger-sms-1, -2, …), not the dead-letter queue.
  const main = batches.filter((b) => !/dlq/.test(b.queue));
  const queues = [...new Set(main.map((b) => b.queue))];
  const busyMs = main.reduce((s, b) => s + b.ms, 0);
  const stats = (list) => ({
    n: list.length,
    p50: percentile(list, 50),
    p95: percentile(list, 95),
    p99: percentile(list, 99),
    max: percentile(list, 100),
  });
  return {
    api_post_sms_server_ms: stats(post),
    consumer_batch_ms: stats(main.map((b) => b.ms)),
    consumer_batch_size_mean: main.length
      ? Math.round((main.reduce((s, b) => s + b.size, 0) / main.length) * 10) / 10
      : null,
    consumer_batches_fully_acked: main.filter((b) => b.acked === b.size).length,
    consumer_busy_s: busyMs / 1000,
    // Miniflare's queue broker dispatches one batch at a time per queue (max_concurrency is not applied
    // locally), so with one queue, busy time ≈ wall time means the consumer loop is the critical path.
    sms_queues: queues,
    consumer_busy_share_of_e2e: e2eWallS ? Math.round((busyMs / 1000 / e2eWallS) * 100) / 100 : null,
    consumer_ms_per_sms: main.length ? Math.round((busyMs / main.reduce((s, b) => s + b.size, 0)) * 100) / 100 : null,
    dlq_batches: batches.length - main.length,
    reloads: (text.match(/Reloading local server/g) ?? []).length,
    errors: (text.match(/\[wrangler:error\]|✘ \[ERROR\]/g) ?? []).length,
  };
}
