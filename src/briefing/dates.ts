/**
 * Event dates as people read them. A pack stores a date normalised to the start of its
 * period plus its precision; a card shows both the resolved date ("Friday 18 December
 * 2015") and the article's own words ("On 18 December"), so the reader can check the
 * resolution against the text.
 */
import { formatEventDate, WEEKDAYS } from '../knowledge/event-dates.ts';
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

/** "Friday 18 December 2015", "the week of Monday 7 December 2015", "May 2015", "2016". */
export function resolvedDate(date: string | undefined, precision: Precision | undefined): string | undefined {
  if (!date || !precision) return undefined;
  const formatted = formatEventDate({ date, precision } as Event);
  return precision === 'week' ? `the ${formatted}` : formatted;
}

/** One line: "Friday 18 December 2015 (“On 18 December”)", or the phrase alone when undated. */
export function dateLine(event: Event): string {
  const resolved = resolvedDate(event.date, event.precision);
  return resolved ? `${resolved} (“${event.phrase}”)` : `“${event.phrase}” (no date given)`;
}
