import { MONTHS } from "../parser/date";
import { toAsciiDigits } from "./numbers";

/** Calendar date and wall-clock time as printed (no zone). */
export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
}

/** Order of numeric day/month in dates like 12-11-26: dmy (India, most of the world) or mdy (US). */
export type NumericDateOrder = "dmy" | "mdy";

function fullYear(text: string): number {
  const n = Number(text);
  return text.length <= 2 ? 2000 + n : n;
}

function valid(d: LocalDateTime): LocalDateTime | null {
  if (d.month < 1 || d.month > 12 || d.day < 1) return null;
  const daysInMonth = new Date(Date.UTC(d.year, d.month, 0)).getUTCDate();
  if (d.day > daysInMonth) return null;
  if (d.hour !== undefined && (d.hour > 23 || (d.minute ?? 0) > 59 || (d.second ?? 0) > 59)) return null;
  return d;
}

/**
 * Year of a date printed without one: received_at's year, or the year before when the month would
 * otherwise lie more than two months after the reception (an alert from December read in January).
 */
export function inferYear(month: number, receivedAt: string | undefined): number | null {
  const ms = receivedAt === undefined ? Number.NaN : Date.parse(receivedAt);
  if (Number.isNaN(ms)) return null;
  const received = new Date(ms);
  const year = received.getUTCFullYear();
  return month > received.getUTCMonth() + 1 + 2 ? year - 1 : year;
}

/** Parses the text of a `date` slot. Returns null when it is not a real date. */
export function parseDateText(
  text: string,
  order: NumericDateOrder = "dmy",
  receivedAt?: string,
): LocalDateTime | null {
  const t = toAsciiDigits(text).trim().toLowerCase();
  const yearless = /^(\d{1,2})[- ]?([a-z]{3})[a-z]*$/.exec(t);
  if (yearless) {
    const month = MONTHS[yearless[2] ?? ""];
    const year = month ? inferYear(month, receivedAt) : null;
    return month && year !== null ? valid({ year, month, day: Number(yearless[1]) }) : null;
  }
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[t: ](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(t);
  if (m) {
    const [, y = "", mo = "", d = "", hh, mm, ss] = m;
    const base: LocalDateTime = { year: Number(y), month: Number(mo), day: Number(d) };
    if (hh !== undefined) Object.assign(base, { hour: Number(hh), minute: Number(mm), second: Number(ss ?? "0") });
    return valid(base);
  }
  m = /^(\d{1,2})[-/ ]?([a-z]{3})[a-z]*\.?[-/ ,]{0,2}(\d{4}|\d{2})$/.exec(t);
  if (m) {
    const month = MONTHS[m[2] ?? ""];
    return month ? valid({ year: fullYear(m[3] ?? ""), month, day: Number(m[1]) }) : null;
  }
  m = /^([a-z]{3})[a-z]*\.? (\d{1,2}),? (\d{4})$/.exec(t);
  if (m) {
    const month = MONTHS[m[1] ?? ""];
    return month ? valid({ year: Number(m[3]), month, day: Number(m[2]) }) : null;
  }
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})$/.exec(t);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const year = fullYear(m[3] ?? "");
    return valid(order === "dmy" ? { year, month: b, day: a } : { year, month: a, day: b });
  }
  return null;
}

/** Parses the text of a `time` slot ("14:22:05", "2:30 PM"). */
export function parseTimeText(text: string): { hour: number; minute: number; second: number } | null {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s?(?:([ap])\.?m\.?)?$/i.exec(toAsciiDigits(text).trim());
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = Number(m[2]);
  const second = Number(m[3] ?? "0");
  const meridiem = m[4]?.toLowerCase();
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === "p" ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return null;
  return { hour, minute, second };
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** "2026-11-12T14:22:05+05:30" from local parts and an offset ("+05:30" or "Z"). */
export function formatLocalIso(d: LocalDateTime, offset: string): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}T${pad(d.hour ?? 0)}:${pad(d.minute ?? 0)}:${pad(d.second ?? 0)}${offset}`;
}

/** Local parts and offset of an ISO timestamp as written ("2026-11-12T14:22:05+05:30"). */
export function splitIso(iso: string): { local: LocalDateTime; offset: string } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(
    iso.trim(),
  );
  if (!m) return null;
  const local: LocalDateTime = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  if (m[4] !== undefined)
    Object.assign(local, { hour: Number(m[4]), minute: Number(m[5]), second: Number(m[6] ?? "0") });
  const rawOffset = m[7] ?? "Z";
  const offset =
    rawOffset.toUpperCase() === "Z"
      ? "Z"
      : rawOffset.includes(":")
        ? rawOffset
        : `${rawOffset.slice(0, 3)}:${rawOffset.slice(3)}`;
  return { local, offset };
}

/** Wall-clock time of an ISO instant at a fixed offset ("+05:30" or "Z"); null when unreadable. */
export function wallClockAt(iso: string, offset: string): { hour: number; minute: number; second: number } | null {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  const m = /^([+-])(\d{2}):(\d{2})$/.exec(offset);
  const shift = m ? (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
  const d = new Date(ms + shift * 60_000);
  return { hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds() };
}
