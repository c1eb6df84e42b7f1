/**
 * Periods longer than a day that news dates things by: quarters ("in the fourth quarter of
 * 2027", "first-quarter", "Q3"), halves ("in the second half of next year", "H1 2028"),
 * seasons ("in the spring", "next winter", "summer 2026") and ranges ("from 3 to 14 June",
 * "June 3-14", "between 2017 and 2020", "from March to May", "from Monday to Wednesday").
 *
 * They are chrono-node custom parsers (period-parsers.ts) run by a Chrono of their own, so
 * chrono's stock parsers (which read "from 3 to 14 June" as times of day) never compete with
 * them. What the words state is a certain component; a tag says which kind of period it is.
 * Years the words leave out are placed afterwards by the clause's tense (src/ingest/resolve.ts).
 */
import * as chrono from 'chrono-node';
import { addDays, formatDay, formatMonth, weekday, type CalendarDay } from './calendar.ts';
import { PARSERS, SEASON_NAMES } from './period-parsers.ts';
import { weekdayNear, yearFor, type Resolved } from './resolve.ts';
import type { Tense } from './tense.ts';

/** Overlapping finds: the longest wins (chrono's own parsers are not in this Chrono). */
const longestFirst: chrono.Refiner = {
  refine: (_ctx, results) => {
    const kept: chrono.ParsingResult[] = [];
    for (const r of [...results].sort((a, b) => b.text.length - a.text.length)) {
      if (kept.every((k) => r.index + r.text.length <= k.index || r.index >= k.index + k.text.length)) kept.push(r);
    }
    return kept.sort((a, b) => a.index - b.index);
  },
};

const periods = new chrono.Chrono({ parsers: PARSERS, refiners: [longestFirst] });

export interface PeriodMention extends Resolved {
  phrase: string;
  start: number;
  end: number;
}

/** Quarters, halves, seasons and ranges in `sentence`, each resolved with the tense at its offset. */
export function findPeriods(
  sentence: string,
  anchor: CalendarDay,
  tenseAt: (offset: number) => Tense,
  { southern = false }: { southern?: boolean } = {},
): PeriodMention[] {
  const ref = { instant: new Date(Date.UTC(anchor.year, anchor.month - 1, anchor.day, 12)), timezone: 0 };
  return periods.parse(sentence, ref).flatMap((r) => {
    const kind = [...r.tags()].find((t) => t.startsWith('period/'))!.slice(7);
    const result = r as unknown as chrono.ParsingResult;
    const resolved = resolvePeriod(kind, result, anchor, tenseAt(r.index), southern);
    return resolved ? [{ phrase: r.text.trim(), start: r.index, end: r.index + r.text.length, ...resolved }] : [];
  });
}

const known = (c: chrono.ParsingComponents, k: chrono.Component) => (c.isCertain(k) ? c.get(k)! : undefined);

function resolvePeriod(
  kind: string,
  r: chrono.ParsingResult,
  anchor: CalendarDay,
  tense: Tense,
  southern: boolean,
): Resolved | undefined {
  const named = known(r.start, 'month');
  if (kind === 'range') return resolveRange(r, anchor, tense);
  // South of the equator a season falls six months later: winter is June to August.
  const month = kind === 'season' && southern && named !== undefined ? ((named + 5) % 12) + 1 : named;
  const length = kind === 'half' ? 6 : 3;
  const modifier = [...r.tags()].find((t) => t.startsWith('mod/'))?.slice(4) ?? '';
  const placed: { year: number; ambiguous?: string } =
    known(r.start, 'year') === undefined
      ? periodYear(anchor, month!, length, tense, modifier)
      : { year: known(r.start, 'year')! };
  const quarterOrHalf = kind === 'quarter' ? `Q${(month! - 1) / 3 + 1}` : `H${month === 1 ? 1 : 2}`;
  const part = kind === 'season' ? SEASON_NAMES.get(named!)! : quarterOrHalf;
  const resolved: Resolved = { date: `${placed.year}-${part}`, precision: kind as Resolved['precision'] };
  return placed.ambiguous ? { ...resolved, ambiguous: placed.ambiguous } : resolved;
}

