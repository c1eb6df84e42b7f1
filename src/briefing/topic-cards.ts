/**
 * The briefing cards: one for an entity (person, organisation, place, group, agreement,
 * theme), one for an event, one for the list of sources. Page 1 is short enough for a chat
 * card; what does not fit (more facts, events, quotes, passages) goes to later pages,
 * which "Show more" reaches.
 */
import { card, heading, list, paragraphMarks, quote, text, type Block, type Card } from '../core/reply.ts';
import type { KnowledgeBase, LoadedPack } from '../knowledge/knowledge-base.ts';
import type { Entity, Event } from '../knowledge/schema.ts';
import { packSource } from './answer-card.ts';
import { dateLine, resolvedDate } from './dates.ts';
import { citation, citations, mentioningSentences } from './evidence.ts';
import { byCodePoint } from '../knowledge/text.ts';

export interface Paged {
  card: Card;
  hasMore: boolean;
}

/** How many items of each section page 1 shows, and how many items a later page holds. */
const FIRST_PAGE = { facts: 3, events: 3, quotes: 2 } as const;
const PAGE_SIZE = 8;

interface Item {
  section: string;
  block: Block;
}

export function entityCard(pack: LoadedPack, entity: Entity, page: number): Paged {
  const { first, rest } = entitySections(pack, entity);
  const pages = 1 + Math.ceil(rest.length / PAGE_SIZE);
  const shown = page <= 1 ? first : rest.slice((page - 2) * PAGE_SIZE, (page - 1) * PAGE_SIZE);
  const blocks: Block[] = page <= 1 ? [text(entity.summary)] : [];
  if (page > 1 && shown.length === 0) blocks.push(text('That is everything the briefing has on this topic.'));
  blocks.push(...grouped(shown));
  if (page <= 1) blocks.push(text(`Mentioned in ${paragraphMarks(entity.paragraphs)}.`));
  const c = card({
    kind: entity.kind,
    title: entity.name,
    subtitle: [entity.role, entity.kind].filter(Boolean).join(' · '),
    blocks,
    citations: citations(pack, entity.paragraphs),
    source: packSource(pack),
    footer: `page ${Math.min(Math.max(page, 1), pages)} of ${pages}`,
  });
  return { card: c, hasMore: page < pages };
}

function entitySections(pack: LoadedPack, entity: Entity): { first: Item[]; rest: Item[] } {
  const facts = entity.facts.map((f): Item => ({
    section: 'In the article',
    block: text(`${f.text} (${paragraphMarks(f.paragraphs)})`),
  }));
  const events = relatedEvents(pack, entity).map((e): Item => ({
    section: 'Dated events',
    block: text(`${e.title}: ${dateLine(e)}, ${paragraphMarks(e.paragraphs)}`),
  }));
  const quotes = pack.data.quotes
    .filter((q) => q.speaker === entity.id)
    .map((q): Item => ({ section: 'Quotes', block: quote(q.text, citation(pack, q.paragraphs[0]!)) }));
  const quoted = new Set(pack.data.quotes.filter((q) => q.speaker === entity.id).flatMap((q) => q.paragraphs));
  const passages = mentioningSentences(pack, entity)
    .filter((s) => !quoted.has(s.paragraph))
    .map((s): Item => ({ section: 'Related passages', block: quote(s.text, citation(pack, s.paragraph, s.text)) }));
  const related = entity.related
    .map((id) => pack.data.entities.find((e) => e.id === id)?.name)
    .filter((n): n is string => Boolean(n));
  const relatedItem: Item[] = related.length > 0 ? [{ section: 'Related topics', block: list(related) }] : [];
  return {
    first: [
      ...facts.slice(0, FIRST_PAGE.facts),
      ...events.slice(0, FIRST_PAGE.events),
      ...quotes.slice(0, FIRST_PAGE.quotes),
    ],
    rest: [
      ...facts.slice(FIRST_PAGE.facts),
      ...events.slice(FIRST_PAGE.events),
      ...quotes.slice(FIRST_PAGE.quotes),
      ...passages,
      ...relatedItem,
    ],
  };
}

