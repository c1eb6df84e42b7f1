/**
 * The day an article was written, when the published date given for it cannot be. An article's
 * own weekday-dates ("said on Wednesday 25 November") pin its year: that day is a Wednesday only
 * every few years. When they fall on their weekdays in no year near the given date (an archive
 * ingested with the day it was loaded, an undated text given a placeholder), every relative date
 * read against the given one is wrong ("on Tuesday" became a Tuesday ten years off), so the
 * article's dates decide: the day its news was told (`toldOn`).
 */
import type { Paragraph } from '../knowledge/article.ts';
import { MONTHS, WEEKDAYS } from '../knowledge/event-dates.ts';
import { daysBetween, formatDay, isRealDay, weekday, type CalendarDay } from './calendar.ts';
import { clauseTenses } from './tense.ts';

const MONTH = MONTHS.join('|');
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
/** "Wednesday 25 November" or "Wednesday, November 25", with no year after it. */
const WEEKDAY_DATE = new RegExp(
  `\\b(${WEEKDAYS.join('|')}),?\\s+(?:${DAY}\\s+(${MONTH})|(${MONTH})\\s+${DAY})\\b(?!,?\\s+\\d{4})`,
  'g',
);
/** A year written out ("in 2024", not "2,024" or "20245"). */
const YEAR = /(?<![\d,.])(?:19|20)\d{2}(?![\d,.]\d)/g;

const TOLD_ON = /\b(?:said|announced|confirmed|told|reported|ruled|declared|revealed)\s+(?:it\s+)?on\s+$/;

/** A weekday with its day and month, as its weekday's number and the month's (January 1). */
interface WeekdayDate {
  weekday: number;
  month: number;
  day: number;
}

/** One as the article tells it: in a past clause, and whether after a verb of telling. */
interface ToldDate extends WeekdayDate {
  past: boolean;
  /** After a verb of telling ("the council said on Wednesday 25 November"): the day the news was told. */
  told: boolean;
}

/** How far from the day the article was written its year-less dates may lie. */
const BACK_DAYS = 183;
const AHEAD_DAYS = 366;
/** How many years either side of the given date an article's own dates are looked for. */
const SEARCH_YEARS = 60;
/**
 * How many weekday-dates and written years are weighed, the first the article gives: a news story gives fewer than
 * ten and eighty (the fixtures at most 9 and 77); a listing of thousands would cost seconds to weigh them all.
 */
const MAX_DATES = 40;
const MAX_YEARS = 200;

/** A year written out, and whether its clause tells of the past or the future. */
interface WrittenYear {
  year: number;
  tense: string;
}

/** The weekday-dates of a sentence, with where each stands. */
function weekdayDates(text: string): (WeekdayDate & { at: number })[] {
  return [...text.matchAll(WEEKDAY_DATE)].map((m) => ({
    weekday: WEEKDAYS.indexOf(m[1]!),
    month: MONTHS.indexOf((m[3] ?? m[4])!) + 1,
    day: Number(m[2] ?? m[5]),
    at: m.index,
  }));
}

/**
 * The weekday-dates and written years of the article, each with its clause's tense. Only a sentence that holds one
 * is read for tenses (compromise's parse, the costly part).
 */
function datesOf(sentences: readonly string[]): { dates: ToldDate[]; years: WrittenYear[] } {
  const dates: ToldDate[] = [];
  const years: WrittenYear[] = [];
  for (const text of sentences) {
    if (dates.length >= MAX_DATES && years.length >= MAX_YEARS) break;
    const found = weekdayDates(text).slice(0, MAX_DATES - dates.length);
    const written = [...text.matchAll(YEAR)].slice(0, MAX_YEARS - years.length);
    if (found.length === 0 && written.length === 0) continue;
    const tenses = clauseTenses(text);
    for (const { at, ...d } of found)
      dates.push({ ...d, past: tenses.at(at) === 'past', told: TOLD_ON.test(text.slice(0, at)) });
    for (const m of written) years.push({ year: Number(m[0]), tense: tenses.at(m.index) });
  }
  return { dates, years };
}

/**
 * How far a time's year is from fitting the written years: "began in February 2024" was written
 * after 2024, "by 2027" before it. Counted in years, so that one misread tense ("results expected
 * in March 2027" read as past) outweighs less than a clause a decade off.
 */
