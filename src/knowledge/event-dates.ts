/**
 * What an event's date means in time. A pack stores dates as the article gave them, with
 * a precision, in the pack's timezone; this turns them into a window of instants (so
 * "is it past?" has one answer everywhere) and into words people read.
 */
import { addDays, instantAt } from '../core/zoned-time.ts';
import type { Event } from './schema.ts';

export interface EventWindow {
  start: Date;
  /** Exclusive end: the first instant after the event's period. */
  end: Date;
}

/**
 * The window the event occupies, or undefined for an undated event. `toInstant` converts
 * local times (bulk callers pass a cached one, ../core/zoned-offsets.ts).
 */
export function eventWindow(event: Event, timeZone: string, toInstant = instantAt): EventWindow | undefined {
  if (!event.date || !event.precision) return undefined;
  const [y = 0, m = 1, d = 1] = event.date.slice(0, 10).split('-').map(Number);
  const at = (year: number, month: number, day: number, hour = 0, minute = 0) => toInstant({ year, month, day, hour, minute }, timeZone);
  switch (event.precision) {
    case 'time': {
      const [hour = 0, minute = 0] = event.date.slice(11).split(':').map(Number);
      const start = at(y, m, d, hour, minute);
      return { start, end: new Date(start.getTime() + 3_600_000) };
    }
    case 'day': {
      const next = addDays({ year: y, month: m, day: d }, 1);
      return { start: at(y, m, d), end: at(next.year, next.month, next.day) };
    }
    case 'week': {
      const next = addDays({ year: y, month: m, day: d }, 7);
      return { start: at(y, m, d), end: at(next.year, next.month, next.day) };
    }
    case 'month':
      return { start: at(y, m, 1), end: m === 12 ? at(y + 1, 1, 1) : at(y, m + 1, 1) };
    case 'year':
      return { start: at(y, 1, 1), end: at(y + 1, 1, 1) };
  }
}

export type EventStatus = 'upcoming' | 'ongoing' | 'past' | 'undated';

export function eventStatus(event: Event, timeZone: string, now: Date): EventStatus {
  const window = eventWindow(event, timeZone);
  if (!window) return 'undated';
  if (now < window.start) return 'upcoming';
  return now < window.end ? 'ongoing' : 'past';
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** "Friday 18 December 2015", "week of Monday 7 December 2015", "May 2013", "2016"; "date not given". */
export function formatEventDate(event: Event): string {
  if (!event.date || !event.precision) return 'date not given';
  const [y = 0, m = 1, d = 1] = event.date.slice(0, 10).split('-').map(Number);
  const day = () => `${WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]} ${d} ${MONTHS[m - 1]} ${y}`;
  switch (event.precision) {
    case 'time':
      return `${day()}, ${event.date.slice(11, 16)}`;
    case 'day':
      return day();
    case 'week':
      return `week of ${day()}`;
    case 'month':
      return `${MONTHS[m - 1]} ${y}`;
    case 'year':
      return String(y);
  }
}

/** Sort key: dated events by start, undated last. */
export function eventSortKey(event: Event, timeZone: string): number {
  return eventWindow(event, timeZone)?.start.getTime() ?? Number.POSITIVE_INFINITY;
}
