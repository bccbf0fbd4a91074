/** Cloudflare Queues refuses delays above 12 hours. */
export const MAX_QUEUE_DELAY_SECONDS = 43_200;

export interface BackoffOptions {
  /** Delay scale of the first retry, in seconds. */
  baseSeconds: number;
  /** Upper bound of any delay, in seconds (clamped to MAX_QUEUE_DELAY_SECONDS). */
  maxSeconds: number;
  /** "full": uniform in [0, base·2^(n-1)]; "decorrelated": uniform in [base, 3·previous]. Default "full". */
  jitter?: "full" | "decorrelated";
  /** Random source in [0, 1); defaults to Math.random. Inject a seeded one in tests. */
  random?: () => number;
}

function clampDelay(seconds: number, maxSeconds: number): number {
  const cap = Math.floor(Math.min(Math.max(0, maxSeconds), MAX_QUEUE_DELAY_SECONDS));
  if (!Number.isFinite(seconds)) return cap;
  return Math.min(Math.max(0, Math.round(seconds)), cap);
}

/**
 * Delay before the next delivery of a queue message that has been tried `attempts` times
 * (Cloudflare's `message.attempts`, 1-based). Exponential backoff with jitter, whole seconds.
 */
export function retryDelaySeconds(attempts: number, options: BackoffOptions): number {
  const random = options.random ?? Math.random;
  const n = Math.max(1, Math.floor(Number.isFinite(attempts) ? attempts : 1));
  const base = Math.max(0, options.baseSeconds);
  const cap = Math.floor(Math.min(Math.max(0, options.maxSeconds), MAX_QUEUE_DELAY_SECONDS));
  // 2^(n-1) overflows to Infinity for huge n; clamp before multiplying.
  const exponential = Math.min(cap, base * 2 ** Math.min(n - 1, 60));
  if ((options.jitter ?? "full") === "full") {
    return clampDelay(random() * exponential, cap);
  }
  // Decorrelated jitter (AWS architecture blog): sleep = min(cap, uniform(base, prev * 3)).
  // Without stored state we derive the previous delay from the attempt number deterministically.
  let previous = base;
  for (let i = 1; i < n && previous < cap; i++) {
    previous = Math.min(cap, base + random() * (previous * 3 - base));
  }
  const next = base + random() * (Math.max(base, previous * 3) - base);
  return clampDelay(Math.max(base, Math.min(cap, next)), cap);
}

/** True when the delivery numbered `attempts` (1-based) is the last one allowed by `maxRetries`. */
export function isFinalAttempt(attempts: number, maxRetries: number): boolean {
  return attempts >= maxRetries + 1;
}
