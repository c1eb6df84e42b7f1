/**
 * Event dates as people read them. A pack stores a date normalised to the start of its
 * period plus its precision; a card shows both the resolved date ("Friday 18 December
 * 2015") and the article's own words ("On 18 December"), so the reader can check the
 * resolution against the text.
 */
import { formatEventDate } from '../knowledge/event-dates.ts';
import type { Event, Precision } from '../knowledge/schema.ts';

const DAY = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const MONTH = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'long', year: 'numeric' });

/** "Friday 18 December 2015", "the week of Monday 7 December 2015", "May 2015", "2016". */
export function resolvedDate(date: string | undefined, precision: Precision | undefined): string | undefined {
  if (!date || !precision) return undefined;
  const day = (iso: string) => DAY.format(new Date(`${iso}T00:00:00Z`)).replace(',', '');
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
      return MONTH.format(new Date(`${date}-01T00:00:00Z`));
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
