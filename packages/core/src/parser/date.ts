/** Dates printed in alerts -> ISO 8601 with offset in the alert's time zone. */
import { FACT, has } from "./text-facts";

export interface LocalDateTime {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  s: number;
  hasTime: boolean;
}

/** English month abbreviations to their number (shared with the template date reader). */
export const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const MON = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\\.?";

// One pass, leftmost date wins. Alternatives (groups):
//  ISO  2026-11-12:14:22:05 | 2026-11-12 14:22 | 2026-11-12T14:22:05        (1-6)
//  DMY  12Nov26 | 12-NOV-2026 | 12 Nov 2026 | 12 November 2026 | 12 Nov      (7-9)
//  MDY  Nov 12, 2026 | November 12 2026                                      (10-12)
//  NUM  12-11-26 | 12/11/2026 | 12.11.26                                     (13-16)
const DATE_RE = new RegExp(
  [
    String.raw`\b(?:(20\d\d)-(\d\d)-(\d\d)(?:[:t ](\d\d):(\d\d)(?::(\d\d))?)?`,
    String.raw`(\d{1,2})[- ]?${MON}(?:[-, ]{0,2}(\d{4}|\d{2})(?!\d|:))?`,
    String.raw`${MON} (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b`,
    String.raw`(\d{1,2})([-/.])(\d{1,2})\14(\d{4}|\d{2})(?![\d/]|\.\d))`,
  ].join("|"),
  "g",
);
const NOT_BEFORE_NUMERIC_DATE = /[\d/.:-]/;
const TIME_AFTER = /^(?:\s|,|at|on|t|@|\||-){0,6}(\d{1,2})[:.](\d\d)(?:[:.](\d\d))?\s?([ap]\.?m\.?)?/;
const TIME_ANY = /(?<![\d.:])(\d{1,2}):(\d\d)(?::(\d\d))?\s?([ap]\.?m\.?)?(?![\d])/;

interface Found {
  index: number;
  end: number;
  y: number;
  mo: number;
  d: number;
  time?: [number, number, number];
}

function daysIn(y: number, mo: number): number {
  return mo === 2
    ? y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)
      ? 29
      : 28
    : mo === 4 || mo === 6 || mo === 9 || mo === 11
      ? 30
      : 31;
}

function valid(y: number, mo: number, d: number): boolean {
  return y >= 1990 && y <= 2199 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysIn(y, mo);
}

function year(text: string | undefined, fallback: number): number {
  if (!text) return fallback;
  const n = Number(text);
  return text.length === 2 ? 2000 + n : n;
}

/** The first valid date in the lower-cased text (and its time when printed next to it or elsewhere); null when none. */
export function findDateTime(text: string, fallbackYear: number, x = -1): LocalDateTime | null {
  let found: Found | null = null;
  DATE_RE.lastIndex = 0;
  for (let n = 0, m = DATE_RE.exec(text); m !== null && n < 8; n++, m = DATE_RE.exec(text)) {
    const end = m.index + m[0].length;
    let f: Found | null = null;
    if (m[1] !== undefined) {
      f = { index: m.index, end, y: +m[1], mo: +m[2]!, d: +m[3]! };
      if (m[4] && m[5]) f.time = [+m[4], +m[5], m[6] ? +m[6] : 0];
    } else if (m[7] !== undefined) {
      f = { index: m.index, end, y: year(m[9], fallbackYear), mo: MONTHS[m[8]!] ?? 0, d: +m[7] };
    } else if (m[11] !== undefined) {
      f = { index: m.index, end, y: +m[12]!, mo: MONTHS[m[10]!] ?? 0, d: +m[11] };
    } else if (m[13] !== undefined && !(m.index > 0 && NOT_BEFORE_NUMERIC_DATE.test(text.charAt(m.index - 1)))) {
      f = { index: m.index, end, y: year(m[16], fallbackYear), mo: +m[15]!, d: +m[13] };
    }
    if (f && valid(f.y, f.mo, f.d)) {
      found = f;
      break;
    }
    DATE_RE.lastIndex = m.index + 1;
  }
  if (!found) return null;
  let time = found.time;
  if (!time) {
    const t =
      TIME_AFTER.exec(text.slice(found.end, found.end + 24)) ??
      (has(x, FACT.colon, text, ":") ? TIME_ANY.exec(text) : null);
    if (t) time = clock(t);
  }
  return {
    y: found.y,
    mo: found.mo,
    d: found.d,
    h: time?.[0] ?? 0,
    mi: time?.[1] ?? 0,
    s: time?.[2] ?? 0,
    hasTime: time !== undefined,
  };
}

