/**
 * The knowledge-pack format, as a zod schema. A pack is the curated (or machine-drafted)
 * knowledge about one article; every fact in it cites the paragraph(s) it came from, so
 * the bot can always show its evidence. The schema is the single definition of the
 * format: the loader validates with it, `briefbot validate` reports its issues, and the
 * ingester writes drafts that must pass it.
 *
 * @example
 * ```yaml
 * id: kerry-putin-moscow-2015
 * title: Kerry meets Putin in Moscow
 * published: 2015-12-15
 * timezone: Europe/Moscow
 * entities:
 *   - { id: john-kerry, name: John Kerry, kind: person, aliases: [Kerry], paragraphs: [1] }
 * ```
 */
import { z } from '../vendor/zod.ts';

/** A slug: lowercase words joined by hyphens. Used for pack, entity and event ids. */
export const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug such as "john-kerry"');

/** Paragraph numbers as `article.*` is split: blocks separated by blank lines, from 1. */
const Paragraphs = z.array(z.number().int().positive()).min(1, 'cite at least one paragraph');

export const EntityKind = z.enum(['person', 'organisation', 'place', 'group', 'agreement', 'theme']);
export type EntityKind = z.infer<typeof EntityKind>;

export const Entity = z.object({
  id: Slug,
  name: z.string().min(1),
  kind: EntityKind,
  /** Other names users may type: surname alone, other spellings, acronyms, misspellings. */
  aliases: z.array(z.string().min(1)).default([]),
  /** The role as the article gives it ("US Secretary of State"). */
  role: z.string().optional(),
  /** One line that says who or what this is, in the article's terms. */
  summary: z.string().min(1),
  /** What the article says they said or did, one sentence each, each with its paragraph. */
  facts: z.array(z.object({ text: z.string().min(1), paragraphs: Paragraphs })).default([]),
  paragraphs: Paragraphs,
  /** Ids of related entities (a minister's ministry, a meeting's place). */
  related: z.array(Slug).default([]),
});
export type Entity = z.infer<typeof Entity>;

/**
 * How exactly the article pins an event down. `time` has an hour; `week` is "last week";
 * `month` and `year` events never get hour-based reminders. The periods added later are
 * just as coarse: `quarter` (`2027-Q4`), `half` (`2027-H2`), `season` (`2027-spring`,
 * northern seasons by month: spring March-May, summer June-August, autumn September-
 * November, winter December-February of the next year) and `range`, an ISO 8601 interval
 * whose two ends share a shape (`2027-06-03/2027-06-14`, `2017/2020`, `2027-03/2027-05`).
 * Only `time` and `day` events get reminders; digests list the others.
 */
export const Precision = z.enum(['time', 'day', 'week', 'month', 'year', 'quarter', 'half', 'season', 'range']);
export type Precision = z.infer<typeof Precision>;

const RANGE_END = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)$/;

/** A range's ends share a shape, are real dates, and the start comes first. */
function isRange(date: string): boolean {
  const [start = '', end = '', extra] = date.split('/');
  if (extra !== undefined || !RANGE_END.test(start) || start.length !== end.length) return false;
  // Round-trip so that 30 February, which Date.parse rolls over, is refused.
  const real = (d: string) => !Number.isNaN(Date.parse(d)) && new Date(Date.parse(d)).toISOString().startsWith(d);
  return real(start) && real(end) && start <= end;
}

/** The date's shape must agree with its precision; a week is given by its Monday. */
const DATE_SHAPES: Record<Precision, RegExp> = {
  time: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/,
  day: /^\d{4}-\d{2}-\d{2}$/,
  week: /^\d{4}-\d{2}-\d{2}$/,
  month: /^\d{4}-\d{2}$/,
  year: /^\d{4}$/,
  quarter: /^\d{4}-Q[1-4]$/,
  half: /^\d{4}-H[12]$/,
  season: /^\d{4}-(spring|summer|autumn|winter)$/,
  range: /^[\d-]+\/[\d-]+$/,
};

const validDate = (date: string, precision: Precision) =>
  DATE_SHAPES[precision].test(date) &&
  (precision === 'range' ? isRange(date) : !Number.isNaN(Date.parse(date.replace(/-(Q\d|H\d|[a-z]+)$/, ''))));