/**
 * The year of a period the words left without one, like a month's (src/ingest/resolve.ts),
 * where the period that contains the publication day counts as "now".
 */
function periodYear(
  anchor: CalendarDay,
  startMonth: number,
  length: number,
  tense: Tense,
  modifier: string,
): { year: number; ambiguous?: string } {
  const now = anchor.year * 12 + anchor.month - 1;
  const startOf = (y: number) => y * 12 + startMonth - 1;
  const cmp = (y: number) => (now >= startOf(y) && now < startOf(y) + length ? 0 : startOf(y) - now);
  const options = [anchor.year - 2, anchor.year - 1, anchor.year, anchor.year + 1];
  const last = () => ({ year: options.filter((y) => cmp(y) < 0).pop()! });
  const next = () => ({ year: options.find((y) => cmp(y) > 0)! });
  const current = options.find((y) => cmp(y) === 0);
  if (modifier === 'last') return last();
  if (modifier === 'next') return next();
  if (modifier === 'this') {
    if (current !== undefined) return { year: current };
    // "cut jobs this summer" with no tense to read: the one of the publication year.
    return tense === 'past' ? last() : tense === 'future' ? next() : { year: anchor.year };
  }
  if (tense === 'past') return { year: options.filter((y) => cmp(y) <= 0).pop()! };
  if (tense === 'future') return { year: options.find((y) => cmp(y) >= 0)! };
  const ahead = options.find((y) => cmp(y) >= 0)!;
  if (tense === 'present' && cmp(ahead) <= 6) return { year: ahead };
  const nearest = options.reduce((best, y) => (Math.abs(cmp(y)) < Math.abs(cmp(best)) ? y : best));
  return Math.abs(cmp(nearest)) > 3
    ? { year: nearest, ambiguous: `no tense says whether the last or the next one is meant; the nearest was chosen` }
    : { year: nearest };
}

function resolveRange(r: chrono.ParsingResult, anchor: CalendarDay, tense: Tense): Resolved | undefined {
  const s = r.start;
  const e = r.end!;
  const sw = known(s, 'weekday');
  if (sw !== undefined) {
    const first = weekdayNear(anchor, sw, tense);
    if (!first) return undefined;
    const startDay = parse(first.date);
    const endDay = addDays(startDay, (known(e, 'weekday')! - weekday(startDay) + 7) % 7);
    return { date: `${first.date}/${formatDay(endDay)}`, precision: 'range' };
  }
  const sy = known(s, 'year');
  const ey = known(e, 'year');
  const sm = known(s, 'month');
  if (sm === undefined) {
    return sy !== undefined && ey !== undefined ? { date: `${sy}/${ey}`, precision: 'range' } : undefined;
  }
  const sd = known(s, 'day');
  const placed = sy !== undefined ? { year: sy } : yearFor(anchor, sm, sd ?? 1, tense, '', sd === undefined);
  const em = known(e, 'month')!;
  const endYear = ey ?? (em < sm ? placed.year + 1 : placed.year);
  const startYear = sy ?? (ey !== undefined && em < sm ? ey - 1 : (ey ?? placed.year));
  const fmt = (year: number, month: number, day?: number) =>
    day === undefined ? formatMonth({ year, month }) : formatDay({ year, month, day });
  const from = fmt(startYear, sm, sd);
  const to = fmt(endYear, em, known(e, 'day'));
  const invalid = (d: string) => Number.isNaN(Date.parse(d));
  if (from > to || (sd !== undefined && (invalid(from) || invalid(to)))) return undefined;
  const guessed = placed.ambiguous && sy === undefined && ey === undefined;
  return { date: `${from}/${to}`, precision: 'range', ...(guessed ? { ambiguous: placed.ambiguous } : {}) };
}

const parse = (iso: string): CalendarDay => {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
  return { year, month, day };
};
