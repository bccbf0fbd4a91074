/** Counters served at GET /admin/stats. */
export interface Stats {
  requests: number;
  served: number;
  rate_limited: number;
  /** 500 (error rate) and 503 (down) answers. */
  errors: number;
  /** 400 answers (unreadable requests). */
  bad_requests: number;
  /** Most completion requests received within one wall-clock second. */
  peak_requests_per_second: number;
  /** Most 200 answers within one wall-clock second. */
  peak_served_per_second: number;
  started_at: string;
}

export class StatsRecorder {
  private stats: Stats;
  private second = -1;
  private requestsThisSecond = 0;
  private servedThisSecond = 0;

  constructor(now: number) {
    this.stats = {
      requests: 0,
      served: 0,
      rate_limited: 0,
      errors: 0,
      bad_requests: 0,
      peak_requests_per_second: 0,
      peak_served_per_second: 0,
      started_at: new Date(now).toISOString(),
    };
  }

  private roll(now: number): void {
    const second = Math.floor(now / 1000);
    if (second !== this.second) {
      this.second = second;
      this.requestsThisSecond = 0;
      this.servedThisSecond = 0;
    }
  }

  request(now: number): void {
    this.roll(now);
    this.stats.requests++;
    this.requestsThisSecond++;
    this.stats.peak_requests_per_second = Math.max(this.stats.peak_requests_per_second, this.requestsThisSecond);
  }

  served(now: number): void {
    this.roll(now);
    this.stats.served++;
    this.servedThisSecond++;
    this.stats.peak_served_per_second = Math.max(this.stats.peak_served_per_second, this.servedThisSecond);
  }

  rateLimited(): void {
    this.stats.rate_limited++;
  }

  error(): void {
    this.stats.errors++;
  }

  badRequest(): void {
    this.stats.bad_requests++;
  }

  snapshot(): Stats {
    return { ...this.stats };
  }
}
