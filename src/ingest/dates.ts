/**
 * Finds the date phrases of one sentence and resolves them against the publication date,
 * with the precision the words give ("18 December" is a day, "last week" a week given by
 * its Monday, "in May this year" a month, "next year" a year).
 *
 * News dates are relative to the day the piece came out, and that is the whole trick:
 * chrono-node resolves against "now" and forwards (it reads "in May this year" as next May
 * and ignores bare years), so our own patterns handle the forms news uses, and chrono only
 * contributes spans our patterns did not cover, resolved here from its certain components.
 *
 * @example
 * findDates('Lavrov drew attention last week to it.', { year: 2015, month: 12, day: 15 })
 * // → [{ phrase: 'last week', date: '2015-12-07', precision: 'week', … }]
 */
import * as chrono from 'chrono-node';
import type { Precision } from '../knowledge/schema.ts';
import {
  addDays, addMonths, daysBetween, formatDay, formatMonth, isRealDay, mondayOf, weekday, type CalendarDay,
} from './calendar.ts';

export interface DateMention {
  /** The article's words, as written ("On 18 December", "last week"). */
  phrase: string;
  /** Offset of the phrase in the sentence. */
  start: number;
  end: number;
  date: string;
  precision: Precision;
}

type Tense = 'past' | 'future' | 'unknown';

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const WEEKDAY = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const ON = '(?:[Oo]n\\s+)?';
const DAY_NUM = '(\\d{1,2})(?:st|nd|rd|th)?';
const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
const FUTURE = /\b(will|won't|shall|due|plans?|planned|planning|is to|are to|going to|expected to|scheduled|set to|intends?|upcoming|forthcoming|to be held)\b|'ll\b/i;

const monthIndex = (name: string) => MONTH_NAMES.findIndex((m) => m.startsWith(name.toLowerCase().replace('.', '').slice(0, 3))) + 1;
const weekdayIndex = (name: string) => WEEKDAY_NAMES.indexOf(name.toLowerCase());

/** Rough tense of a sentence: enough to tell "on Friday" (last) from "on Friday" (next). */
export function tenseOf(sentence: string): Tense {
  if (FUTURE.test(sentence)) return 'future';
  if (/\b(was|were|had|did|said|ago|last|earlier|yesterday|\w+ed)\b/i.test(sentence)) return 'past';
  return 'unknown';
}

interface Rule {
  pattern: RegExp;
  resolve(m: RegExpExecArray, anchor: CalendarDay, tense: Tense): { date: string; precision: Precision } | undefined;
}

const day = (d: CalendarDay) => (isRealDay(d) ? { date: formatDay(d), precision: 'day' as const } : undefined);
const month = (year: number, m: number) => ({ date: formatMonth({ year, month: m }), precision: 'month' as const });
const year = (y: number) => ({ date: String(y), precision: 'year' as const });

/** The year that puts a day-and-month nearest the anchor ("18 December" in a December piece). */
function nearestYear(anchor: CalendarDay, m: number, d: number): CalendarDay {
  const options = [anchor.year - 1, anchor.year, anchor.year + 1].map((y) => ({ year: y, month: m, day: d }));
  return options.reduce((best, o) => (Math.abs(daysBetween(anchor, o)) < Math.abs(daysBetween(anchor, best)) ? o : best));
}

/** A month named without a year: the last one for the past tense, the next for the future. */
function monthYear(anchor: CalendarDay, m: number, tense: Tense, modifier = ''): number {
  const mod = modifier.toLowerCase();
  if (mod === 'last' || mod === 'past' || mod === 'previous') return m < anchor.month ? anchor.year : anchor.year - 1;
  if (mod === 'next' || mod === 'coming') return m > anchor.month ? anchor.year : anchor.year + 1;
  if (mod === 'this') return anchor.year;
  if (tense === 'past') return m <= anchor.month ? anchor.year : anchor.year - 1;
  if (tense === 'future') return m >= anchor.month ? anchor.year : anchor.year + 1;
  return Math.abs(m - anchor.month) <= 6 ? anchor.year : m > anchor.month ? anchor.year - 1 : anchor.year + 1;
}

/** A weekday alone means the nearest one: the previous in past tense, the next in future. */
function resolveWeekday(anchor: CalendarDay, target: number, tense: Tense, modifier = '') {
  const today = weekday(anchor);
  const mod = modifier.toLowerCase();
  const back = (today - target + 7) % 7 || 7;
  const ahead = (target - today + 7) % 7 || 7;
  if (mod === 'last' || mod === 'past') return day(addDays(anchor, -back));
  if (mod === 'next' || mod === 'coming') return day(addDays(anchor, ahead));
  if (target === today) return day(anchor);
  if (mod === 'this') return day(addDays(anchor, tense === 'past' ? -back : ahead));
  return day(addDays(anchor, tense === 'future' ? ahead : -back));
}

function relativeUnit(anchor: CalendarDay, unit: string, offset: number) {
  switch (unit.toLowerCase()) {
    case 'day':
      return day(addDays(anchor, offset));
    case 'week':
      return { date: formatDay(mondayOf(addDays(anchor, offset * 7))), precision: 'week' as const };
    case 'month': {
      const m = addMonths(anchor, offset);
      return month(m.year, m.month);
    }
    case 'year':
      return year(anchor.year + offset);
  }
  return undefined;
}

const count = (word: string) => NUMBER_WORDS[word.toLowerCase()] ?? (/^\d+$/.test(word) ? Number(word) : NaN);

/** Ordered: the first rule to claim a stretch of text wins it. */
const RULES: Rule[] = [
  { // 18 December 2015, Friday 18 December 2015
    pattern: new RegExp(`${ON}(?:${WEEKDAY},?\\s+)?${DAY_NUM}\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})\\b`, 'g'),
    resolve: (m) => day({ year: Number(m[4]), month: monthIndex(m[3]!), day: Number(m[2]) }),
  },
  { // December 18, 2015
    pattern: new RegExp(`${ON}(?:${WEEKDAY},?\\s+)?${MONTH}\\s+${DAY_NUM},?\\s+(\\d{4})\\b`, 'g'),
    resolve: (m) => day({ year: Number(m[4]), month: monthIndex(m[2]!), day: Number(m[3]) }),
  },
  { // 18 December, Friday 18 December
    pattern: new RegExp(`${ON}(?:${WEEKDAY},?\\s+)?${DAY_NUM}\\s+(?:of\\s+)?${MONTH}\\b`, 'g'),
    resolve: (m, a) => day(nearestYear(a, monthIndex(m[3]!), Number(m[2]))),
  },
  { // December 18
    pattern: new RegExp(`${ON}(?:${WEEKDAY},?\\s+)?${MONTH}\\s+${DAY_NUM}\\b(?!,?\\s*\\d)`, 'g'),
    resolve: (m, a) => day(nearestYear(a, monthIndex(m[2]!), Number(m[3]))),
  },
  { // May 2013, in early March 2014
    pattern: new RegExp(`(?:(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Dd]uring)\\s+)?(?:early\\s+|late\\s+|mid-)?${MONTH},?\\s+(?:of\\s+)?(\\d{4})\\b`, 'g'),
    resolve: (m) => month(Number(m[2]), monthIndex(m[1]!)),
  },
  { // in May this year, May last year
    pattern: new RegExp(`(?:(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Dd]uring)\\s+)?(?:early\\s+|late\\s+|mid-)?${MONTH}\\s+(?:of\\s+)?(this|last|next)\\s+year\\b`, 'g'),
    resolve: (m, a) => month(a.year + ({ this: 0, last: -1, next: 1 } as const)[m[2]!.toLowerCase() as 'this']!, monthIndex(m[1]!)),
  },
  { // last November, in November (a bare "May" needs a preposition: it is also a verb)
    pattern: new RegExp(`(?:\\b([Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming)\\s+|\\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Dd]uring|[Ee]arly|[Ll]ate)\\s+(?:early\\s+|late\\s+|mid-)?|\\b(?=(?!May\\b|March\\b)))${MONTH}\\b`, 'g'),
    resolve: (m, a, t) => month(monthYear(a, monthIndex(m[2]!), t, m[1]), monthIndex(m[2]!)),
  },
  { // last week, next month, earlier this year
    pattern: /\b(?:(earlier|later)\s+)?(last|next|this|previous|coming|past)\s+(week|month|year)\b/gi,
    resolve: (m, a) => relativeUnit(a, m[3]!, ({ last: -1, previous: -1, past: -1, next: 1, coming: 1, this: 0 } as Record<string, number>)[m[2]!.toLowerCase()]!),
  },
  { // three days ago, a week ago
    pattern: /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+(day|week|month|year)s?\s+ago\b/gi,
    resolve: (m, a) => relativeUnit(a, m[2]!, -count(m[1]!)),
  },
  { // in two weeks' time (plain "in six months" only when the sentence looks ahead)
    pattern: /\bin\s+(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+(day|week|month|year)s?(['’]?\s+time)?\b/gi,
    resolve: (m, a, t) => (m[3] || t === 'future' ? relativeUnit(a, m[2]!, count(m[1]!)) : undefined),
  },
  { pattern: /\b(yesterday|today|tomorrow|tonight)\b/gi, resolve: (m, a) => day(addDays(a, { yesterday: -1, tomorrow: 1 }[m[1]!.toLowerCase()] ?? 0)) },
  { // on Friday, last Tuesday, the Tuesday meetings
    pattern: new RegExp(`(?:\\b(?:[Oo]n|([Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Pp]ast)|[Tt]he)\\s+)?\\b${WEEKDAY}(?:['’]s)?\\b`, 'g'),
    resolve: (m, a, t) => resolveWeekday(a, weekdayIndex(m[2]!), t, m[1]),
  },
  { // in 2016, since 2011, by 2030
    pattern: /\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Dd]uring|[Bb]efore|[Aa]fter|[Oo]f|[Ff]or|[Tt]ill|[Ee]arly|[Ll]ate|[Mm]id-)\s+(?:(?:early|late|mid-)\s*)?((?:19|20)\d{2})\b(?![\d,.%]\d|s\b)/g,
    resolve: (m) => year(Number(m[1])),
  },
];

const TIME = /\b(?:at\s+)?(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?m\.?(?![a-z])|\bat\s+(\d{1,2})[:.](\d{2})\b/gi;

/** Every date phrase in `sentence`, resolved against `anchor` (the publication date). */
export function findDates(sentence: string, anchor: CalendarDay): DateMention[] {
  const sentenceTense = tenseOf(sentence);
  // "started in January and is expected to finish in 2025": each clause has its own tense.
  const tenseAt = (at: number) => {
    const left = Math.max(...[',', ';', ' and ', ' but ', ' while '].map((c) => sentence.lastIndexOf(c, at)));
    const rights = [',', ';', ' and ', ' but ', ' while '].map((c) => sentence.indexOf(c, at)).filter((i) => i >= 0);
    const clause = tenseOf(sentence.slice(left < 0 ? 0 : left, rights.length ? Math.min(...rights) : sentence.length));
    return clause === 'unknown' ? sentenceTense : clause;
  };
  const tense = sentenceTense;
  const taken: DateMention[] = [];
  const free = (start: number, end: number) => taken.every((t) => end <= t.start || start >= t.end);
  for (const rule of RULES) {
    for (const m of sentence.matchAll(rule.pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!free(start, end)) continue;
      const resolved = rule.resolve(m as RegExpExecArray, anchor, tenseAt(start));
      if (resolved) taken.push({ phrase: m[0].trim(), start, end, ...resolved });
    }
  }
  for (const extra of chronoCandidates(sentence, anchor, tense)) if (free(extra.start, extra.end)) taken.push(extra);
  attachTimes(sentence, taken);
  return taken.sort((a, b) => a.start - b.start);
}

/** "at 3pm" or "at 15:30" in a sentence with a day upgrades that day to `time`. */
function attachTimes(sentence: string, mentions: DateMention[]): void {
  const days = mentions.filter((d) => d.precision === 'day');
  if (days.length !== 1) return;
  for (const m of sentence.matchAll(TIME)) {
    let hour = Number(m[1] ?? m[4]);
    const minute = Number(m[2] ?? m[5] ?? 0);
    if (m[3]) hour = (hour % 12) + (m[3].toLowerCase() === 'p' ? 12 : 0);
    if (hour > 23 || minute > 59) continue;
    const target = days[0]!;
    target.date = `${target.date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
    target.precision = 'time';
    return;
  }
}

/** chrono's finds that our rules did not claim, kept only when their components are certain. */
function chronoCandidates(sentence: string, anchor: CalendarDay, tense: Tense): DateMention[] {
  const ref = { instant: new Date(Date.UTC(anchor.year, anchor.month - 1, anchor.day, 12)), timezone: 0 };
  const out: DateMention[] = [];
  for (const r of chrono.parse(sentence, ref)) {
    const text = r.text.trim();
    // Durations ("for two years", "within a month") and "now" are not dates of events.
    if (/^(for|within|over|now|in\s+\w+\s+\w+$)/i.test(text)) continue;
    const s = r.start;
    const certain = (c: 'year' | 'month' | 'day' | 'weekday') => s.isCertain(c);
    let resolved: { date: string; precision: Precision } | undefined;
    if (certain('day') && certain('month')) {
      const d = certain('year') ? { year: s.get('year')!, month: s.get('month')!, day: s.get('day')! } : nearestYear(anchor, s.get('month')!, s.get('day')!);
      resolved = day(d);
    } else if (certain('month')) {
      resolved = month(certain('year') ? s.get('year')! : monthYear(anchor, s.get('month')!, tense), s.get('month')!);
    } else if (certain('weekday')) {
      resolved = resolveWeekday(anchor, s.get('weekday')!, tense);
    } else if (certain('year')) {
      resolved = year(s.get('year')!);
    }
    if (resolved) out.push({ phrase: text, start: r.index, end: r.index + r.text.length, ...resolved });
  }
  return out;
}
