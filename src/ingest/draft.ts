/**
 * Drafts a knowledge pack from an article's text, offline: paragraphs as citations count
 * them (src/knowledge/article.ts), entities, dated events and quotes. The draft is marked
 * `origin: machine` and is shaped like a curated pack minus the hand-written prose: where
 * there is nothing better, the article's own sentence is the summary or fact.
 *
 * @example
 * const pack = draftPack(text, { id: 'kerry-moscow', published: '2015-12-15', source: 'x', timezone: 'UTC' });
 */
import { splitParagraphs, type Paragraph } from '../knowledge/article.ts';
import type { PackInput } from '../knowledge/schema.ts';
import { parseDay } from './calendar.ts';
import { articlePublished } from './anchor.ts';
import { asPrevious } from './chains.ts';
import { findDates, type DateContext } from './dates.ts';
import { extractEntities, type DraftEntity } from './entities.ts';
import { extractQuotes } from './quotes.ts';
import { slugify } from './slug.ts';
import { isSouthern } from './hemisphere.ts';
import { clauseTenses } from './tense.ts';
import { eventTitle } from './titles.ts';
import { escapeRegExp } from '../core/regexp.ts';

export interface DraftMeta {
  id: string;
  published: string;
  source: string;
  timezone: string;
  title?: string;
  /** The article's file name beside pack.yaml. */
  article?: string;
}

type DraftEvent = NonNullable<PackInput['events']>[number];

const mentions = (text: string, e: DraftEntity) =>
  [e.name, ...e.aliases].some((f) =>
    new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(f)}(?![\\p{L}\\p{N}])`, 'u').test(text),
  );

/** Cuts at a word boundary: titles stay readable in a card. */
export function shorten(text: string, max = 90): string {
  if (text.length <= max) return text.replace(/[.\s]+$/, '');
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 40)).replace(/[,;:\s–—-]+$/u, '')}…`;
}

const isHeadline = (p: Paragraph) => p.sentences.length === 1 && !/[.!?"”]$/.test(p.text) && p.text.length <= 120;

/** One event per date phrase, in the order the article gives them. */
export function extractEvents(
  paragraphs: Paragraph[],
  entities: DraftEntity[],
  published: string,
  timezone?: string,
): DraftEvent[] {
  const anchor = parseDay(published);
  if (!anchor) throw new Error(`published date "${published}" is not a real YYYY-MM-DD date`);
  const used = new Set<string>();
  const events: DraftEvent[] = [];
  const context: DateContext = { southern: isSouthern(timezone) };
  let storyParagraph = 0;
  for (const p of paragraphs) {
    // A story's year carries to the next paragraph, no further ("since March 2020" is no narrative).
    if (p.number - storyParagraph > 1) context.story = undefined;
    for (const s of p.sentences) {
      const found = findDates(s.text, anchor, context);
      // "Two days later" in the next sentence counts from the last date this one named.
      const chainable = found.map(asPrevious).filter((d) => d !== undefined);
      if (chainable.length) context.previous = chainable[chainable.length - 1];
      const days = chainable.filter((d) => d.precision === 'day' || d.precision === 'time');
      if (days.length) context.previousDay = days[days.length - 1];
      const written = found.filter((d) => /\b(?:19|20)\d{2}\b/.test(d.phrase) && /^\d{4}-\d{2}/.test(d.date)).pop();
      // "the council said the line would open in December 2026": a plan is no time the story is told in.
      if (written && clauseTenses(s.text).at(written.start) !== 'future') {
        context.story = parseDay(`${written.date.slice(0, 7)}-${written.date.slice(8, 10) || '01'}`);
        storyParagraph = p.number;
      }
      for (const d of found) {
        const base = slugify(`${d.date} ${d.phrase}`, 10) || 'event';
        let id = base;
        for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
        used.add(id);
        const named = entities.filter((e) => mentions(s.text, e));
        const place = named.find(
          (e) => e.kind === 'place' && new RegExp(`\\b(in|at)\\s+(?:the\\s+)?${escapeRegExp(e.name)}\\b`).test(s.text),
        );
        events.push({
          id,
          title: eventTitle(s.text, found, d.start) ?? shorten(s.text),
          date: d.date,
          precision: d.precision,
          phrase: d.phrase,
          ...(d.ambiguous ? { ambiguous: d.ambiguous } : {}),
          ...(d.timezone ? { timezone: d.timezone } : {}),
          ...(place ? { place: place.name } : {}),
          participants: named.filter((e) => e.kind !== 'place').map((e) => e.id),
          summary: s.text,
          paragraphs: [p.number],
        });
      }
    }
  }
  return events;
}

/** The whole draft pack, ready to be written as pack.yaml. */
export function draftPack(text: string, meta: DraftMeta): PackInput & { origin: 'machine' } {
  const paragraphs = splitParagraphs(text);
  const body = paragraphs.filter((p) => !isHeadline(p));
  const entities = extractEntities(paragraphs);
  // The article's own weekday-dates overrule a published date they cannot fall near (src/ingest/anchor.ts).
  const given = parseDay(meta.published);
  if (!given) throw new Error(`published date "${meta.published}" is not a real YYYY-MM-DD date`);
  const published = articlePublished(paragraphs, given);
  const events = extractEvents(paragraphs, entities, published, meta.timezone);
  const quotes = extractQuotes(paragraphs, entities);
  const lede = body[0] ?? paragraphs[0];
  const title =
    meta.title ??
    (paragraphs[0] && isHeadline(paragraphs[0])
      ? paragraphs[0].text.replace(/^#+\s*/, '')
      : shorten(lede?.sentences[0]?.text ?? meta.id, 100));
  return {
    id: meta.id,
    title,
    published,
    source: meta.source,
    timezone: meta.timezone,
    origin: 'machine',
    article: meta.article ?? 'article.txt',
    summary: lede
      ? lede.sentences
          .slice(0, 2)
          .map((s) => s.text)
          .join(' ')
      : title,
    entities: entities.map(({ role, ...e }) => ({ ...e, ...(role ? { role } : {}) })),
    events,
    quotes,
    keyPoints: body.slice(0, 8).map((p) => ({ text: p.sentences[0]!.text, paragraphs: [p.number] })),
  };
}
