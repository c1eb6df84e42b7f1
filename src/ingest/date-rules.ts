/**
 * The pattern table findDates runs over a sentence: one rule per form news writes a date in
 * ("18 December 2015", "the end of next year", "three days ago", "on Friday"), each resolving
 * its match against the publication date with the precision the words give.
 *
 * It lives apart from findDates so that the claiming order in dates.ts reads on one screen,
 * and a new date form is an edit to this table alone. Order matters: the first rule to claim
 * a stretch of text wins it.
 */
import {
  addDays,
  addMonths,
  formatDay,
  isRealDay,
  mondayOf,
  NUMBER_WORDS,
  weekday,
  type CalendarDay,
} from './calendar.ts';
import { modifies } from './chrono-dates.ts';
import { dayInYear, dayOf, monthInYear, monthOf, weekdayNear, yearOf, type Resolved } from './resolve.ts';
import type { Tense } from './tense.ts';

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December' +
  '|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const WEEKDAY = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
/** Before a date, a weekday may be cut short, as fixture lists and timetables do ("Sat 14 March"). */
const WEEKDAY_ANY =
  '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues?|Wed(?:s|nes)?|Thu(?:rs?)?|Fri|Sat|Sun)\\.?';
/** A day's own preposition belongs to its phrase; "until 5 March" looks forward from the clause. */
const ON = '(?:(?:[Oo]n|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]rom|[Ss]ince|[Bb]efore|[Aa]fter)\\s+)?';
const forward = (m: RegExpExecArray, t: Tense): Tense => (/^(until|till)\b/i.test(m[0]) ? 'future' : t);
const DAY_NUM = '(\\d{1,2})(?:st|nd|rd|th)?';
const monthIndex = (name: string) =>
  MONTH_NAMES.findIndex((m) => m.startsWith(name.toLowerCase().replace('.', '').slice(0, 3))) + 1;
const weekdayIndex = (name: string) =>
  WEEKDAY_NAMES.findIndex((w) => w.startsWith(name.toLowerCase().replace('.', '').slice(0, 3)));

/** "Saturday 14 March" with no year: the year, near publication, in which that day is a Saturday. */
function byWeekday(name: string | undefined, anchor: CalendarDay, month: number, day: number): Resolved | undefined {
  if (!name) return undefined;
  const years = [anchor.year, anchor.year + 1, anchor.year - 1].filter((year) => {
    const d = { year, month, day };
    return isRealDay(d) && weekday(d) === weekdayIndex(name);
  });
  return years.length === 1 ? dayOf({ year: years[0]!, month, day }) : undefined;
}

export interface Rule {
  pattern: RegExp;
  resolve(m: RegExpExecArray, anchor: CalendarDay, tense: Tense, story?: CalendarDay): Resolved | undefined;
}

function relativeUnit(anchor: CalendarDay, unit: string, offset: number): Resolved | undefined {
  switch (unit.toLowerCase()) {
    case 'day':
      return dayOf(addDays(anchor, offset));
    case 'week':
      return { date: formatDay(mondayOf(addDays(anchor, offset * 7))), precision: 'week' };
    case 'month': {
      const m = addMonths(anchor, offset);
      return monthOf(m.year, m.month);
    }
    case 'year':
      return yearOf(anchor.year + offset);
  }
  return undefined;
}

const count = (word: string) => NUMBER_WORDS.get(word.toLowerCase()) ?? (/^\d+$/.test(word) ? Number(word) : NaN);

export const RELATIVE_YEARS = new Map([
  ['this', 0],
  ['last', -1],
  ['previous', -1],
  ['past', -1],
  ['next', 1],
  ['coming', 1],
]);

/** "the end of next year" is of that year; "the start of March" of that month. */
function partOf(m: RegExpExecArray, a: CalendarDay, t: Tense, story?: CalendarDay): Resolved | undefined {
  const [, relative, unit, monthName, monthYear, year] = m;
  if (year) return yearOf(Number(year));
  if (monthName)
    return monthYear
      ? monthOf(Number(monthYear), monthIndex(monthName))
      : monthInYear(a, monthIndex(monthName), t, '', story);
  return relativeUnit(a, unit!, RELATIVE_YEARS.get((relative ?? 'this').toLowerCase()) ?? 0);
}