function clock(t: RegExpExecArray): [number, number, number] | undefined {
  let h = +t[1]!;
  const mi = +t[2]!;
  const s = t[3] ? +t[3] : 0;
  const ampm = t[4]?.[0]?.toLowerCase();
  if (ampm === "p" && h < 12) h += 12;
  if (ampm === "a" && h === 12) h = 0;
  if (h > 23 || mi > 59 || s > 59) return undefined;
  return [h, mi, s];
}

/** Zones without DST, resolved without Intl (fast path). Minutes east of UTC. */
const FIXED: Record<string, number> = {
  "Asia/Kolkata": 330,
  "Asia/Calcutta": 330,
  "Africa/Nairobi": 180,
  "Asia/Dubai": 240,
  "Asia/Singapore": 480,
  UTC: 0,
  "Etc/UTC": 0,
};
const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatter(zone: string): Intl.DateTimeFormat | null {
  let f = formatters.get(zone);
  if (f !== undefined) return f;
  try {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
  } catch {
    f = null;
  }
  if (formatters.size > 200) formatters.clear();
  formatters.set(zone, f);
  return f;
}

/** Whether the zone is usable (known fixed zone or accepted by Intl). */
export function isValidZone(zone: string): boolean {
  return zone in FIXED || formatter(zone) !== null;
}

const offsetCache = new Map<string, number>();
const DAY_MS = 86_400_000;
/** Per zone, per UTC day number: the offset of the whole day, or NaN when the day's start and end differ. */
const dayOffsets = new Map<string, Map<number, number>>();

/** Offset in minutes of `zone` at the UTC instant `utcMs`. Unknown zones count as UTC+05:30. */
export function offsetMinutes(zone: string, utcMs: number): number {
  const fixed = FIXED[zone];
  if (fixed !== undefined) return fixed;
  // A UTC day whose start and end have the same offset has it throughout (no zone changes and changes back
  // within a day): one lookup per zone and day, no key string. Transition days go by the quarter hour.
  let days = dayOffsets.get(zone);
  if (days === undefined) {
    if (dayOffsets.size > 200) dayOffsets.clear();
    days = new Map();
    dayOffsets.set(zone, days);
  }
  const day = Math.floor(utcMs / DAY_MS);
  let off = days.get(day);
  if (off === undefined) {
    const start = quarterOffset(zone, day * DAY_MS);
    off = start === quarterOffset(zone, (day + 1) * DAY_MS) ? start : NaN;
    if (days.size > 10000) days.clear();
    days.set(day, off);
  }
  return Number.isNaN(off) ? quarterOffset(zone, utcMs) : off;
}

function quarterOffset(zone: string, utcMs: number): number {
  // Offsets change on (at most) quarter-hour boundaries: cache per zone and quarter hour.
  const key = `${zone}|${Math.floor(utcMs / 900000)}`;
  const hit = offsetCache.get(key);
  if (hit !== undefined) return hit;
  const off = intlOffset(zone, utcMs);
  if (offsetCache.size > 10000) offsetCache.clear();
  offsetCache.set(key, off);
  return off;
}

/** The offset straight from Intl (no cache, no fixed list): what `offsetMinutes` must agree with. */
export function intlOffset(zone: string, utcMs: number): number {
  const f = formatter(zone);
  if (!f) return 330;
  const p: Record<string, number> = {};
  for (const part of f.formatToParts(new Date(utcMs))) if (part.type !== "literal") p[part.type] = Number(part.value);
  const asUtc = Date.UTC(p.year ?? 1970, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0, p.second ?? 0);
  return Math.round((asUtc - Math.floor(utcMs / 1000) * 1000) / 60000);
}

