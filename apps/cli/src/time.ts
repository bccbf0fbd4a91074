// Dates of exports: epoch milliseconds (Android), epoch seconds, ISO with an offset, or a local wall-clock time.

const pad = (n: number, width = 2) => String(Math.trunc(Math.abs(n))).padStart(width, "0");

/**
 * An instant as ISO 8601 in this machine's zone (its offset at that instant), milliseconds kept.
 * Exports carry no zone, so the phone is taken to be in the zone of the machine running the import (TZ).
 */
export function isoInLocalZone(ms: number): string {
  const date = new Date(ms);
  const offset = -date.getTimezoneOffset();
  const sign = offset < 0 ? "-" : "+";
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  const time = `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}.${pad(date.getMilliseconds(), 3)}`;
  return `${day}T${time}${sign}${pad(offset / 60)}:${pad(offset % 60)}`;
}

const EPOCH = /^\d{9,14}$/;
const HAS_OFFSET = /(Z|[+-]\d{2}:?\d{2})$/i;
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/** Reads a date field; undefined when it is missing or not a date (the record is then rejected on received_at). */
export function readDate(value: unknown): string | undefined {
  const text = typeof value === "number" ? String(value) : typeof value === "string" ? value.trim() : "";
  if (EPOCH.test(text)) {
    const n = Number(text);
    return isoInLocalZone(text.length <= 10 ? n * 1000 : n);
  }
  if (HAS_OFFSET.test(text) && !Number.isNaN(Date.parse(text))) return isoInLocalZone(Date.parse(text));
  const local = LOCAL.exec(text);
  if (!local) return undefined;
  const [, y, mo, d, h, mi, s] = local.map(Number) as number[];
  const date = new Date(y!, mo! - 1, d!, h!, mi!, s || 0);
  return Number.isNaN(date.getTime()) ? undefined : isoInLocalZone(date.getTime());
}
