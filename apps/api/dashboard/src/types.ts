// Response shapes of the endpoints the dashboard reads (GET /v1/metrics, /v1/summary, /v1/transactions).

export type Counts = Record<string, number>;

export interface MetricsMinute {
  minute: string;
  accepted: number;
  processed: number;
  by_intent: Counts;
  by_path: Counts;
  template_hits: number;
  template_misses: number;
  upstream_calls: number;
  upstream_ok: number;
  lag_p50_ms: number | null;
  lag_p95_ms: number | null;
  retries: number;
  dead_letters: number;
}

export interface MetricsTotals {
  accepted: number;
  processed: number;
  by_intent: Counts;
  by_path: Counts;
  template_hit_rate: number | null;
  upstream_calls: number;
  upstream_success_rate: number | null;
  upstream_latency_p50_ms: number | null;
  upstream_latency_p95_ms: number | null;
  lag_p50_ms: number | null;
  lag_p95_ms: number | null;
  retries: number;
  dead_letters: number;
}

export interface Limiter {
  rate: number;
  paused_until: string | number | null;
  pauses: number;
  granted: number;
  rate_limited: number;
  server_errors: number;
  timeouts: number;
}

export interface Metrics {
  generated_at: string;
  window_minutes: number;
  per_minute: MetricsMinute[];
  totals: MetricsTotals;
  limiter: Limiter | null;
  dead_letters_open: number;
}

export interface SummaryTotals {
  currency?: string;
  income: string;
  expense: string;
  net: string;
  count: number;
}

export interface SummaryItem extends SummaryTotals {
  key: string;
}

export interface Summary {
  group: string;
  from: string | null;
  to: string | null;
  items: SummaryItem[];
  /** One object, or one entry per currency when items carry a currency. */
  totals: SummaryTotals | SummaryTotals[];
}

export interface Transaction {
  id: string;
  occurred_at: string;
  direction: "debit" | "credit" | string;
  amount: string;
  currency: string;
  counterparty: string | null;
  category: string | null;
  account: string | null;
  institution: string | null;
}

export interface TransactionPage {
  items: Transaction[];
  next_cursor: string | null;
}
