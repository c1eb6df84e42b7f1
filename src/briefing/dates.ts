/**
 * Event dates as people read them. A pack stores a date normalised to the start of its
 * period plus its precision; a card shows both the resolved date ("Friday 18 December
 * 2015") and the article's own words ("On 18 December"), so the reader can check the
 * resolution against the text.
 */
import { formatEventDate, MONTHS, WEEKDAYS } from '../knowledge/event-dates.ts';
import type { Event, Precision } from '../knowledge/schema.ts';

/*
 * Written with the knowledge layer's English names rather than `Intl.DateTimeFormat`: these are
 * UTC calendar days in one fixed language, and the first DateTimeFormat a process makes costs
 * 13 ms of ICU set-up, a fair share of a one-shot `briefbot brief`.
 */

/** The weekday of an ISO calendar date ("2015-12-15" → "Tuesday"). */
export function weekdayOf(iso: string): string {
  return WEEKDAYS[new Date(`${iso.slice(0, 10)}T00:00:00Z`).getUTCDay()]!;
}

/** "Tuesday 15 December 2015" for "2015-12-15". */
function day(iso: string): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** "Friday 18 December 2015", "the week of Monday 7 December 2015", "May 2015", "2016". */
export function resolvedDate(date: string | undefined, precision: Precision | undefined): string | undefined {
  if (!date || !precision) return undefined;
  switch (precision) {
    case 'time': {
      const [d = '', t = ''] = date.split('T');
      return `${day(d)}, ${t}`;
    }
    case 'day':
      return day(date);
    case 'week':
      return `the week of ${day(date)}`;
    case 'month':
      return `${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
    case 'year':
      return date;
    default:
      // Quarters, halves, seasons and ranges read as the knowledge layer formats them.
      return formatEventDate({ date, precision } as Event);
  }
}

/** One line: "Friday 18 December 2015 (“On 18 December”)", or the phrase alone when undated. */
export function dateLine(event: Event): string {
  const resolved = resolvedDate(event.date, event.precision);
  return resolved ? `${resolved} (“${event.phrase}”)` : `“${event.phrase}” (no date given)`;
}
