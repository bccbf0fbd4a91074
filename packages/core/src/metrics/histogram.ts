/** Upper bounds (ms) of the latency histogram buckets; the last bucket is everything above. */
export const LATENCY_BUCKETS_MS = [
  50, 100, 250, 500, 1_000, 2_000, 5_000, 10_000, 30_000, 60_000, 300_000, 1_800_000,
] as const;

/** Counts per bucket (length LATENCY_BUCKETS_MS.length + 1). Mergeable by adding element-wise. */
export function histogram(values: readonly number[]): number[] {
  const counts = new Array<number>(LATENCY_BUCKETS_MS.length + 1).fill(0);
  for (const value of values) {
    let i = LATENCY_BUCKETS_MS.findIndex((bound) => value <= bound);
    if (i < 0) i = LATENCY_BUCKETS_MS.length;
    counts[i] = (counts[i] ?? 0) + 1;
  }
  return counts;
}

export function mergeHistograms(histograms: readonly (readonly number[])[]): number[] {
  const total = new Array<number>(LATENCY_BUCKETS_MS.length + 1).fill(0);
  for (const h of histograms) for (const [i, n] of h.entries()) total[i] = (total[i] ?? 0) + n;
  return total;
}

/** The bucket bound under which fraction q of the values fall (an upper estimate); null when empty. */
export function quantile(counts: readonly number[], q: number): number | null {
  const n = counts.reduce((a, b) => a + b, 0);
  if (n === 0) return null;
  const target = Math.ceil(q * n);
  let seen = 0;
  for (const [i, c] of counts.entries()) {
    seen += c;
    if (seen >= target) return LATENCY_BUCKETS_MS[i] ?? Number.POSITIVE_INFINITY;
  }
  return null;
}