/** Validates an IANA zone with the runtime's own tz database, the one the bot will use. */
export const TimeZone = z.string().refine(
  (zone) => {
    try {
      new Intl.DateTimeFormat('en-GB', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  },
  { message: 'must be an IANA timezone such as "Europe/Moscow"' },
);

export const Event = z
  .object({
    id: Slug,
    title: z.string().min(1),
    /** ISO date, normalised to the start of its period: `2015-12-18`, `2015-11`, `2016`, `2016-Q1`. */
    date: z.string().optional(),
    precision: Precision.optional(),
    /** The article's own words for the date: "on Friday", "next year", "18 December". */
    phrase: z.string().min(1),
    /**
     * Set when the words allowed more than one date and the draft chose one (a month with
     * no year in a clause without tense): why, for a reviewer. `briefbot validate` warns.
     */
    ambiguous: z.string().min(1).optional(),
    /** The zone a `time` is stated in when the article names one ("3pm GMT"); else the pack's. */
    timezone: TimeZone.optional(),
    place: z.string().optional(),
    /** Entity ids of who takes part. */
    participants: z.array(Slug).default([]),
    summary: z.string().min(1),
    paragraphs: Paragraphs,
  })
  .superRefine((event, ctx) => {
    if ((event.date === undefined) !== (event.precision === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['precision'], message: 'date and precision go together' });
      return;
    }
    if (event.date && event.precision) {
      if (!validDate(event.date, event.precision)) {
        ctx.addIssue({
          code: 'custom',
          path: ['date'],
          message: `"${event.date}" is not a valid date of precision "${event.precision}"`,
        });
      }
    }
  });
export type Event = z.infer<typeof Event>;

export const Quote = z.object({
  /** Entity id of the speaker. */
  speaker: Slug,
  text: z.string().min(1),
  /** `direct` is in quotation marks in the article; `reported` is paraphrased speech. */
  kind: z.enum(['direct', 'reported']),
  paragraphs: Paragraphs,
});
export type Quote = z.infer<typeof Quote>;

export const KeyPoint = z.object({ text: z.string().min(1), paragraphs: Paragraphs });
export type KeyPoint = z.infer<typeof KeyPoint>;

export const Pack = z
  .object({
    id: Slug,
    title: z.string().min(1),
    /** Publication date, `YYYY-MM-DD`: the anchor that relative dates resolve against. */
    published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD'),
    source: z.string().min(1),
    /** Where the article can be read: answers link to it when given. */
    url: z.string().url().optional(),
    /** The timezone the article's dates are in. */
    timezone: TimeZone,
    /** `curated` by a person, or `machine` (a draft written by `briefbot ingest`). */
    origin: z.enum(['curated', 'machine']).default('curated'),
    /** The article file beside pack.yaml. */
    article: z.string().default('article.txt'),
    summary: z.string().min(1),
    entities: z.array(Entity).default([]),
    events: z.array(Event).default([]),
    quotes: z.array(Quote).default([]),
    keyPoints: z.array(KeyPoint).default([]),
    /**
     * The article's own words for the answer engine, beside the general lexicon: synonym
     * groups (`[[ISSG, support group]]`) and phrases read as one word.
     */
    lexicon: z
      .object({
        synonyms: z.array(z.array(z.string().min(1)).min(2)).default([]),
        phrases: z.record(z.string(), z.string().min(1)).default({}),
      })
      .optional(),
  })
  .superRefine((pack, ctx) => {
    const ids = new Set<string>();
    pack.entities.forEach((entity, i) => {
      if (ids.has(entity.id))
        ctx.addIssue({ code: 'custom', path: ['entities', i, 'id'], message: `duplicate id "${entity.id}"` });
      ids.add(entity.id);
    });
    const eventIds = new Set<string>();
    pack.events.forEach((event, i) => {
      if (eventIds.has(event.id))
        ctx.addIssue({ code: 'custom', path: ['events', i, 'id'], message: `duplicate id "${event.id}"` });
      eventIds.add(event.id);
      event.participants.forEach((p, j) => {
        if (!ids.has(p))
          ctx.addIssue({ code: 'custom', path: ['events', i, 'participants', j], message: `unknown entity "${p}"` });
      });
    });
    pack.quotes.forEach((quote, i) => {
      if (!ids.has(quote.speaker))
        ctx.addIssue({ code: 'custom', path: ['quotes', i, 'speaker'], message: `unknown entity "${quote.speaker}"` });
    });
    pack.entities.forEach((entity, i) => {
      entity.related.forEach((r, j) => {
        if (!ids.has(r))
          ctx.addIssue({ code: 'custom', path: ['entities', i, 'related', j], message: `unknown entity "${r}"` });
      });
    });
  });
/** A pack as written in pack.yaml (defaults not yet applied). */
export type PackInput = z.input<typeof Pack>;
/** A validated pack. */
export type PackData = z.infer<typeof Pack>;
