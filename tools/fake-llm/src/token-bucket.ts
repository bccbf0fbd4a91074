/** Upstream-side token bucket: `rate` tokens per second, `burst` deep. */
export class TokenBucket {
  private tokens: number;
  private at: number;
  constructor(
    private rate: number,
    private burst: number,
    now: number,
  ) {
    this.tokens = burst;
    this.at = now;
  }

  /** Changes the rate (and burst) keeping the current fill. */
  reconfigure(rate: number, burst: number, now: number): void {
    this.refill(now);
    this.rate = rate;
    this.burst = burst;
    this.tokens = Math.min(this.tokens, burst);
  }

  private refill(now: number): void {
    this.tokens = Math.min(this.burst, this.tokens + (Math.max(0, now - this.at) * this.rate) / 1000);
    this.at = Math.max(this.at, now);
  }

  /** Takes a token, or says in how many ms one will be available. */
  take(now: number): { ok: true } | { ok: false; retryAfterMs: number } {
    this.refill(now);
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return { ok: true };
    }
    return { ok: false, retryAfterMs: ((1 - this.tokens) * 1000) / this.rate };
  }
}
