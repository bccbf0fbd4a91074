// Chart.js (tree-shaken) plus the helpers every panel uses. Each panel is a <figure data-chart> holding a
// <canvas>; after every render it gets data-points (x-axis buckets drawn) and data-nonzero (buckets with
// any non-zero value), and data-area (the plot area in CSS pixels), so tests and humans can tell real data
// from an empty chart.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from "chart.js";

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
);
Chart.defaults.animation = false;
Chart.defaults.maintainAspectRatio = false;
Chart.defaults.font.size = 11;

export const COLORS = ["#2563eb", "#16a34a", "#f59e0b", "#dc2626", "#7c3aed", "#0891b2"];

export interface Series {
  label: string;
  data: (number | null)[];
  color?: string;
  dashed?: boolean;
}

export interface PanelOptions {
  type: "line" | "bar";
  stacked?: boolean;
  yTitle?: string;
  yMax?: number;
}

/** A chart bound to one panel element; update() redraws it and refreshes the data-* markers. */
export class Panel {
  private chart: Chart | null = null;

  constructor(
    readonly element: HTMLElement,
    private readonly options: PanelOptions,
  ) {}

  update(labels: string[], series: Series[]): void {
    const datasets = series.map((s, i) => {
      const color = s.color ?? COLORS[i % COLORS.length]!;
      const style = {
        borderColor: color,
        backgroundColor: color,
        borderDash: s.dashed ? [6, 4] : [],
        pointRadius: 2,
        borderWidth: 2,
      };
      return { label: s.label, data: s.data, ...style, spanGaps: true, maxBarThickness: 48 };
    });
    if (!this.chart) {
      const canvas = this.element.querySelector("canvas") ?? this.element.appendChild(document.createElement("canvas"));
      const { stacked = false, yTitle, yMax } = this.options;
      const config: ChartConfiguration = {
        type: this.options.type,
        data: { labels, datasets },
        options: {
          interaction: { mode: "index", intersect: false },
          plugins: { legend: { position: "bottom", labels: { boxWidth: 10 } } },
          scales: {
            x: { stacked, ticks: { maxTicksLimit: 12 } },
            y: {
              stacked,
              beginAtZero: true,
              ...(yMax === undefined ? {} : { max: yMax }),
              title: { display: !!yTitle, text: yTitle ?? "" },
            },
          },
        },
      };
      this.chart = new Chart(canvas, config);
    } else {
      this.chart.data.labels = labels;
      this.chart.data.datasets = datasets;
      this.chart.update();
    }
    const nonzero = labels.filter((_, i) => series.some((s) => (s.data[i] ?? 0) !== 0)).length;
    this.element.dataset.points = String(labels.length);
    this.element.dataset.nonzero = String(nonzero);
    const area = this.chart.chartArea; // CSS pixels of the plot area (no axes, no legend)
    if (area) this.element.dataset.area = [area.left, area.top, area.right, area.bottom].map(Math.round).join(",");
  }
}

/** Sets a stat tile's text and its machine-readable data-value. */
export function setStat(id: string, value: number | string | null, text?: string): void {
  const el = document.getElementById(id);
  if (!el) return;
  el.dataset.value = value === null ? "" : String(value);
  el.textContent = text ?? (value === null ? "–" : String(value));
}

export const pct = (rate: number | null | undefined) =>
  rate === null || rate === undefined ? "–" : `${(rate * 100).toFixed(1)}%`;
export const ms = (v: number | null | undefined) =>
  v === null || v === undefined ? "–" : v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${Math.round(v)} ms`;
export const hhmm = (iso: string) => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
};
