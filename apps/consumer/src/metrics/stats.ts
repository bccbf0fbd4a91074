import type { ReadCounters } from "@smsledger/core";

/** What one consumer batch did (its reading's counters and more), rolled up into one D1 row (never a write per message). */
export interface BatchStats extends ReadCounters {
  messages: number;
  byIntent: Record<string, number>;
  byPath: Record<string, number>;
  byState: Record<string, number>;
  retries: number;
  lagMs: number[];
}

export function emptyStats(): BatchStats {
  return {
    messages: 0,
    byIntent: {},
    byPath: {},
    byState: {},
    templateHits: 0,
    templateMisses: 0,
    templateRejected: 0,
    upstreamCalls: 0,
    upstreamOk: 0,
    upstreamLatencyMs: [],
    deferred: 0,
    retries: 0,
    lagMs: [],
  };
}

export function bump(counts: Record<string, number>, key: string, by = 1): void {
  counts[key] = (counts[key] ?? 0) + by;
}
