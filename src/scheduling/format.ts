/**
 * Times as a channel reads them: in the channel's timezone, with the zone's short name,
 * and how far from now ("in 23 hours", "tomorrow"). Pure functions of their inputs.
 */
import { localTime } from '../core/zoned-time.ts';
import { eventWindow, formatEventDate, MONTHS } from '../knowledge/event-dates.ts';
import type { Event } from '../knowledge/schema.ts';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

/** The calendar date at `instant` in `timeZone`. */
export function localDate(instant: Date, timeZone: string): LocalDate {
  const { year, month, day } = localTime(instant, timeZone);
  return { year, month, day };
}

/** `2015-12-18` → a calendar date. */
export function parseIsoDate(text: string): LocalDate {
  const [year = 0, month = 1, day = 1] = text.slice(0, 10).split('-').map(Number);
  return { year, month, day };
}

/** Whole days from `a` to `b` (calendar dates, no timezone). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}

/** "Monday 14 December 2015". */
export function formatDate(date: LocalDate): string {
  return (
    `${WEEKDAYS[new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay()]} ` +
    `${date.day} ${MONTHS[date.month - 1]} ${date.year}`
  );
}

/** "GMT", "EST", "GMT+3": the zone's short name at `instant`. */
export function zoneName(instant: Date, timeZone: string): string {
  const part = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' })
    .formatToParts(instant)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}

/** "Tuesday 15 December 2015, 10:00 GMT". */
export function formatInstant(instant: Date, timeZone: string): string {
  const l = localTime(instant, timeZone);
  const hhmm = `${String(l.hour).padStart(2, '0')}:${String(l.minute).padStart(2, '0')}`;
  return `${formatDate(l)}, ${hhmm} ${zoneName(instant, timeZone)}`;
}

/** "in 23 hours", "in 45 minutes", "in 3 days", "now", "2 hours ago". */
export function relativeTime(target: Date, now: Date): string {
  const diff = target.getTime() - now.getTime();
  const minutes = Math.round(Math.abs(diff) / 60_000);
  if (minutes < 1) return 'now';
  const amount =
    minutes < 60
      ? plural(minutes, 'minute')
      : minutes < 48 * 60
        ? plural(Math.round(minutes / 60), 'hour')
        : plural(Math.round(minutes / 1440), 'day');
  return diff > 0 ? `in ${amount}` : `${amount} ago`;
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** "today", "tomorrow", "in 4 days", "yesterday", "3 days ago": for day-precision events. */
export function relativeDay(day: LocalDate, today: LocalDate): string {
  const n = daysBetween(today, day);
  if (n === 0) return 'today';
  if (n === 1) return 'tomorrow';
  if (n === -1) return 'yesterday';
  return n > 0 ? `in ${n} days` : `${-n} days ago`;
}

/**
 * An event's date for a channel: a timed event in the channel's timezone
 * ("Tuesday 15 December 2015, 07:00 GMT"); a day, week, month or year as the article gave it.
 */
export function formatEventForChannel(event: Event, packTimeZone: string, channelTimeZone: string): string {
  if (event.precision === 'time') {
    const window = eventWindow(event, packTimeZone);
    if (window) return formatInstant(window.start, channelTimeZone);
  }
  return formatEventDate(event);
}

/** When an event is, relative to now, in the channel's terms. */
export function eventRelative(
  event: Event,
  packTimeZone: string,
  channelTimeZone: string,
  now: Date,
): string | undefined {
  if (event.precision === 'time') {
    const window = eventWindow(event, packTimeZone);
    return window && relativeTime(window.start, now);
  }
  if (event.precision === 'day' && event.date)
    return relativeDay(parseIsoDate(event.date), localDate(now, channelTimeZone));
  return undefined;
}

/** `2015-12-14`: the calendar date at `instant` in `timeZone`. */
export function isoLocalDate(instant: Date, timeZone: string): string {
  const { year, month, day } = localDate(instant, timeZone);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
