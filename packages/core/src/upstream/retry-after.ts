/**
 * Parses an HTTP Retry-After value (delta-seconds or HTTP-date) into milliseconds from `now`.
 * Also accepts OpenAI's `retry-after-ms`. Returns null when absent or unreadable.
 */
export function parseRetryAfterMs(headers: { get(name: string): string | null }, now: number): number | null {
  const ms = headers.get("retry-after-ms");
  if (ms !== null && /^\s*\d+(\.\d+)?\s*$/.test(ms)) return Math.max(0, Math.ceil(Number(ms)));
  const value = headers.get("retry-after");
  if (value === null) return null;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.max(0, Math.ceil(Number(trimmed) * 1000));
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return null;
  return Math.max(0, date - now);
}
