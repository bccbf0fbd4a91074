/**
 * Billable units counted while a Worker runs with `METER=1` (bench only). One counter object per
 * isolate; every invocation adds to it and prints what it holds as one `METER {...}` log line, then
 * zeroes it, so summing every line of a run gives the run's totals even with concurrent invocations.
 */
export interface MeterCounts {
  invocations: number;
  d1_statements: number;
  d1_rows_read: number;
  d1_rows_written: number;
  /** Queue operations as Cloudflare bills them: one per 64 KB of each message written, read or deleted. */
  queue_writes: number;
  queue_reads: number;
  queue_deletes: number;
  kv_reads: number;
  kv_writes: number;
  kv_deletes: number;
  kv_lists: number;
  do_requests: number;
}

export type MeterUnit = keyof MeterCounts;

export const emptyCounts = (): MeterCounts => ({
  invocations: 0,
  d1_statements: 0,
  d1_rows_read: 0,
  d1_rows_written: 0,
  queue_writes: 0,
  queue_reads: 0,
  queue_deletes: 0,
  kv_reads: 0,
  kv_writes: 0,
  kv_deletes: 0,
  kv_lists: 0,
  do_requests: 0,
});

/** The prefix of a meter log line (the bench reads `METER {"worker":...}` lines from wrangler's output). */
export const METER_PREFIX = "METER ";

/** This isolate's counters. */
export const counts: MeterCounts = emptyCounts();

export function add(unit: MeterUnit, n: number): void {
  counts[unit] += n;
}

/** Prints what was counted since the last flush as one log line, then starts again from zero. */
export function flush(worker: string): void {
  const line: Partial<MeterCounts> = {};
  for (const unit of Object.keys(counts) as MeterUnit[]) {
    if (counts[unit] !== 0) line[unit] = counts[unit];
    counts[unit] = 0;
  }
  console.log(`${METER_PREFIX}${JSON.stringify({ worker, ...line })}`);
}

const CHUNK_BYTES = 64 * 1024;
const encoder = new TextEncoder();

/** Queue operations one message costs per write, read or delete: one per started 64 KB of its JSON body. */
export function queueChunks(body: unknown): number {
  const bytes = encoder.encode(JSON.stringify(body) ?? "").length;
  return Math.max(1, Math.ceil(bytes / CHUNK_BYTES));
}
