/**
 * Dates that count from another event rather than from the publication day: "two days
 * later", "a day earlier", "the following Monday", "the same day", "the next morning",
 * "the day before", "later that week". They continue the story of the last dated event
 * (the article's previous day or time), so they resolve against that day; with no
 * earlier day to count from they are left undated rather than guessed.
 *
 * @example
 * findChains('Two days later the board resigned.', () => ({ year: 2027, month: 3, day: 1 }))
 * // → [{ phrase: 'Two days later', date: '2027-03-03', precision: 'day', … }]
 */
import {
  addDays,
  addMonths,
  formatDay,
  formatMonth,
  mondayOf,
  NUMBER_WORDS,
  weekday,
  type CalendarDay,
} from './calendar.ts';
import type { Precision } from '../knowledge/schema.ts';
import { dayOf, type Resolved } from './resolve.ts';

export interface ChainMention extends Resolved {
  phrase: string;
  start: number;
  end: number;
}

const COUNT = String.raw`(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})`;
const QUARTERS = ['first', 'second', 'third', 'fourth'];
/** The month each season starts in (north of the equator, as the periods read them). */
const SEASON_START = new Map([
  ['spring', 3],
  ['summer', 6],
  ['autumn', 9],
  ['winter', 12],
]);
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const count = (word: string) => NUMBER_WORDS.get(word.toLowerCase()) ?? Number(word);

/** A shift of `n` units from `from`: days and weeks stay days, months and years lose the day. */
function shift(from: CalendarDay, unit: string, n: number): Resolved | undefined {
  switch (unit.toLowerCase().replace(/s$/, '')) {
    case 'day':
      return dayOf(addDays(from, n));
    case 'week':
      return dayOf(addDays(from, 7 * n));
    case 'month': {
      const m = addMonths(from, n);
      return { date: formatMonth(m), precision: 'month' };
    }
    case 'year':
      return { date: String(from.year + n), precision: 'year' };
  }
  return undefined;
}

interface ChainRule {
  pattern: RegExp;
  /** Counting in days or to a weekday needs a day to count from, not a month or a year. */
  needsDay: boolean | ((m: RegExpMatchArray) => boolean);
  resolve(m: RegExpMatchArray, from: CalendarDay): Resolved | undefined;
}

const RULES: ChainRule[] = [
  {
    // two days later, a week earlier, three days after that, a day before
    pattern: new RegExp(
      String.raw`\b${COUNT}\s+(days?|weeks?|fortnights?|months?|years?)\s+` +
        String.raw`(later|earlier|afterwards|after that|before that|on)\b`,
      'gi',
    ),
    needsDay: (m) => /day|week|fortnight/i.test(m[2]!),
    resolve: (m, from) => {
      const n = /earlier|before/i.test(m[3]!) ? -count(m[1]!) : count(m[1]!);
      return /fortnight/i.test(m[2]!) ? shift(from, 'day', 14 * n) : shift(from, m[2]!, n);
    },
  },
  {
    // the following Monday, the previous Friday
    pattern: new RegExp(
      String.raw`\b(?:on\s+)?the\s+(following|next|previous|preceding)\s+` +
        String.raw`(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b`,
      'gi',
    ),
    needsDay: true,
    resolve: (m, from) => {
      const target = WEEKDAYS.indexOf(m[2]!.toLowerCase());
      const forward = /following|next/i.test(m[1]!);
      const step = forward ? (target - weekday(from) + 7) % 7 || 7 : -((weekday(from) - target + 7) % 7 || 7);
      return dayOf(addDays(from, step));
    },
  },
  {
    // the next day, the following morning, the previous evening, the day after
    pattern: new RegExp(
      String.raw`\b(?:on\s+)?the\s+(?:(following|next|previous|preceding)\s+` +
        String.raw`(day|morning|afternoon|evening|night|week|month|year)|day\s+(before|after))\b`,
      'gi',
    ),
    needsDay: (m) => !/month|year/i.test(m[2] ?? ''),
    resolve: (m, from) => {
      const back = /previous|preceding|before/i.test(m[1] ?? m[3]!);
      const unit = /week|month|year/i.test(m[2] ?? '') ? m[2]! : 'day';
      if (/week/i.test(unit)) return { date: formatDay(mondayOf(addDays(from, back ? -7 : 7))), precision: 'week' };
      return shift(from, unit, back ? -1 : 1);
    },
  },
  {
    // the same day, that day, that evening, on the same afternoon
    pattern: /\b(?:on\s+|by\s+)?(?:the\s+same|that(?:\s+same)?)\s+(day|morning|afternoon|evening|night)\b/gi,
    needsDay: true,
    resolve: (_m, from) => dayOf(from),
  },
  {
    // the second half of that year, the first quarter of the same year, the spring of that year
    pattern: new RegExp(
      String.raw`\b(?:in\s+|by\s+|during\s+)?the\s+(?:(first|second|1st|2nd)\s+half` +
        String.raw`|(first|second|third|fourth)\s+quarter|(spring|summer|autumn|fall|winter))` +
        String.raw`\s+of\s+(?:that|the\s+same)\s+year\b`,
      'gi',
    ),
    needsDay: false,
    resolve: (m, from) => {
      if (m[1]) return { date: `${from.year}-H${/^(first|1st)$/i.test(m[1]) ? 1 : 2}`, precision: 'half' };
      if (m[2]) return { date: `${from.year}-Q${QUARTERS.indexOf(m[2].toLowerCase()) + 1}`, precision: 'quarter' };
      const season = m[3]!.toLowerCase() === 'fall' ? 'autumn' : m[3]!.toLowerCase();
      return { date: `${from.year}-${season}`, precision: 'season' };
    },
  },
  {
    // the previous summer, the following winter: the season before or after the event
    pattern: /\bthe\s+(previous|preceding|following|next)\s+(spring|summer|autumn|fall|winter)\b/gi,
    needsDay: false,
    resolve: (m, from) => {
      const name = m[2]!.toLowerCase() === 'fall' ? 'autumn' : m[2]!.toLowerCase();
      const start = SEASON_START.get(name)!;
      const forward = /following|next/i.test(m[1]!);
      // The season whose start is the last before the event's month, or the first after it.
      const year = forward
        ? start > from.month
          ? from.year
          : from.year + 1
        : start < from.month
          ? from.year
          : from.year - 1;
      return { date: `${year}-${name}`, precision: 'season' };
    },
  },
  {
    // later that week, earlier that month
    pattern: /\b(?:later|earlier)\s+(?:that|the\s+same)\s+(week|month|year)\b/gi,
    needsDay: (m) => /week/i.test(m[1]!),
    resolve: (m, from) => {
      const unit = m[1]!.toLowerCase();
      if (unit === 'week') return { date: formatDay(mondayOf(from)), precision: 'week' };
      if (unit === 'month') return { date: formatMonth(from), precision: 'month' };
      return { date: String(from.year), precision: 'year' };
    },
  },
];

