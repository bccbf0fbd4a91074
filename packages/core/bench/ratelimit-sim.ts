/**
 * Runs the AIMD limiter against simulated upstreams and prints sustained throughput and 429 share.
 * Usage: node --import tsx bench/ratelimit-sim.ts [capacities…]   (default 5 20 50)
 */
import { DEFAULT_RATE_LIMIT_CONFIG, simulate, summarise, type RetryAfterMode } from "../src/ratelimit/index";

const capacities = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const DURATION = 300_000;
const WARMUP = 60_000;
const scenarios: { name: string; retryAfter: RetryAfterMode; tickMs?: number; latencyMs?: number }[] = [
  { name: "Retry-After seconds, 100 ms batches, 300 ms latency", retryAfter: "seconds" },
  { name: "retry-after-ms, 100 ms batches, 300 ms latency", retryAfter: "ms" },
  { name: "no Retry-After, 100 ms batches, 300 ms latency", retryAfter: "none" },
  { name: "Retry-After seconds, 500 ms batches, 1 s latency", retryAfter: "seconds", tickMs: 500, latencyMs: 1000 },
  { name: "Retry-After seconds, 50 ms batches, 2 s latency", retryAfter: "seconds", tickMs: 50, latencyMs: 2000 },
];

console.log(`config: ${JSON.stringify(DEFAULT_RATE_LIMIT_CONFIG)}`);
for (const scenario of scenarios) {
  console.log(`\n${scenario.name}`);
  for (const capacity of capacities.length > 0 ? capacities : [5, 20, 50]) {
    const steady = simulate({ capacity, durationMs: DURATION, ...scenario });
    const s = summarise(steady, WARMUP, DURATION);
    const outage = simulate({
      capacity,
      durationMs: DURATION,
      ...scenario,
      outages: [{ startMs: 120_000, endMs: 180_000 }],
    });
    const during = summarise(outage, 130_000, 180_000);
    const after = summarise(outage, 210_000, DURATION);
    let recoveredAt = -1;
    for (const sample of outage.timeline) {
      if (sample && sample.t >= 180_000 && sample.ok >= 0.9 * capacity) {
        recoveredAt = (sample.t - 180_000) / 1000;
        break;
      }
    }
    console.log(
      `  C=${String(capacity).padStart(3)}: ${s.okPerSecond.toFixed(2)} ok/s (${((100 * s.okPerSecond) / capacity).toFixed(1)}% of C), ` +
        `429 share ${(100 * s.rateLimitedShare).toFixed(2)}%, calls during known pause ${steady.callsDuringKnownPause}; ` +
        `outage: ${(during.calls / 50).toFixed(2)} calls/s during, first second ≥90% C ${recoveredAt}s after, ` +
        `then ${((100 * after.okPerSecond) / capacity).toFixed(1)}% of C`,
    );
  }
}