const against = (years: readonly WrittenYear[], at: CalendarDay) =>
  years.reduce(
    (sum, y) =>
      sum +
      (y.tense === 'past' ? Math.max(0, y.year - at.year) : y.tense === 'future' ? Math.max(0, at.year - y.year) : 0),
    0,
  );

/** The day near `at` that a weekday-date names, if that day falls on its weekday. */
function near(d: WeekdayDate, at: CalendarDay): CalendarDay | undefined {
  for (const year of [at.year - 1, at.year, at.year + 1]) {
    const day = { year, month: d.month, day: d.day };
    const away = daysBetween(at, day);
    if (isRealDay(day) && weekday(day) === d.weekday && away >= -BACK_DAYS && away <= AHEAD_DAYS) return day;
  }
  return undefined;
}

const fitting = (dates: readonly WeekdayDate[], at: CalendarDay) => dates.filter((d) => near(d, at)).length;

/**
 * The published date to read the article's relative dates against: the given one, unless the
 * article's weekday-dates fit a time more of them fall on than the given one, then the day the news
 * was told (`toldOn`) in such a time: the one its written years least contradict, of those the
 * nearest.
 */
export function articleDay(paragraphs: readonly Paragraph[], given: CalendarDay): CalendarDay {
  const sentences = paragraphs.flatMap((p) => p.sentences.map((s) => s.text));
  // Most articles fit the date given: read no tenses for them.
  const plain = sentences.flatMap(weekdayDates).slice(0, MAX_DATES);
  if (fitting(plain, given) === plain.length) return given;
  const { dates, years } = datesOf(sentences);
  const givenFit = fitting(dates, given);
  let best: { day: CalendarDay; fit: number; wrong: number; away: number } | undefined;
  for (const d of dates) {
    for (let year = given.year - SEARCH_YEARS; year <= given.year + SEARCH_YEARS; year++) {
      const at = { year, month: d.month, day: d.day };
      if (!isRealDay(at) || weekday(at) !== d.weekday) continue;
      const fit = fitting(dates, at);
      const day = toldOn(dates, at);
      const wrong = against(years, day);
      const away = Math.abs(daysBetween(given, day));
      const better =
        !best ||
        fit > best.fit ||
        (fit === best.fit && (wrong < best.wrong || (wrong === best.wrong && away < best.away)));
      if (better) best = { day, fit, wrong, away };
    }
  }
  // One weekday-date alone may be a slip of the writer's ("Wednesday 26 November" in a year it is a Thursday): it
  // overrules the given date only when the written years do too ("began in 2024" in an article given 2016).
  const sure = best !== undefined && (best.fit >= 2 || against(years, given) > 0);
  return sure && best!.fit > givenFit ? best!.day : given;
}

/** A past clause's dates this long after the first it names are still the news of the day. */
const NEWS_DAYS = 14;

/**
 * Of the weekday-dates placed near `at`, the day the news was told: the latest after "said on",
 * else the latest a past clause names within a fortnight of the first (a plan misread as past,
 * "the council meets on Tuesday 19 January", lies further off), else the first named.
 */
function toldOn(dates: readonly ToldDate[], at: CalendarDay): CalendarDay {
  const placed = dates.flatMap((d) => {
    const day = near(d, at);
    return day ? [{ d, day }] : [];
  });
  const latest = (days: CalendarDay[]) => days.sort((a, b) => daysBetween(a, b))[0];
  const said = latest(placed.filter((p) => p.d.told).map((p) => p.day));
  const past = placed.filter((p) => p.d.past).map((p) => p.day);
  const first = past.reduce<CalendarDay | undefined>((a, d) => (!a || daysBetween(a, d) < 0 ? d : a), undefined);
  const news = first && latest(past.filter((d) => daysBetween(first, d) <= NEWS_DAYS));
  return said ?? news ?? placed[0]?.day ?? at;
}

/** `articleDay` on a YYYY-MM-DD date, as the pack stores it. */
export const articlePublished = (paragraphs: readonly Paragraph[], given: CalendarDay): string =>
  formatDay(articleDay(paragraphs, given));
