import { add } from "./counts";

type Meta = { rows_read?: number; rows_written?: number } | undefined;
type Send = (...args: unknown[]) => Promise<unknown>;
type Session = Record<"_sendOrThrow" | "_queryOrThrow", Send | undefined>;

const hooked = new WeakSet<object>();

function record(result: unknown): void {
  for (const item of [result].flat()) {
    const meta = (item as { meta?: Meta } | null)?.meta;
    add("d1_statements", 1);
    add("d1_rows_read", meta?.rows_read ?? 0);
    add("d1_rows_written", meta?.rows_written ?? 0);
  }
}

/**
 * Counts D1 rows read and written from every statement's `meta`, whatever API ran it. `run`, `all` and
 * `batch` return `meta` but `raw` and `first` (what drizzle's selects use) drop it, so the hook sits one
 * level below, on the binding's session, where every statement's result passes with its `meta`
 * (workerd's d1-api: `D1Database.alwaysPrimarySession`). Returns false when that internal is missing
 * (another runtime version): then nothing is counted and the bench reports D1 as unmetered.
 */
export function meterD1(d1: D1Database): boolean {
  const session = (d1 as unknown as { alwaysPrimarySession?: Session }).alwaysPrimarySession;
  if (!session) return false;
  if (hooked.has(session)) return true;
  let found = false;
  for (const name of ["_sendOrThrow", "_queryOrThrow"] as const) {
    const original = session[name];
    if (typeof original !== "function") continue;
    found = true;
    session[name] = async (...args: unknown[]) => {
      const result = await original.apply(session, args);
      record(result);
      return result;
    };
  }
  if (found) hooked.add(session);
  return found;
}