/** "00".."99", so that two-digit fields are looked up rather than converted and padded each time. */
const TWO_DIGITS: readonly string[] = Array.from({ length: 100 }, (_, i) => (i < 10 ? `0${i}` : String(i)));

function pad(n: number, w = 2): string {
  if (w === 2) return TWO_DIGITS[n] ?? (n < 10 ? `0${n}` : String(n));
  return n >= 1000 && n <= 9999 ? String(n) : String(n).padStart(w, "0");
}

/** "+05:30" by offset in minutes (few distinct offsets: built once each). */
const OFFSET_TEXT = new Map<number, string>();

function offsetText(min: number): string {
  let text = OFFSET_TEXT.get(min);
  if (text === undefined) {
    const sign = min < 0 ? "-" : "+";
    const a = Math.abs(min);
    text = `${sign}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
    if (OFFSET_TEXT.size > 1000) OFFSET_TEXT.clear();
    OFFSET_TEXT.set(min, text);
  }
  return text;
}

/** Local wall time in `zone` -> ISO 8601 with offset. */
export function localToIso(t: LocalDateTime, zone: string): string {
  let off = FIXED[zone];
  if (off === undefined) {
    const wall = Date.UTC(t.y, t.mo - 1, t.d, t.h, t.mi, t.s);
    off = offsetMinutes(zone, wall - 330 * 60000);
    off = offsetMinutes(zone, wall - off * 60000);
  }
  return `${pad(t.y, 4)}-${pad(t.mo)}-${pad(t.d)}T${pad(t.h)}:${pad(t.mi)}:${pad(t.s)}${offsetText(off)}`;
}

/** A UTC instant -> local wall time in `zone`. */
export function instantToLocal(utcMs: number, zone: string): LocalDateTime {
  const off = offsetMinutes(zone, utcMs);
  const d = new Date(utcMs + off * 60000);
  return {
    y: d.getUTCFullYear(),
    mo: d.getUTCMonth() + 1,
    d: d.getUTCDate(),
    h: d.getUTCHours(),
    mi: d.getUTCMinutes(),
    s: d.getUTCSeconds(),
    hasTime: true,
  };
}

/** Parses an ISO 8601 timestamp; NaN when invalid or outside years 1970..9999. */
export function parseInstant(iso: string): number {
  if (iso.length > 40) return NaN;
  const ms = Date.parse(iso);
  return Number.isFinite(ms) && ms >= 0 && ms < 253402300800000 ? ms : NaN;
}

// received_at without an offset ("2026-11-12 10:00:00", "2026-11-12"): a wall-clock time in the zone, not UTC.
const NAIVE_LOCAL = /^(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d)(?:\.\d{1,9})?)?)?$/;

// received_at already written in the zone's fixed offset: its local fields can be read off the string.
const LOCAL_ISO = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.\d{1,9})?([+-]\d\d:\d\d)$/;

/** Two ASCII digits at i as a number, or -1. */
function two(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** Offset text of each fixed zone, computed once. */
const FIXED_TEXT = new Map<string, string>();

/** "2026-11-12T10:00:00+05:30" in the zone's own offset, read without a regex; null when not that exact shape. */
function quickLocal(s: string, offText: string): LocalDateTime | null {
  return s.length === 25 && s.endsWith(offText) ? isoFields(s) : null;
}

/** The valid date-time fields of "YYYY-MM-DDTHH:MM:SS…" (offset not read); null when not that shape or not valid. */
function isoFields(s: string): LocalDateTime | null {
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84) return null;
  if (s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return null;
  const y1 = two(s, 0);
  const y2 = two(s, 2);
  const t = {
    y: y1 * 100 + y2,
    mo: two(s, 5),
    d: two(s, 8),
    h: two(s, 11),
    mi: two(s, 14),
    s: two(s, 17),
    hasTime: true,
  };
  if (y1 < 0 || y2 < 0 || t.h < 0 || t.mi < 0 || t.s < 0) return null;
  return valid(t.y, t.mo, t.d) && t.h < 24 && t.mi < 60 && t.s < 60 ? t : null;
}

/**
 * "2026-11-12T10:00:00+03:00" / "2026-11-12T10:00:00Z": its local fields when the printed offset is `zone`'s offset
 * at that instant (then `instantToLocal(parseInstant(s), zone)` gives the same fields); null otherwise (not this exact
 * shape, invalid fields, another offset).
 */
export function printedLocal(s: string, zone: string): LocalDateTime | null {
  const n = s.length;
  if (n !== 25 && n !== 20) return null;
  let printedOffset = 0;
  if (n === 20) {
    if (s.charCodeAt(19) !== 90) return null;
  } else {
    const sign = s.charCodeAt(19);
    const oh = two(s, 20);
    const om = two(s, 23);
    if ((sign !== 43 && sign !== 45) || s.charCodeAt(22) !== 58 || oh < 0 || oh > 23 || om < 0 || om > 59) return null;
    printedOffset = (sign === 45 ? -1 : 1) * (oh * 60 + om);
  }
  const t = isoFields(s);
  if (t === null) return null;
  const utc = Date.UTC(t.y, t.mo - 1, t.d, t.h, t.mi, t.s) - printedOffset * 60000;
  return offsetMinutes(zone, utc) === printedOffset ? t : null;
}

function receivedLocal(receivedAt: string, zone: string): LocalDateTime | null {
  const fixed = FIXED[zone];
  if (fixed !== undefined) {
    let offText = FIXED_TEXT.get(zone);
    if (offText === undefined) {
      offText = offsetText(fixed);
      FIXED_TEXT.set(zone, offText);
    }
    const quick = quickLocal(receivedAt, offText);
    if (quick) return quick;
    const m = LOCAL_ISO.exec(receivedAt);
    if (m && m[7] === offText) {
      const t = { y: +m[1]!, mo: +m[2]!, d: +m[3]!, h: +m[4]!, mi: +m[5]!, s: +m[6]!, hasTime: true };
      if (valid(t.y, t.mo, t.d) && t.h < 24 && t.mi < 60 && t.s < 60) return t;
    }
  }
  // Speed: "2026-11-12T10:00:00+03:00" in a zone outside FIXED: the printed fields, when the printed offset is the
  // zone's at that instant (what Date.parse and instantToLocal below would give), without either.
  const printed = fixed === undefined ? printedLocal(receivedAt, zone) : null;
  if (printed) return printed;
  const naive = NAIVE_LOCAL.exec(receivedAt);
  if (naive) {
    const t = {
      y: +naive[1]!,
      mo: +naive[2]!,
      d: +naive[3]!,
      h: +(naive[4] ?? 0),
      mi: +(naive[5] ?? 0),
      s: +(naive[6] ?? 0),
      hasTime: true,
    };
    return valid(t.y, t.mo, t.d) && t.h < 24 && t.mi < 60 && t.s < 60 ? t : null;
  }
  const received = parseInstant(receivedAt);
  return Number.isNaN(received) ? null : instantToLocal(received, zone);
}

/**
 * occurred_at: the date printed in the SMS in `zone`; when only a date is printed and it is the local day of
 * received_at, received_at's time is kept, otherwise 00:00 local. Without a printed date, received_at in `zone`.
 * Null when there is neither. With `readText` false (the printed date is a due date, an expiry or an offer's end),
 * received_at is used.
 */
export function occurredAt(text: string, receivedAt: string, zone: string, readText = true, x = -1): string | null {
  const y =
    receivedAt.charCodeAt(4) === 45 && two(receivedAt, 0) >= 0 && two(receivedAt, 2) >= 0
      ? two(receivedAt, 0) * 100 + two(receivedAt, 2)
      : NaN;
  const found = readText ? findDateTime(text, y >= 1990 && y <= 2199 ? y : new Date().getUTCFullYear(), x) : null;
  if (found?.hasTime) return localToIso(found, zone);
  const recLocal = receivedLocal(receivedAt, zone);
  if (found) {
    if (recLocal && recLocal.y === found.y && recLocal.mo === found.mo && recLocal.d === found.d)
      return localToIso(recLocal, zone);
    return localToIso(found, zone);
  }
  return recLocal ? localToIso(recLocal, zone) : null;
}
