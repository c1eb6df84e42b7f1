/**
 * The chrono-node custom parsers that recognise periods longer than a day: quarters, halves,
 * seasons and ranges. Each states only what its words give (certain components) and tags the
 * result with its period kind; periods.ts runs them in a Chrono of their own and places the
 * years the words leave out.
 *
 * They live apart from the resolving code because they are vocabulary (patterns and word
 * tables) while the year placement is arithmetic; each reads better without the other.
 */
import * as chrono from 'chrono-node';

const MONTH =
  String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|` +
  String.raw`(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)`;
const WEEKDAY = String.raw`(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
const YEAR = String.raw`((?:19|20)\d{2})`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const TO = String.raw`\s*(?:-|–|—|to|and|until|till|through|thru)\s*`;
const LEAD = String.raw`(?:(?:in|during|by|for|over|until|till|before|after|from|since|through|throughout|of)\s+)?`;
const RELATIVE_YEAR = String.raw`(?:the\s+)?(this|next|last|current|previous|coming)\s+year`;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const monthIndex = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const ORDINALS = new Map([
  ['first', 1],
  ['1st', 1],
  ['second', 2],
  ['2nd', 2],
  ['third', 3],
  ['3rd', 3],
  ['fourth', 4],
  ['4th', 4],
]);
const SEASONS = new Map([
  ['spring', 3],
  ['summer', 6],
  ['autumn', 9],
  ['fall', 9],
  ['winter', 12],
]);
export const SEASON_NAMES = new Map([
  [3, 'spring'],
  [6, 'summer'],
  [9, 'autumn'],
  [12, 'winter'],
]);
/** "next spring", "last winter": relative to the publication day. */
const MODIFIERS = new Map([
  ['this', 'this'],
  ['next', 'next'],
  ['coming', 'next'],
  ['last', 'last'],
  ['past', 'last'],
]);
const OFFSETS = new Map([
  ['this', 0],
  ['current', 0],
  ['next', 1],
  ['coming', 1],
  ['last', -1],
  ['previous', -1],
]);

type Components = { [c in chrono.Component]?: number };
type Ctx = chrono.ParsingContext;

/** A year the words give outright or relative to the publication day ("of next year"). */
function statedYear(ctx: Ctx, year?: string, relative?: string): number | undefined {
  if (year) return Number(year);
  if (relative) return ctx.refDate.getUTCFullYear() + (OFFSETS.get(relative.toLowerCase()) ?? 0);
  return undefined;
}

const withYear = (c: Components, year: number | undefined): Components => (year === undefined ? c : { ...c, year });

/** One parser: a pattern and what its match states, tagged with the period kind. */
type Read = [start: Components, end?: Components, modifier?: string] | null;

function parser(kind: string, source: string, read: (m: RegExpMatchArray, ctx: Ctx) => Read): chrono.Parser {
  const pattern = new RegExp(String.raw`(?<![\w-])${source}(?![\w-])`, 'i');
  return {
    pattern: () => pattern,
    extract(ctx, m) {
      const read_ = read(m, ctx);
      if (!read_) return null;
      const [start, end, modifier] = read_;
      const result = ctx.createParsingResult(m.index!, m[0], start, end).addTag(`period/${kind}`);
      return modifier ? result.addTag(`mod/${modifier}`) : result;
    },
  };
}

/** Offset quarters or halves from the publication day's ("next quarter"). */
function relativePeriod(ctx: Ctx, months: number, offset: number): Components {
  const index = ctx.refDate.getUTCFullYear() * 12 + ctx.refDate.getUTCMonth();
  const start = Math.floor(index / months) * months + offset * months;
  return { year: Math.floor(start / 12), month: (start % 12) + 1 };
}

/** A day of a month, with the year when one was given. */
const dm = (day: string, month: string, year?: number): Components =>
  withYear({ day: Number(day), month: monthIndex(month) }, year);
const ORDINAL = String.raw`(first|second|third|fourth|1st|2nd|3rd|4th)`;
const OF_YEAR = String.raw`(?:${YEAR}|${RELATIVE_YEAR}|the\s+year)`;
const SEASON_LEAD =
  String.raw`(?:(in|during|by|until|over|from|since|for|before|after|towards?|` +
  String.raw`this|next|last|coming|past|early|late)\s+)`;
const SEASON = String.raw`(?:the\s+)?(?:(?:early|late|mid-?)\s*)?(spring|summer|autumn|fall|winter)`;
const FROM = String.raw`(?:(?:from|between)\s+)?`;
/** "on 16 and 17 May": a day range may take "on" as a single day does. */
const FROM_DAYS = String.raw`(?:(?:from|between|on)\s+)?`;
/** The middle of a list of days ("18, 19 and 20 March"): uncaptured, the range runs first to last. */
const LISTED_DAYS = String.raw`(?:,\s*\d{1,2}(?:st|nd|rd|th)?)*,?`;
const YEAR_AFTER = String.raw`(?:,?\s+${YEAR}|\s+${RELATIVE_YEAR})?`;
/** What a span of two years may be named ("the 2027-28 breeding season"): up to two words may qualify it. */
const SPAN_NAMES = 'season|financial year|tax year|academic year|school year|fiscal year';
const YEAR_NAMES = String.raw`(?:\s+(?:[a-z]+\s+){0,2}?(?:${SPAN_NAMES}))?`;

export const PARSERS: chrono.Parser[] = [
  parser('quarter', String.raw`${LEAD}(?:the\s+)?${ORDINAL}[-\s]quarter(?:\s+of\s+${OF_YEAR})?`, (m, ctx) => [
    withYear({ month: (ORDINALS.get(m[1]!.toLowerCase())! - 1) * 3 + 1 }, statedYear(ctx, m[2], m[3])),
  ]),
  parser('quarter', String.raw`${LEAD}Q([1-4])(?:\s*|-|/)${YEAR}?`, (m) =>
    m[0].includes('Q') ? [withYear({ month: (Number(m[1]) - 1) * 3 + 1 }, num(m[2]))] : null,
  ),
  parser('quarter', String.raw`${LEAD}(?:the\s+)?(this|next|last|current|previous|coming)\s+quarter`, (m, ctx) => [
    relativePeriod(ctx, 3, OFFSETS.get(m[1]!.toLowerCase())!),
  ]),
  parser('half', String.raw`${LEAD}(?:the\s+)?(first|second|1st|2nd|latter)[-\s]half\s+of\s+${OF_YEAR}`, (m, ctx) => {
    const year = statedYear(ctx, m[2], m[3]) ?? ctx.refDate.getUTCFullYear();
    return [{ month: /^(first|1st)$/i.test(m[1]!) ? 1 : 7, year }];
  }),
  parser('half', String.raw`${LEAD}H([12])(?:\s*|-|/)${YEAR}`, (m) =>
    m[0].includes('H') ? [{ month: m[1] === '1' ? 1 : 7, year: Number(m[2]) }] : null,
  ),
  parser(
    'season',
    String.raw`${SEASON_LEAD}${SEASON}(?:\s+(?:of\s+)?${YEAR}|\s+${RELATIVE_YEAR})?(?:['’]s)?`,
    (m, ctx) => {
      const month = SEASONS.get(m[2]!.toLowerCase())!;
      const start = withYear({ month }, statedYear(ctx, m[3], m[4]));
      const mod = MODIFIERS.get(m[1]!.toLowerCase());
      // "fall" alone is a verb too often: as a season it needs a year or "this/next/last".
      if (m[2]!.toLowerCase() === 'fall' && start.year === undefined && !mod) return null;
      return [start, undefined, start.year === undefined ? mod : undefined];
    },
  ),
  parser('season', String.raw`(?:the\s+)?(spring|summer|autumn|fall|winter)\s+(?:of\s+)?${YEAR}`, (m) => [
    { month: SEASONS.get(m[1]!.toLowerCase())!, year: Number(m[2]) },
  ]),
  // "on 18, 19 and 20 March": a list of days of one month spans its first to its last.
  parser(
    'range',
    String.raw`${FROM_DAYS}${DAY}${LISTED_DAYS}${TO}${DAY}\s+(?:of\s+)?${MONTH}${YEAR_AFTER}`,
    (m, ctx) => {
      const year = statedYear(ctx, m[4], m[5]);
      return [dm(m[1]!, m[3]!, year), dm(m[2]!, m[3]!, year)];
    },
  ),
  parser(
    'range',
    String.raw`${FROM}${DAY}\s+(?:of\s+)?${MONTH}${TO}${DAY}\s+(?:of\s+)?${MONTH}(?:,?\s+${YEAR})?`,
    (m) => [dm(m[1]!, m[2]!, num(m[5])), dm(m[3]!, m[4]!, num(m[5]))],
  ),
  parser('range', String.raw`${FROM}${MONTH}\s+${DAY}${TO}(?:${MONTH}\s+)?${DAY}(?:,?\s+${YEAR})?`, (m) => [
    dm(m[2]!, m[1]!, num(m[5])),
    dm(m[4]!, m[3] ?? m[1]!, num(m[5])),
  ]),
  parser('range', String.raw`(?:(from|between)\s+)?${MONTH}(?:\s+${YEAR})?${TO}${MONTH}${YEAR_AFTER}`, (m, ctx) => {
    const end = statedYear(ctx, m[5], m[6]);
    if (!m[1] && !(/[-–—]/.test(m[0]) && end)) return null;
    return [withYear({ month: monthIndex(m[2]!) }, num(m[3]) ?? end), withYear({ month: monthIndex(m[4]!) }, end)];
  }),
  parser('range', String.raw`(?:(from|between|the)\s+)?${YEAR}(?:${TO}|/)(\d{4}|\d{2})(?![%\d])${YEAR_NAMES}`, (m) => {
    const end = m[3]!.length === 2 ? Number(m[2]!.slice(0, 2) + m[3]) : Number(m[3]);
    const marked = (m[1] && !/^the$/i.test(m[1])) || /[-–—/]/.test(m[0]);
    return end > Number(m[2]) && end - Number(m[2]) < 50 && marked ? [{ year: Number(m[2]) }, { year: end }] : null;
  }),
  parser(
    'range',
    String.raw`(?:(?:from|between)\s+)?${WEEKDAY}\s+(?:to|until|till|through|and|-|–)\s+${WEEKDAY}`,
    (m) => {
      if (!/^(from|between)/i.test(m[0])) return null;
      return [{ weekday: WEEKDAYS.indexOf(m[1]!.toLowerCase()) }, { weekday: WEEKDAYS.indexOf(m[2]!.toLowerCase()) }];
    },
  ),
];

const num = (s: string | undefined) => (s ? Number(s) : undefined);
