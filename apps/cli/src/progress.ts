// The progress display on stderr: a redrawn bar on a terminal, plain lines otherwise.

export interface ProgressSnapshot {
  /** SMS uploaded so far (this run and the runs it resumes). */
  uploaded: number;
  /** Fraction of the file read, 0..1. */
  fraction: number;
  batches: number;
}

const MIN_LINE_INTERVAL_MS = 1000;
const BAR_WIDTH = 24;

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return "--:--";
  const s = Math.round(seconds);
  const [h, m] = [Math.floor(s / 3600), Math.floor((s % 3600) / 60)];
  const mmss = `${String(m).padStart(h ? 2 : 1, "0")}:${String(s % 60).padStart(2, "0")}`;
  return h ? `${h}:${mmss}` : mmss;
}

const number = (n: number) => Math.round(n).toLocaleString("en-US");

export class Progress {
  private startedAt = Date.now();
  private startUploaded: number | undefined;
  private startFraction = 0;
  private lastLineAt = 0;
  private lastBatches = -1;

  constructor(
    private readonly write: (text: string) => void,
    private readonly tty: boolean,
  ) {}

  /** Marks where this run's uploading starts (after skipping what a previous run did). */
  begin(snapshot: ProgressSnapshot): void {
    this.startedAt = Date.now();
    this.startUploaded = snapshot.uploaded;
    this.startFraction = snapshot.fraction;
  }

  update(snapshot: ProgressSnapshot, final = false): void {
    const now = Date.now();
    if (!this.tty && !final && now - this.lastLineAt < MIN_LINE_INTERVAL_MS) return;
    this.lastLineAt = now;
    const text = this.render(snapshot, now);
    // A plain line only when a batch was confirmed since the last one.
    if (!this.tty && snapshot.batches === this.lastBatches) return;
    this.lastBatches = snapshot.batches;
    this.write(this.tty ? `\r\x1b[K${text}${final ? "\n" : ""}` : `${text}\n`);
  }

  /** Rate (SMS/s) of this run so far, from its first upload (not counting the records a resumed run skips). */
  rate(uploaded: number): number {
    const seconds = (Date.now() - this.startedAt) / 1000;
    return seconds > 0 ? (uploaded - (this.startUploaded ?? 0)) / seconds : 0;
  }

  private render({ uploaded, fraction, batches }: ProgressSnapshot, now: number): string {
    const seconds = (now - this.startedAt) / 1000;
    const rate = this.rate(uploaded);
    const done = fraction - this.startFraction;
    const eta = done > 0 ? (seconds / done) * (1 - fraction) : Number.NaN;
    const percent = `${(fraction * 100).toFixed(1)}%`;
    const stats = `${number(uploaded)} SMS  ${percent}  ${number(rate)} SMS/s  ETA ${formatDuration(eta)}  batch ${batches}`;
    if (!this.tty) return `import: ${stats}`;
    const filled = Math.round(fraction * BAR_WIDTH);
    return `[${"#".repeat(filled)}${"-".repeat(BAR_WIDTH - filled)}] ${stats}`;
  }
}