/** Events the entity takes part in, or that happen at the place it is; dated ones first. */
export function relatedEvents(pack: LoadedPack, entity: Entity): Event[] {
  const names = new Set([entity.name, ...entity.aliases].map((n) => n.toLowerCase()));
  return pack.data.events
    .filter(
      (e) =>
        e.participants.includes(entity.id) ||
        (e.place !== undefined &&
          e.place
            .toLowerCase()
            .split(/,\s*/)
            .some((p) => names.has(p))),
    )
    .sort((a, b) => Number(Boolean(b.date)) - Number(Boolean(a.date)) || byCodePoint(a.date ?? '', b.date ?? ''));
}

/** Consecutive items of one section under one heading; lists of text lines become a list. */
function grouped(items: Item[]): Block[] {
  const blocks: Block[] = [];
  let section = '';
  let lines: string[] = [];
  const flush = () => {
    if (lines.length > 0) blocks.push(list(lines));
    lines = [];
  };
  for (const item of items) {
    if (item.section !== section) {
      flush();
      section = item.section;
      blocks.push(heading(section));
    }
    if (item.block.type === 'text') lines.push(item.block.text);
    else {
      flush();
      blocks.push(item.block);
    }
  }
  flush();
  return blocks;
}

export function eventCard(pack: LoadedPack, event: Event): Paged {
  const names = event.participants.map((id) => pack.data.entities.find((e) => e.id === id)?.name ?? id);
  const resolved = resolvedDate(event.date, event.precision);
  const fields = [
    { label: 'When', value: resolved ?? 'no date given', inline: true },
    { label: 'As phrased', value: `“${event.phrase}”`, inline: true },
    ...(event.precision ? [{ label: 'Precision', value: event.precision, inline: true }] : []),
    ...(event.place ? [{ label: 'Where', value: event.place, inline: true }] : []),
    ...(names.length > 0 ? [{ label: 'Who', value: names.join(', ') }] : []),
  ];
  const c = card({
    kind: 'event',
    title: event.title,
    subtitle: resolved ? `${resolved} · ${event.phrase}` : event.phrase,
    fields,
    blocks: [text(event.summary), text(`In the article: ${paragraphMarks(event.paragraphs)}.`)],
    citations: citations(pack, event.paragraphs),
    source: packSource(pack),
  });
  return { card: c, hasMore: false };
}

/** `/brief sources`: every pack with its origin and what it holds. */
/** Articles on one page of `/brief sources`. */
export const SOURCES_PAGE = 10;

/**
 * `/brief sources [since:YYYY[-MM[-DD]]]`: the articles in the briefing, newest first, a
 * page at a time, optionally only those published on or after a date, so an archive of
 * thousands stays readable.
 */
export function sourcesCard(kb: KnowledgeBase, page = 1, since?: string): Paged {
  const chosen = [...kb.packs]
    .filter((p) => !since || p.data.published >= since)
    .sort((a, b) => byCodePoint(b.data.published, a.data.published) || byCodePoint(a.data.title, b.data.title));
  const pages = Math.max(1, Math.ceil(chosen.length / SOURCES_PAGE));
  const at = Math.min(Math.max(page, 1), pages);
  const lines = chosen.slice((at - 1) * SOURCES_PAGE, at * SOURCES_PAGE).map((p) => {
    const d = p.data;
    const counts =
      `${d.entities.length} topics, ${d.events.length} events, ` +
      `${d.quotes.length} quotes, ${p.paragraphs.length} paragraphs`;
    return `${d.title} (${d.source}, published ${resolvedDate(d.published, 'day')}; ${d.origin}; ${counts})`;
  });
  const which = since ? ` published since ${since}` : '';
  const empty = since ? `No article${which}.` : 'No articles are loaded yet.';
  const c = card({
    kind: 'info',
    title: 'Sources',
    subtitle: `${chosen.length} article${chosen.length === 1 ? '' : 's'}${which} in the briefing, newest first`,
    blocks: lines.length > 0 ? [list(lines)] : [text(empty)],
    citations: [],
    ...(pages > 1 ? { footer: `page ${at} of ${pages}` } : {}),
  });
  return { card: c, hasMore: at < pages };
}