/** Ordered: the first rule to claim a stretch of text wins it. */
export const RULES: Rule[] = [
  {
    // the weekend of 28 October: the Saturday and Sunday of that weekend
    pattern: new RegExp(
      `\\b(?:over\\s+|on\\s+)?the\\s+weekend\\s+of\\s+${DAY_NUM}\\s+${MONTH}(?:,?\\s+(\\d{4}))?`,
      'g',
    ),
    resolve: (m, a, t) => {
      const d = m[3]
        ? dayOf({ year: Number(m[3]), month: monthIndex(m[2]!), day: Number(m[1]) })
        : dayInYear(a, monthIndex(m[2]!), Number(m[1]), t);
      if (!d) return undefined;
      const day = parseIso(d.date);
      // Friday the 27th still names the weekend after it; Sunday the 29th the one it ends.
      const saturday = addDays(day, weekday(day) === 0 ? -1 : (6 - weekday(day) + 7) % 7);
      return { date: `${formatDay(saturday)}/${formatDay(addDays(saturday, 1))}`, precision: 'range' };
    },
  },
  {
    // by the end of 2028, at the start of next year, the end of March, by the end of the month
    pattern: new RegExp(
      `\\b(?:(?:[Bb]y|[Bb]efore|[Uu]ntil|[Tt]ill|[Aa]t|[Ff]rom|[Ii]n|[Tt]owards?)\\s+)?` +
        `the\\s+(?:end|start|beginning|middle|turn|close)\\s+of\\s+` +
        `(?:(?:the|(this|next|last))\\s+(year|month)|${MONTH}(?:\\s+(\\d{4}))?|((?:19|20)\\d{2}))\\b`,
      'g',
    ),
    resolve: partOf,
  },
  {
    // the week beginning 12 April: a week, given by its Monday
    pattern: new RegExp(
      `\\b(?:in\\s+)?the\\s+week\\s+(?:beginning|starting|commencing|of)\\s+` +
        `(?:${WEEKDAY_ANY},?\\s+)?${DAY_NUM}\\s+${MONTH}(?:,?\\s+(\\d{4}))?`,
      'g',
    ),
    resolve: (m, a, t) => {
      const d = m[4]
        ? {
            date: formatDay({ year: Number(m[4]), month: monthIndex(m[3]!), day: Number(m[2]) }),
            precision: 'day' as const,
          }
        : dayInYear(a, monthIndex(m[3]!), Number(m[2]), t);
      return d && { date: formatDay(mondayOf(parseIso(d.date))), precision: 'week' };
    },
  },
  {
    // 18 December 2015, Friday 18 December 2015
    pattern: new RegExp(`${ON}(?:${WEEKDAY_ANY},?\\s+)?${DAY_NUM}\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})\\b`, 'g'),
    resolve: (m) => dayOf({ year: Number(m[4]), month: monthIndex(m[3]!), day: Number(m[2]) }),
  },
  {
    // December 18, 2015
    pattern: new RegExp(`${ON}(?:${WEEKDAY_ANY},?\\s+)?${MONTH}\\s+${DAY_NUM},?\\s+(\\d{4})\\b`, 'g'),
    resolve: (m) => dayOf({ year: Number(m[4]), month: monthIndex(m[2]!), day: Number(m[3]) }),
  },
  {
    // 18 December, Friday 18 December
    pattern: new RegExp(`${ON}(?:${WEEKDAY_ANY},?\\s+)?${DAY_NUM}\\s+(?:of\\s+)?${MONTH}\\b`, 'g'),
    resolve: (m, a, t, story) =>
      byWeekday(m[1], a, monthIndex(m[3]!), Number(m[2])) ??
      dayInYear(a, monthIndex(m[3]!), Number(m[2]), forward(m, t), story),
  },
  {
    // December 18
    pattern: new RegExp(`${ON}(?:${WEEKDAY_ANY},?\\s+)?${MONTH}\\s+${DAY_NUM}\\b(?!,?\\s*\\d)`, 'g'),
    resolve: (m, a, t, story) =>
      byWeekday(m[1], a, monthIndex(m[2]!), Number(m[3])) ??
      dayInYear(a, monthIndex(m[2]!), Number(m[3]), forward(m, t), story),
  },
  {
    // May 2013, in early March 2014
    pattern: new RegExp(
      `(?:(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Dd]uring)\\s+)?` +
        `(?:early\\s+|late\\s+|mid-)?${MONTH},?\\s+(?:of\\s+)?(\\d{4})\\b`,
      'g',
    ),
    resolve: (m) => monthOf(Number(m[2]), monthIndex(m[1]!)),
  },
  {
    // in May this year, May last year
    pattern: new RegExp(
      `(?:(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Dd]uring)\\s+)?` +
        `(?:early\\s+|late\\s+|mid-)?${MONTH}\\s+(?:of\\s+)?(this|last|next)\\s+year\\b`,
      'g',
    ),
    resolve: (m, a) => monthOf(a.year + (RELATIVE_YEARS.get(m[2]!.toLowerCase()) ?? 0), monthIndex(m[1]!)),
  },
  {
    // last November, in November (a bare "May" needs a preposition: it is also a verb)
    pattern: new RegExp(
      `(?:\\b([Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming)\\s+` +
        `|\\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Dd]uring|[Ee]arly|[Ll]ate)\\s+(?:early\\s+|late\\s+|mid-)?` +
        `|\\b(?=(?!May\\b|March\\b)))${MONTH}\\b`,
      'g',
    ),
    resolve: (m, a, t, story) => monthInYear(a, monthIndex(m[2]!), t, m[1], story),
  },
  {
    // last week, next month, earlier this year
    pattern: /\b(?:(earlier|later)\s+)?(last|next|this|previous|coming|past)\s+(week|month|year)(?:['’]s\b|\b)/gi,
    resolve: (m, a) => relativeUnit(a, m[3]!, RELATIVE_YEARS.get(m[2]!.toLowerCase()) ?? 0),
  },
  {
    // three days ago, a week ago
    pattern:
      /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+(day|week|month|year)s?\s+ago\b/gi,
    resolve: (m, a) => relativeUnit(a, m[2]!, -count(m[1]!)),
  },
  {
    // in two weeks' time (plain "in six months" only when the sentence looks ahead)
    pattern: new RegExp(
      String.raw`\bin\s+(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)` +
        String.raw`\s+(day|week|month|year)s?(['’]?\s+time)?\b`,
      'gi',
    ),
    resolve: (m, a, t) => (m[3] || t === 'future' ? relativeUnit(a, m[2]!, count(m[1]!)) : undefined),
  },
  {
    // this weekend, last weekend, at the weekend: Saturday and Sunday
    pattern: /\b(?:(this|last|next|coming|past)|(?:at|over)\s+the)\s+weekend\b/gi,
    resolve: (m, a, t) => {
      const mod = m[1]?.toLowerCase() ?? '';
      const saturday = weekdayNear(a, 6, t, mod === 'this' ? (t === 'past' ? 'last' : 'next') : mod);
      if (!saturday) return undefined;
      return { date: `${saturday.date}/${formatDay(addDays(parseIso(saturday.date), 1))}`, precision: 'range' };
    },
  },
  { pattern: /\bthis\s+(morning|afternoon|evening)\b/gi, resolve: (_m, a) => dayOf(a) },
  {
    pattern: /\b(yesterday|today|tomorrow|tonight)\b/gi,
    resolve: (m, a) =>
      dayOf(addDays(a, m[1]!.toLowerCase() === 'yesterday' ? -1 : m[1]!.toLowerCase() === 'tomorrow' ? 1 : 0)),
  },
  {
    // on Friday, last Tuesday, the Tuesday meetings
    pattern: new RegExp(
      `(?:\\b(?:[Oo]n|[Ff]rom|[Uu]ntil|[Tt]ill|[Bb]y|[Ss]ince|([Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Pp]ast)|[Tt]he)` +
        `\\s+)?\\b${WEEKDAY}(?:['’]s)?\\b`,
      'g',
    ),
    resolve: (m, a, t) =>
      modifies(m.input, m[0], m.index + m[0].length) ? undefined : weekdayNear(a, weekdayIndex(m[2]!), t, m[1]),
  },
  {
    // in 2016, since 2011, by 2030
    pattern: new RegExp(
      String.raw`\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Dd]uring|[Bb]efore|[Aa]fter|[Oo]f|[Ff]or|[Tt]ill` +
        String.raw`|[Ee]arly|[Ll]ate|[Mm]id-)\s+(?:(?:early|late|mid-)\s*)?((?:19|20)\d{2})\b(?![\d,.%]\d|s\b)`,
      'g',
    ),
    resolve: (m) => yearOf(Number(m[1])),
  },
];

const parseIso = (iso: string): CalendarDay => {
  const [year = 0, month = 1, day = 1] = iso.slice(0, 10).split('-').map(Number);
  return { year, month, day };
};
