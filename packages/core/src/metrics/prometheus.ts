import type { MetricsReport } from "./rollup";

const escape = (value: string) => value.replaceAll("\\", "\\\\").replaceAll('"', '\\"').replaceAll("\n", "\\n");

/** The metrics report in Prometheus text exposition format (totals over the window, and the limiter's state). */
export function toPrometheus(report: MetricsReport): string {
  const lines: string[] = [];
  const metric = (
    name: string,
    help: string,
    type: "gauge" | "counter",
    samples: [Record<string, string>, number | null][],
  ) => {
    lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`);
    for (const [labels, value] of samples) {
      if (value === null || !Number.isFinite(value)) continue;
      const text = Object.entries(labels)
        .map(([k, v]) => `${k}="${escape(v)}"`)
        .join(",");
      lines.push(`${name}${text ? `{${text}}` : ""} ${value}`);
    }
  };
  const t = report.totals;
  const window = { window: `${report.window_minutes}m` };
  metric("smsledger_sms_accepted", "SMS accepted by the API in the window", "gauge", [[window, t.accepted]]);
  metric(
    "smsledger_sms_processed",
    "SMS processed by the consumer in the window, by intent",
    "gauge",
    Object.entries(t.by_intent).map(([intent, n]) => [{ ...window, intent }, n]),
  );
  metric(
    "smsledger_sms_parser_path",
    "SMS processed in the window, by parser path",
    "gauge",
    Object.entries(t.by_path).map(([path, n]) => [{ ...window, path }, n]),
  );
  metric("smsledger_template_hit_rate", "Learned-template cache hit rate in the window", "gauge", [
    [window, t.template_hit_rate],
  ]);
  metric("smsledger_upstream_calls", "Upstream LLM calls in the window", "gauge", [[window, t.upstream_calls]]);
  metric("smsledger_upstream_success_rate", "Share of upstream calls that succeeded", "gauge", [
    [window, t.upstream_success_rate],
  ]);
  metric("smsledger_upstream_latency_ms", "Upstream latency quantiles (bucket upper bounds)", "gauge", [
    [{ ...window, quantile: "0.5" }, t.upstream_latency_p50_ms],
    [{ ...window, quantile: "0.95" }, t.upstream_latency_p95_ms],
  ]);
  metric("smsledger_lag_ms", "Accepted-to-stored lag quantiles (bucket upper bounds)", "gauge", [
    [{ ...window, quantile: "0.5" }, t.lag_p50_ms],
    [{ ...window, quantile: "0.95" }, t.lag_p95_ms],
  ]);
  metric("smsledger_retries", "Messages stored after more than one delivery, in the window", "gauge", [
    [window, t.retries],
  ]);
  metric("smsledger_dead_letters", "Dead letters recorded in the window", "gauge", [[window, t.dead_letters]]);
  metric("smsledger_dead_letters_open", "Dead letters waiting for replay or discard", "gauge", [
    [{}, report.dead_letters_open],
  ]);
  if (report.limiter) {
    const l = report.limiter;
    metric("smsledger_limiter_rate", "Current adaptive upstream rate, requests per second", "gauge", [[{}, l.rate]]);
    metric("smsledger_limiter_paused", "1 while the limiter honours a Retry-After pause", "gauge", [
      [{}, l.paused_until ? 1 : 0],
    ]);
    metric("smsledger_limiter_pauses_total", "Retry-After pauses since the limiter started", "counter", [
      [{}, l.pauses],
    ]);
    metric("smsledger_limiter_granted_total", "Permits granted", "counter", [[{}, l.granted]]);
    metric("smsledger_limiter_rate_limited_total", "Upstream 429 answers reported", "counter", [[{}, l.rate_limited]]);
  }
  return `${lines.join("\n")}\n`;
}
