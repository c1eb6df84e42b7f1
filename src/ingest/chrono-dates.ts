/**
 * Dates chrono-node finds that the rules of dates.ts did not claim, and what keeps a word that
 * looks like a date but names no day out of both: a duration, a generic weekday, a weekday
 * that qualifies a noun ("Sunday services").
 */
import * as chrono from 'chrono-node';
import type { CalendarDay } from './calendar.ts';
import type { DateMention } from './dates.ts';
import { tagsByOffset } from './names.ts';
import { dayInYear, dayOf, monthInYear, monthOf, weekdayNear, yearOf, type Resolved } from './resolve.ts';
import type { Tense } from './tense.ts';

/**
 * A weekday alone before a noun qualifies it, habitually ("6,400 Sunday services were
 * cancelled", "Saturday markets"): no one day. With "the" it may be the day ("the Tuesday
 * meetings"), and a verb after it makes it the subject ("Sunday was quiet").
 */
export function modifies(sentence: string, found: string, end: number): boolean {
  if (!/^\p{Lu}\p{Ll}+day$/u.test(found.trim())) return false;
  const next = /^\s+(\p{Ll}+)/u.exec(sentence.slice(end));
  if (!next || /^(?:morning|afternoon|evening|night|and|or)$/.test(next[1]!)) return false;
  const at = end + next[0].length - next[1]!.length;
  const byOffset = tagsByOffset(sentence);
  const tags = byOffset.get(at) ?? [];
  if (tags.includes('Noun') && !tags.includes('Verb')) return true;
  // "Sunday services were cancelled": a plural the tagger takes for a verb, before a verb.
  const then = /^\s+(\S+)/.exec(sentence.slice(at + next[1]!.length));
  const thenTags = then ? (byOffset.get(at + next[1]!.length + then[0].length - then[1]!.length) ?? []) : [];
  return /s$/.test(next[1]!) && thenTags.some((t) => t === 'Copula' || t === 'Auxiliary' || t === 'Verb');
}

/** chrono's finds that our rules did not claim, kept only when their components are certain. */
export function chronoCandidates(
  sentence: string,
  anchor: CalendarDay,
  tenseAt: (offset: number) => Tense,
): DateMention[] {
  const ref = { instant: new Date(Date.UTC(anchor.year, anchor.month - 1, anchor.day, 12)), timezone: 0 };
  const out: DateMention[] = [];
  for (const r of chrono.parse(sentence, ref)) {
    const text = r.text.trim();
    // Durations ("for two years", "within a month"), "now" and bare clock times are not dates of events.
    if (/^(for|within|over|now|in\s+\w+\s+\w+$)/i.test(text)) continue;
    // "a year earlier" counts from another event, not from publication: chains' business.
    if (/\b(later|earlier|afterwards|after that|before that|before|after)$/i.test(text)) continue;
    // "weekend clinics": a weekend with no this, last or next is no date.
    if (/^(?:the\s+)?weekends?$/i.test(text)) continue;
    // "on a typical weekday" is any weekday; "after nine hours" counts from another event.
    if (/^weekdays?\W*$/i.test(text) || /^after\s+(?:\w+\s+)?(?:hours?|minutes?|days?|weeks?)$/i.test(text)) continue;
    if (modifies(sentence, text, r.index + r.text.length)) continue;
    const s = r.start;
    const tense = tenseAt(r.index);
    const certain = (c: 'year' | 'month' | 'day' | 'weekday') => s.isCertain(c);
    let resolved: Resolved | undefined;
    if (certain('day') && certain('month')) {
      resolved = certain('year')
        ? dayOf({ year: s.get('year')!, month: s.get('month')!, day: s.get('day')! })
        : dayInYear(anchor, s.get('month')!, s.get('day')!, tense);
    } else if (certain('month')) {
      resolved = certain('year')
        ? monthOf(s.get('year')!, s.get('month')!)
        : monthInYear(anchor, s.get('month')!, tense);
    } else if (certain('weekday')) {
      resolved = weekdayNear(anchor, s.get('weekday')!, tense);
    } else if (certain('year')) {
      resolved = yearOf(s.get('year')!);
    }
    if (resolved) out.push({ phrase: text, start: r.index, end: r.index + r.text.length, ...resolved });
  }
  return out;
}
