/**
 * Finds the date phrases of one sentence and resolves them against the publication date,
 * with the precision the words give ("18 December" is a day, "last week" a week given by
 * its Monday, "in May this year" a month, "next year" a year).
 *
 * News dates are relative to the day the piece came out, and that is the whole trick:
 * chrono-node resolves against "now" and forwards (it reads "in May this year" as next May
 * and ignores bare years), so our own patterns (date-rules.ts) handle the forms news uses,
 * and chrono only contributes spans our patterns did not cover, resolved here from its
 * certain components.
 *
 * @example
 * findDates('Lavrov drew attention last week to it.', { year: 2015, month: 12, day: 15 })
 * // → [{ phrase: 'last week', date: '2015-12-07', precision: 'week', … }]
 */
import type { Precision } from '../knowledge/schema.ts';
import type { CalendarDay } from './calendar.ts';
import { asPrevious, findChains, type Previous } from './chains.ts';
import { chronoCandidates } from './chrono-dates.ts';
import { RELATIVE_YEARS, RULES } from './date-rules.ts';
import { findPeriods } from './periods.ts';
import { clauseTenses } from './tense.ts';
import { findTimes } from './times.ts';

export interface DateMention {
  /** The article's words, as written ("On 18 December", "last week"). */
  phrase: string;
  /** Offset of the phrase in the sentence. */
  start: number;
  end: number;
  date: string;
  precision: Precision;
  /** Why another date was possible, when tense and words did not decide. */
  ambiguous?: string;
  /** The IANA zone a time was stated in ("3pm GMT"). */
  timezone?: string;
}

/** What the sentence continues: the article's last dated day, and the last date with a written year. */
export interface DateContext {
  /** For "two years later": the last dated event (day, time, week, month or year). */
  previous?: Previous;
  /** For "two days later", "the following Sunday": the last event dated to the day. */
  previousDay?: Previous;
  /** For "on 6 August" after "between 3 and 7 August 2025": the story's year. */
  story?: CalendarDay;
  /** The article's readers live south of the equator ("last winter" is June to August). */
  southern?: boolean;
}

/**
 * Every date phrase in `sentence`, resolved against `anchor` (the publication date) and,
 * for chained phrases ("two days later"), against `context.previous` or an earlier day in
 * the sentence. Order of claims: chains, then periods (quarters, seasons, ranges), then
 * the day/month/year rules, then whatever chrono still finds; times attach last.
 */
export function findDates(sentence: string, anchor: CalendarDay, context: DateContext = {}): DateMention[] {
  const tenses = clauseTenses(sentence);
  const taken: DateMention[] = [];
  const free = (start: number, end: number) => taken.every((t) => end <= t.start || start >= t.end);
  const claim = (m: DateMention) => free(m.start, m.end) && taken.push(m);
  // Chains need the day they continue, which may be found later in this same pass.
  const base: DateMention[] = [];
  const baseFree = (start: number, end: number) => base.every((t) => end <= t.start || start >= t.end);
  for (const p of findPeriods(sentence, anchor, tenses.at, { southern: context.southern })) base.push(p);
  for (const rule of RULES) {
    for (const m of sentence.matchAll(rule.pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      // "every Saturday", "each May": a recurrence, not one dated event.
      if (!baseFree(start, end) || /\b(?:every|each)\s+$/i.test(sentence.slice(0, start))) continue;
      const resolved = rule.resolve(m as RegExpExecArray, anchor, tenses.at(start), context.story);
      if (resolved) base.push({ phrase: m[0].trim(), start, end, ...resolved });
    }
  }
  for (const extra of chronoCandidates(sentence, anchor, tenses.at)) {
    if (baseFree(extra.start, extra.end) && !/\b(?:every|each)\s+$/i.test(sentence.slice(0, extra.start)))
      base.push(extra);
  }
  // "on Aug. 16 that year": the year of the event the story last dated; "on 3 April last
  // year": the year before publication.
  for (const b of base) {
    const tail = /^\s+(that|the same|last|next|this) year\b/i.exec(sentence.slice(b.end));
    if (!tail || !/^\d{4}-\d{2}(?:-\d{2})?$/.test(b.date)) continue;
    const which = tail[1]!.toLowerCase();
    const year = /that|same/.test(which) ? context.previous?.day.year : anchor.year + (RELATIVE_YEARS.get(which) ?? 0);
    if (year === undefined) continue;
    Object.assign(b, { phrase: b.phrase + tail[0], end: b.end + tail[0].length, date: `${year}${b.date.slice(4)}` });
  }
  const previousAt = (offset: number, needsDay: boolean) => {
    const fine = (p: Previous | undefined) => p && (!needsDay || p.precision === 'day' || p.precision === 'time');
    const last = base
      .filter((b) => b.end <= offset)
      .sort((x, y) => x.start - y.start)
      .map(asPrevious)
      .filter(fine)
      .pop();
    return last ?? (needsDay ? context.previousDay : context.previous);
  };
  // "on March 21 … at 6pm that day": a chain back to a day this sentence names is that day again.
  const named = new Set(base.map((b) => b.date));
  for (const c of findChains(sentence, previousAt)) if (!named.has(c.date)) claim(c);
  for (const b of base) claim(b);
  attachTimes(sentence, taken);
  return taken.filter(datable).sort((a, b) => a.start - b.start);
}

/**
 * Whether a pack can date it: every year in it has four digits. "Over the last 3000 years" in an encyclopaedia's
 * history of a river counts back to year -984, which no pack's schema takes (the draft would not validate), and
 * which is no event anyone is reminded of.
 */
function datable(mention: DateMention): boolean {
  return mention.date.split('/').every((end) => /^[1-9]\d{3}(?!\d)/.test(end));
}

/** A time of day upgrades the day phrase nearest it (before it, or right after) to `time`. */
function attachTimes(sentence: string, mentions: DateMention[]): void {
  const days = mentions.filter((d) => d.precision === 'day');
  if (days.length === 0) return;
  for (const t of findTimes(sentence)) {
    if (mentions.some((m) => t.start < m.end && t.end > m.start && m.precision !== 'day')) continue;
    const distance = (d: DateMention) => (d.end <= t.start ? t.start - d.end : d.start >= t.end ? d.start - t.end : 0);
    const target = days.filter((d) => d.precision === 'day').sort((a, b) => distance(a) - distance(b))[0];
    if (!target) return;
    target.date = `${target.date}T${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`;
    target.precision = 'time';
    if (t.timezone) target.timezone = t.timezone;
  }
}
