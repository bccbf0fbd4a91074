// Admin view: live charts of GET /v1/metrics (admin token), redrawn every poll.
import { hhmm, ms, Panel, pct, setStat } from "./charts";
import type { Metrics, MetricsMinute } from "./types";

const PATHS = ["rule", "template", "llm"];
const LIMITER_SAMPLES = 120; // 10 minutes of 5 s polls

export class AdminView {
  private readonly panels: Record<string, Panel>;
  private readonly limiterHistory: { at: string; rate: number; pauses: number }[] = [];

  constructor(root: HTMLElement) {
    const panel = (name: string, options: ConstructorParameters<typeof Panel>[1]) =>
      new Panel(root.querySelector<HTMLElement>(`[data-chart="${name}"]`)!, options);
    this.panels = {
      throughput: panel("throughput", { type: "line", yTitle: "SMS / minute" }),
      lag: panel("lag", { type: "line", yTitle: "ms" }),
      paths: panel("paths", { type: "bar", stacked: true, yTitle: "SMS / minute" }),
      templates: panel("templates", { type: "line", yTitle: "hit rate %", yMax: 100 }),
      limiter: panel("limiter", { type: "line", yTitle: "req/s · pauses" }),
      failures: panel("failures", { type: "bar", yTitle: "per minute" }),
    };
  }

  render(m: Metrics): void {
    const rows: MetricsMinute[] = [...m.per_minute].sort((a, b) => a.minute.localeCompare(b.minute));
    const labels = rows.map((r) => hhmm(r.minute));
    const col = (pick: (r: MetricsMinute) => number | null) => rows.map(pick);

    this.panels.throughput!.update(labels, [
      { label: "accepted", data: col((r) => r.accepted), dashed: true },
      { label: "processed", data: col((r) => r.processed) },
    ]);
    this.panels.lag!.update(labels, [
      { label: "lag p50", data: col((r) => r.lag_p50_ms) },
      { label: "lag p95", data: col((r) => r.lag_p95_ms), color: "#dc2626" },
    ]);
    const paths = [...new Set([...PATHS, ...rows.flatMap((r) => Object.keys(r.by_path ?? {}))])];
    this.panels.paths!.update(
      labels,
      paths.map((p) => ({ label: p, data: col((r) => r.by_path?.[p] ?? 0) })),
    );
    this.panels.templates!.update(labels, [
      {
        label: "template cache hit rate",
        data: col((r) => {
          const lookups = r.template_hits + r.template_misses;
          return lookups ? Math.round((1000 * r.template_hits) / lookups) / 10 : null;
        }),
        color: "#16a34a",
      },
    ]);
    this.panels.failures!.update(labels, [
      { label: "retries", data: col((r) => r.retries), color: "#f59e0b" },
      { label: "dead letters", data: col((r) => r.dead_letters), color: "#dc2626" },
    ]);

    const lim = m.limiter;
    const limiterPanel = this.panels.limiter!;
    limiterPanel.element.classList.toggle("empty", !lim);
    if (lim) {
      this.limiterHistory.push({
        at: new Date(m.generated_at || Date.now()).toLocaleTimeString(),
        rate: lim.rate,
        pauses: lim.pauses,
      });
      if (this.limiterHistory.length > LIMITER_SAMPLES) this.limiterHistory.shift();
    }
    limiterPanel.update(
      this.limiterHistory.map((s) => s.at),
      [
        { label: "rate (req/s)", data: this.limiterHistory.map((s) => s.rate) },
        { label: "pauses (total)", data: this.limiterHistory.map((s) => s.pauses), color: "#dc2626" },
      ],
    );

    const t = m.totals;
    setStat("stat-accepted", t.accepted);
    setStat("stat-processed", t.processed);
    setStat("stat-lag", t.lag_p95_ms, `${ms(t.lag_p50_ms)} / ${ms(t.lag_p95_ms)}`);
    setStat("stat-template-hit-rate", t.template_hit_rate, pct(t.template_hit_rate));
    setStat(
      "stat-upstream",
      t.upstream_success_rate,
      t.upstream_calls
        ? `${t.upstream_calls} calls, ${pct(t.upstream_success_rate)} ok, p95 ${ms(t.upstream_latency_p95_ms)}`
        : "no calls",
    );
    setStat("stat-retries", t.retries);
    setStat("stat-dead-letters-open", m.dead_letters_open, `${m.dead_letters_open} open (${t.dead_letters} in window)`);
    setStat(
      "stat-limiter",
      lim ? lim.rate : null,
      lim
        ? `${lim.rate.toFixed(2)} req/s${lim.paused_until ? `, paused until ${new Date(lim.paused_until).toLocaleTimeString()}` : ""} · granted ${lim.granted}, 429s ${lim.rate_limited}, 5xx ${lim.server_errors}, timeouts ${lim.timeouts}`
        : "no limiter data",
    );
    const paths_ = Object.entries(t.by_path ?? {})
      .map(([k, v]) => `${k} ${v}`)
      .join(", ");
    setStat("stat-paths", paths_ || null, paths_ || "–");
    setStat(
      "stat-window",
      m.window_minutes,
      `last ${m.window_minutes} min, updated ${new Date(m.generated_at).toLocaleTimeString()}`,
    );
  }
}
