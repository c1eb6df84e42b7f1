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

/** First month of each season (winter runs into the next year) and of each quarter and half. */
const SEASON_START = new Map([
  ['spring', 3],
  ['summer', 6],
  ['autumn', 9],
  ['winter', 12],
]);
const PERIOD_MONTHS = { quarter: 3, half: 6, season: 3 } as const;

/** `2027-Q4` → October 2027 and 3 months; `2027-H2` → July and 6; `2027-winter` → December and 3. */
function periodStart(date: string, precision: keyof typeof PERIOD_MONTHS): { year: number; month: number } {
  const [year = '0', part = ''] = date.split('-');
  const n = Number(part.slice(1));
  const month = precision === 'season' ? (SEASON_START.get(part) ?? 1) : (n - 1) * PERIOD_MONTHS[precision] + 1;
  return { year: Number(year), month };
}

/**
 * The window the event occupies, or undefined for an undated event. A timed event stated
 * in a zone of its own ("3pm GMT") is read in that zone, everything else in `timeZone`.
 * `toInstant` converts local times (bulk callers pass a cached one, ../core/zoned-offsets.ts).
 */
export function eventWindow(event: Event, timeZone: string, toInstant = instantAt): EventWindow | undefined {
  if (!event.date || !event.precision) return undefined;
  if (event.precision === 'range') {
    const [from = '', to = ''] = event.date.split('/');
    const shape = from.length === 4 ? 'year' : from.length === 7 ? 'month' : 'day';
    const first = eventWindow({ ...event, date: from, precision: shape }, timeZone);
    const last = eventWindow({ ...event, date: to, precision: shape }, timeZone);
    return first && last ? { start: first.start, end: last.end } : undefined;
  }
  if (event.precision === 'quarter' || event.precision === 'half' || event.precision === 'season') {
    const { year, month } = periodStart(event.date, event.precision);
    const index = year * 12 + month - 1 + PERIOD_MONTHS[event.precision];
    const start = toInstant({ year, month, day: 1, hour: 0, minute: 0 }, timeZone);
    const end = toInstant(
      { year: Math.floor(index / 12), month: (index % 12) + 1, day: 1, hour: 0, minute: 0 },
      timeZone,
    );
    return { start, end };
  }
  if (event.precision === 'time' && event.timezone) timeZone = event.timezone;
  const [y = 0, m = 1, d = 1] = event.date.slice(0, 10).split('-').map(Number);
  const at = (year: number, month: number, day: number, hour = 0, minute = 0) =>
    toInstant({ year, month, day, hour, minute }, timeZone);
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

/** Month names, January first: one list for every date this bot writes. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** "Friday 18 December 2015", "week of Monday 7 December 2015", "May 2013", "2016"; "date not given". */
export function formatEventDate(event: Event): string {
  if (!event.date || !event.precision) return 'date not given';
  const [y = 0, m = 1, d = 1] = event.date.slice(0, 10).split('-').map(Number);
  const day = () => `${WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]} ${d} ${MONTHS[m - 1]} ${y}`;
  switch (event.precision) {
    case 'time':
      return `${day()}, ${event.date.slice(11, 16)}${event.timezone ? ` (${event.timezone})` : ''}`;
    case 'day':
      return day();
    case 'week':
      return `week of ${day()}`;
    case 'month':
      return `${MONTHS[m - 1]} ${y}`;
    case 'year':
      return String(y);
    case 'quarter':
    case 'half':
      return `${
        event.precision === 'quarter'
          ? QUARTERS[Number(event.date.slice(6)) - 1]
          : HALVES[Number(event.date.slice(6)) - 1]
      } ${y}`;
    case 'season':
      return `${event.date.slice(5)} ${y}`;
    case 'range': {
      const [from = '', to = ''] = event.date.split('/');
      const shape = from.length === 4 ? 'year' : from.length === 7 ? 'month' : 'day';
      const part = (date: string) => formatEventDate({ ...event, date, precision: shape });
      return `${part(from)} to ${part(to)}`;
    }
  }
}

const QUARTERS = ['first quarter', 'second quarter', 'third quarter', 'fourth quarter'];
const HALVES = ['first half', 'second half'];

/** Sort key: dated events by start, undated last. */
export function eventSortKey(event: Event, timeZone: string): number {
  return eventWindow(event, timeZone)?.start.getTime() ?? Number.POSITIVE_INFINITY;
}
