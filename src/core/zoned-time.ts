/**
 * Wall-clock time in IANA timezones with nothing but `Intl`: which instant is 08:00 in
 * Europe/London on a given day, and what the local date is at an instant. DST gaps and
 * overlaps are resolved the way people expect: a time that does not exist (02:30 on a
 * spring-forward day) moves forward by the gap; a time that exists twice takes the first.
 */

export interface LocalTime {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The local date and time at `instant` in `timeZone`. */
export function localTime(instant: Date, timeZone: string): LocalTime & { second: number } {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(instant)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour! % 24,
    minute: parts.minute!,
    second: parts.second!,
  };
}

/** Offset of `timeZone` from UTC at `instant`, in milliseconds. */
export function offsetAt(instant: Date, timeZone: string): number {
  const l = localTime(instant, timeZone);
  const asUtc = Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute, l.second);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The instant at which it is `local` in `timeZone`. */
export function instantAt(local: LocalTime, timeZone: string): Date {
  const naive = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
  // Try the offsets in force a day either side: one of them is right unless `local` falls in a gap.
  const candidates = [
    offsetAt(new Date(naive - 86_400_000), timeZone),
    offsetAt(new Date(naive + 86_400_000), timeZone),
  ];
  const exact = candidates
    .map((offset) => naive - offset)
    .filter((t) => {
      const l = localTime(new Date(t), timeZone);
      return l.hour === local.hour && l.minute === local.minute && l.day === local.day;
    })
    .sort((a, b) => a - b);
  if (exact.length > 0) return new Date(exact[0]!);
  // In a gap: the wall clock skipped this time, so use the same moment by the earlier offset (later local time).
  return new Date(naive - Math.min(...candidates));
}

/** Adds `days` to a calendar date (no timezone involved). */
export function addDays(
  date: { year: number; month: number; day: number },
  days: number,
): { year: number; month: number; day: number } {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** `2015-12-18` for a calendar date. */
export function isoDate(date: { year: number; month: number; day: number }): string {
  return `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/** True when `timeZone` is a zone the runtime knows. */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}
