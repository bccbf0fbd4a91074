// Response shapes of the endpoints the dashboard reads, from the API's own types (type-only: nothing
// of packages/core is bundled into the page).
import type {
  LimiterMetrics,
  MetricsReport,
  MinuteMetrics,
  SmsItem,
  Summary as SummaryReport,
  TransactionPage as Page,
} from "@smsledger/core";

export type Counts = Record<string, number>;
export type MetricsMinute = MinuteMetrics;
export type MetricsTotals = MetricsReport["totals"];
export type Limiter = LimiterMetrics;
export type Metrics = MetricsReport;
export type Summary = SummaryReport;
export type SummaryItem = SummaryReport["items"][number];
export type SummaryTotals = SummaryReport["totals"][number];
export type Transaction = Page["items"][number];
export type TransactionPage = Page;
/** One row of GET /v1/sms?state=needs_review. */
export type ReviewItem = Omit<SmsItem, "transactions" | "events">;