/** The event a chain continues: its first day and how precisely it was dated. */
export interface Previous {
  day: CalendarDay;
  precision: 'time' | 'day' | 'week' | 'month' | 'year';
}

const COARSENESS = ['time', 'day', 'week', 'month', 'year'];

/**
 * A chain is no more precise than the event it counts from: "two years later" after "in
 * 2019" is 2021, a year; "two weeks later" after "in June" is a month.
 */
function coarsen(resolved: Resolved | undefined, from: Previous): Resolved | undefined {
  if (!resolved) return undefined;
  // A period of the year the event was in is as precise as it says, whatever the event's precision.
  if (!COARSENESS.includes(resolved.precision)) return resolved;
  if (COARSENESS.indexOf(from.precision) <= Math.max(1, COARSENESS.indexOf(resolved.precision))) return resolved;
  const date = resolved.date;
  if (from.precision === 'year') return { date: date.slice(0, 4), precision: 'year' };
  if (from.precision === 'month') return { date: date.slice(0, 7), precision: 'month' };
  return { date: formatDay(mondayOf(parseDay(date))), precision: 'week' };
}

const parseDay = (iso: string): CalendarDay => {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
  return { year, month, day };
};

/** Chained dates in `sentence`, counted from the last dated event before each phrase. */
export function findChains(
  sentence: string,
  previousAt: (offset: number, needsDay: boolean) => Previous | undefined,
): ChainMention[] {
  const out: ChainMention[] = [];
  for (const rule of RULES) {
    for (const m of sentence.matchAll(rule.pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      // "up 8 per cent on a year earlier": a comparison's baseline, not an event.
      if (/\b(?:on|from|than|with|over|versus|vs\.?)\s+$/i.test(sentence.slice(0, start))) continue;
      // "almost three years later than first promised": a delay measured, not a date.
      if (/^\s+than\b/i.test(sentence.slice(end))) continue;
      const previous = previousAt(start, typeof rule.needsDay === 'function' ? rule.needsDay(m) : rule.needsDay);
      if (!previous || out.some((o) => start < o.end && end > o.start)) continue;
      const resolved = coarsen(rule.resolve(m, previous.day), previous);
      if (resolved) out.push({ phrase: m[0].trim(), start, end, ...resolved });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * A mention as the start of a chain. A range starts one from its first end, at that end's
 * precision ("from April to September … two years earlier"); a quarter, half or season
 * from its year ("two years earlier" than a summer is a year).
 */
export function asPrevious(m: { date: string; precision: Precision }): Previous | undefined {
  if (m.precision === 'range') {
    const first = m.date.split('/')[0]!;
    const precision = first.length === 4 ? 'year' : first.length === 7 ? 'month' : 'day';
    return /^\d{4}(-\d{2}){0,2}$/.test(first) ? asPrevious({ date: first, precision }) : undefined;
  }
  if (['quarter', 'half', 'season'].includes(m.precision)) {
    // From the period's first month: "the following spring" after the third quarter is next year's.
    return {
      day: { year: Number(m.date.slice(0, 4)), month: periodStart(m.date.slice(5)), day: 1 },
      precision: 'year',
    };
  }
  if (!['time', 'day', 'week', 'month', 'year'].includes(m.precision)) return undefined;
  return {
    // A time ("2027-11-20T19:00") starts a chain from its day.
    day: parseDay(m.date.length === 4 ? `${m.date}-01-01` : m.date.length === 7 ? `${m.date}-01` : m.date.slice(0, 10)),
    precision: m.precision as Previous['precision'],
  };
}

/** The first month of "Q3", "H2" or "summer" (north of the equator, as seasons are stored). */
function periodStart(part: string): number {
  if (/^Q[1-4]$/.test(part)) return (Number(part[1]) - 1) * 3 + 1;
  if (/^H[12]$/.test(part)) return part === 'H1' ? 1 : 7;
  return SEASON_START.get(part) ?? 1;
}
