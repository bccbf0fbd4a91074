/**
 * Time-zone offset cost: `occurredAt` on 40,000 alerts of six non-fixed zones with fresh received_at spread over
 * a year (what live traffic looks like; `bench:parse` reuses the fixtures' timestamps). CPU time, one core.
 * Run: node --import tsx bench/offsets.ts [REPO_ROOT] (REPO_ROOT: another checkout to compare, e.g. main's).
 */
import { join } from "node:path";

const root = process.argv[2] ?? join(import.meta.dirname, "..", "..", "..");
const { occurredAt } = (await import(
  join(root, "packages/core/src/parser/date.ts")
)) as typeof import("../src/parser/date");
const ZONES = ["Asia/Kathmandu", "Asia/Bangkok", "Africa/Lagos", "Asia/Riyadh", "Europe/Istanbul", "America/New_York"];
const N = 20_000;
let seed = 7;
const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const received: string[] = [];
for (let i = 0; i < N; i++)
  received.push(new Date(Date.UTC(2026, 0, 1) + Math.floor(random() * 365 * 86_400_000)).toISOString());
const start = process.cpuUsage();
for (let i = 0; i < N; i++) {
  const zone = ZONES[i % ZONES.length]!;
  occurredAt("paid rs 500 to x", received[i]!, zone);
  occurredAt("paid on 12-03-26 14:22", received[i]!, zone);
}
const used = process.cpuUsage(start);
console.log(JSON.stringify({ root, calls_per_cpu_sec: Math.round((2 * N) / ((used.user + used.system) / 1e6)) }));
