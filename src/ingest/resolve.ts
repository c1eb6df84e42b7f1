/**
 * Which year, which week: a date written without its year ("in December", "on 14
 * September", "on Friday") is placed by the tense of its clause. Past tense takes the last
 * occurrence up to the publication day, future the next one from it; the scheduled present
 * ("shareholders vote on Thursday") leans forward for weekdays. With no tense to go on the
 * nearest occurrence wins, and when that is months away the choice is marked ambiguous for
 * a reviewer (and `briefbot validate` warns).
 */
import type { Precision } from '../knowledge/schema.ts';
import { addDays, daysBetween, formatDay, formatMonth, isRealDay, weekday, type CalendarDay } from './calendar.ts';
import type { Tense } from './tense.ts';

export interface Resolved {
  date: string;
  precision: Precision;
  /** Why another date was possible, when the words did not decide. */
  ambiguous?: string;
}

/** Beyond this many days away, a nearest-occurrence guess is flagged as ambiguous. */
const SURE_WITHIN_DAYS = 92;

export const dayOf = (d: CalendarDay): Resolved | undefined =>
  isRealDay(d) ? { date: formatDay(d), precision: 'day' } : undefined;
export const monthOf = (year: number, month: number): Resolved => ({
  date: formatMonth({ year, month }),
  precision: 'month',
});
export const yearOf = (year: number): Resolved => ({ date: String(year), precision: 'year' });

const LAST = new Set(['last', 'past', 'previous']);
const NEXT = new Set(['next', 'coming']);

/**
 * The year of a day of the year (or of a month: pass day 1 and `wholeMonth`) by modifier
 * and tense. Returns the year and, for a guess, why it is one.
 */
export function yearFor(
  anchor: CalendarDay,
  month: number,
  day: number,
  tense: Tense,
  modifier = '',
  wholeMonth = false,
): { year: number; ambiguous?: string } {
  const mod = modifier.toLowerCase();
  const at = (year: number) => ({ year, month, day });
  // A whole month counts as "now" while the publication day is in it.
  const cmp = (d: CalendarDay) =>
    wholeMonth && d.year === anchor.year && d.month === anchor.month ? 0 : daysBetween(anchor, d);
  const options = [anchor.year - 1, anchor.year, anchor.year + 1];
  if (LAST.has(mod)) return { year: options.filter((y) => cmp(at(y)) < 0).pop()! };
  if (NEXT.has(mod)) return { year: options.find((y) => cmp(at(y)) > 0)! };
  if (mod === 'this') return { year: anchor.year };
  if (tense === 'past') {
    const last = options.filter((y) => cmp(at(y)) <= 0).pop()!;
    const coming = options.find((y) => cmp(at(y)) > 0);
    // "issued a warning for snow from 11 to 13 February" the day before: a day almost a year
    // back is rarely written without its year, while one in the coming fortnight is what the
    // past verb's object is about.
    const farBack = -cmp(at(last)) > FAR_BACK_DAYS;
    if (!wholeMonth && farBack && coming !== undefined && cmp(at(coming)) <= SOON_DAYS) return { year: coming };
    return { year: last };
  }
  if (tense === 'future') return { year: options.find((y) => cmp(at(y)) >= 0)! };
  // The scheduled present ("the festival runs from 3 June") looks ahead, up to half a year.
  const ahead = options.find((y) => cmp(at(y)) >= 0)!;
  if (tense === 'present' && cmp(at(ahead)) <= 183) return { year: ahead };
  const nearest = options.reduce((best, y) => (Math.abs(cmp(at(y))) < Math.abs(cmp(at(best))) ? y : best));
  const away = Math.abs(cmp(at(nearest)));
  return away > SURE_WITHIN_DAYS
    ? { year: nearest, ambiguous: `no tense says if the last or the next is meant; the nearest (${away} days away)` }
    : { year: nearest };
}

/** A past clause's day-and-month this far back, against one this soon ahead: the one ahead is meant. */
const FAR_BACK_DAYS = 300;
const SOON_DAYS = 31;

/** How far from the story's last written-out date a year-less date may be to share its year. */
const STORY_SPAN_DAYS = 62;

/**
 * The year a story has set: "between 3 and 7 August 2025 … reported on 6 August" means
 * August 2025 even in a 2027 article. A year-less date near the story's last date with a
 * written year takes that year, unless its clause looks ahead from publication.
 */
function storyYear(story: CalendarDay | undefined, anchor: CalendarDay, month: number, day: number, tense: Tense) {
  // "who is expecting her first child in June": a present clause looks ahead too, not back into the story.
  if (!story || tense === 'future' || tense === 'present' || daysBetween(story, anchor) <= STORY_SPAN_DAYS) {
    return undefined;
  }
  const near = (year: number) => Math.abs(daysBetween(story, { year, month, day })) <= STORY_SPAN_DAYS;
  return [story.year, story.year - 1, story.year + 1].find(near);
}

/** "on 14 September": the day by tense (or by the story's year), with the reason when it was a guess. */
export function dayInYear(
  anchor: CalendarDay,
  month: number,
  day: number,
  tense: Tense,
  story?: CalendarDay,
): Resolved | undefined {
  const told = storyYear(story, anchor, month, day, tense);
  if (told !== undefined) return dayOf({ year: told, month, day });
  const { year, ambiguous } = yearFor(anchor, month, day, tense);
  const resolved = dayOf({ year, month, day });
  return resolved && ambiguous ? { ...resolved, ambiguous } : resolved;
}

/** "in December", "last November": the month by modifier and tense (or by the story's year). */
export function monthInYear(
  anchor: CalendarDay,
  month: number,
  tense: Tense,
  modifier = '',
  story?: CalendarDay,
): Resolved {
  const told = modifier ? undefined : storyYear(story, anchor, month, 15, tense);
  if (told !== undefined) return monthOf(told, month);
  const { year, ambiguous } = yearFor(anchor, month, 1, tense, modifier, true);
  return { ...monthOf(year, month), ...(ambiguous ? { ambiguous } : {}) };
}

/**
 * A weekday alone is the nearest one: the publication day itself when it is that weekday,
 * else the one before in a past clause and the next in a future or scheduled-present one.
 */
export function weekdayNear(anchor: CalendarDay, target: number, tense: Tense, modifier = ''): Resolved | undefined {
  const today = weekday(anchor);
  const mod = modifier.toLowerCase();
  const back = (today - target + 7) % 7 || 7;
  const ahead = (target - today + 7) % 7 || 7;
  const forward = tense === 'future' || tense === 'present';
  if (LAST.has(mod)) return dayOf(addDays(anchor, -back));
  if (NEXT.has(mod)) return dayOf(addDays(anchor, ahead));
  if (target === today) return dayOf(anchor);
  if (mod === 'this') return dayOf(addDays(anchor, tense === 'past' ? -back : ahead));
  return dayOf(addDays(anchor, forward ? ahead : -back));
}
