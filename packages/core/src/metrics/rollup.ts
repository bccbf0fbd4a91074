import { mergeHistograms, quantile } from "./histogram";

/** One consumer batch's rollup, as stored. */
export interface BatchRollup {
  at: number;
  messages: number;
  byIntent: Record<string, number>;
  byPath: Record<string, number>;
  templateHits: number;
  templateMisses: number;
  upstreamCalls: number;
  upstreamOk: number;
  upstreamLatency: number[];
  retries: number;
  lag: number[];
}

export interface MinuteMetrics {
  minute: string;
  accepted: number;
  processed: number;
  by_intent: Record<string, number>;
  by_path: Record<string, number>;
  template_hits: number;
  template_misses: number;
  upstream_calls: number;
  upstream_ok: number;
  lag_p50_ms: number | null;
  lag_p95_ms: number | null;
  retries: number;
  dead_letters: number;
}

export interface LimiterMetrics {
  rate: number;
  paused_until: string | null;
  pauses: number;
  granted: number;
  rate_limited: number;
  server_errors: number;
  timeouts: number;
}

export interface MetricsReport {
  generated_at: string;
  window_minutes: number;
  per_minute: MinuteMetrics[];
  totals: Omit<MinuteMetrics, "minute"> & {
    template_hit_rate: number | null;
    upstream_success_rate: number | null;
    upstream_latency_p50_ms: number | null;
    upstream_latency_p95_ms: number | null;
  };
  limiter: LimiterMetrics | null;
  dead_letters_open: number;
}

function add(into: Record<string, number>, from: Record<string, number>): void {
  for (const [k, v] of Object.entries(from)) into[k] = (into[k] ?? 0) + v;
}

/** Folds batch rollups and per-minute counts into the metrics report (pure). */
export function buildMetricsReport(input: {
  now: number;
  windowMinutes: number;
  batches: BatchRollup[];
  acceptedPerMinute: Map<number, number>;
  deadLettersPerMinute: Map<number, number>;
  deadLettersOpen: number;
  limiter: LimiterMetrics | null;
}): MetricsReport {
  const first = Math.floor(input.now / 60_000) - input.windowMinutes + 1;
  const minutes = new Map<number, { rows: BatchRollup[] }>();
  for (let m = first; m < first + input.windowMinutes; m++) minutes.set(m, { rows: [] });
  for (const row of input.batches) minutes.get(Math.floor(row.at / 60_000))?.rows.push(row);

  const fold = (rows: BatchRollup[]) => {
    const byIntent: Record<string, number> = {};
    const byPath: Record<string, number> = {};
    let processed = 0,
      hits = 0,
      misses = 0,
      calls = 0,
      ok = 0,
      retries = 0;
    for (const r of rows) {
      processed += r.messages;
      add(byIntent, r.byIntent);
      add(byPath, r.byPath);
      hits += r.templateHits;
      misses += r.templateMisses;
      calls += r.upstreamCalls;
      ok += r.upstreamOk;
      retries += r.retries;
    }
    const lag = mergeHistograms(rows.map((r) => r.lag));
    return { processed, byIntent, byPath, hits, misses, calls, ok, retries, lag };
  };

  const per_minute: MinuteMetrics[] = [...minutes.entries()].map(([minute, { rows }]) => {
    const f = fold(rows);
    return {
      minute: new Date(minute * 60_000).toISOString(),
      accepted: input.acceptedPerMinute.get(minute) ?? 0,
      processed: f.processed,
      by_intent: f.byIntent,
      by_path: f.byPath,
      template_hits: f.hits,
      template_misses: f.misses,
      upstream_calls: f.calls,
      upstream_ok: f.ok,
      lag_p50_ms: quantile(f.lag, 0.5),
      lag_p95_ms: quantile(f.lag, 0.95),
      retries: f.retries,
      dead_letters: input.deadLettersPerMinute.get(minute) ?? 0,
    };
  });
  const all = fold(input.batches);
  const upstreamLatency = mergeHistograms(input.batches.map((r) => r.upstreamLatency));
  const sum = (pick: (m: MinuteMetrics) => number) => per_minute.reduce((s, m) => s + pick(m), 0);
  return {
    generated_at: new Date(input.now).toISOString(),
    window_minutes: input.windowMinutes,
    per_minute,
    totals: {
      accepted: sum((m) => m.accepted),
      processed: all.processed,
      by_intent: all.byIntent,
      by_path: all.byPath,
      template_hits: all.hits,
      template_misses: all.misses,
      template_hit_rate: all.hits + all.misses > 0 ? all.hits / (all.hits + all.misses) : null,
      upstream_calls: all.calls,
      upstream_ok: all.ok,
      upstream_success_rate: all.calls > 0 ? all.ok / all.calls : null,
      upstream_latency_p50_ms: quantile(upstreamLatency, 0.5),
      upstream_latency_p95_ms: quantile(upstreamLatency, 0.95),
      lag_p50_ms: quantile(all.lag, 0.5),
      lag_p95_ms: quantile(all.lag, 0.95),
      retries: all.retries,
      dead_letters: sum((m) => m.dead_letters),
    },
    limiter: input.limiter,
    dead_letters_open: input.deadLettersOpen,
  };
}
