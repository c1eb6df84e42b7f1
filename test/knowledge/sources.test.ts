/**
 * `/brief sources` over an archive: newest first, a page at a time with "Show more", and
 * `since:` keeping only what was published on or after a date.
 */
import { describe, expect, it } from 'vitest';
import { briefReply } from '../../src/briefing/brief.ts';
import { SOURCES_PAGE } from '../../src/briefing/topic-cards.ts';
import { manualClock } from '../../src/core/clock.ts';
import { memoryContinuations } from '../../src/core/continuations.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import type { LoadedPack } from '../../src/knowledge/knowledge-base.ts';
import { loadPack } from '../../src/knowledge/load.ts';
import { renderText } from '../../src/render/text.ts';

const mini = loadPack('test/knowledge/fixtures/mini').pack!;
/** 25 copies of the fixture pack, one a month from January 2024. */
const archive: LoadedPack[] = Array.from({ length: 25 }, (_, i) => {
  const published = `${2024 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-15`;
  const data = { ...mini.data, id: `article-${i}`, title: `Article ${i}`, published };
  return { id: `article-${i}`, data, paragraphs: mini.paragraphs, dir: mini.dir };
});
const kb = createKnowledgeBase(archive);
const continuations = memoryContinuations(manualClock(new Date('2026-02-01T09:00:00Z')));
const brief = (topic: string, page = 1) => briefReply({ kb, topic, page, continuations });
const titles = (topic: string, page = 1) =>
  [...renderText(brief(topic, page)).matchAll(/Article \d+/g)].map((m) => m[0]);

describe('/brief sources', () => {
  it('lists the newest first, a page at a time, with more to show', () => {
    const first = brief('sources');
    expect(titles('sources')).toHaveLength(SOURCES_PAGE);
    expect(titles('sources')[0]).toBe('Article 24');
    expect(first.hasMore).toBe(true);
    expect(first.card.footer).toBe('page 1 of 3');
    expect(titles('sources', 3)).toEqual(['Article 4', 'Article 3', 'Article 2', 'Article 1', 'Article 0']);
    expect(brief('sources', 3).hasMore).toBe(false);
  });

  it('keeps only what was published since a year, a month or a day', () => {
    expect(titles('sources since:2025-06')).toEqual([
      'Article 24',
      'Article 23',
      'Article 22',
      'Article 21',
      'Article 20',
      'Article 19',
      'Article 18',
      'Article 17',
    ]);
    expect(titles('sources since:2026')).toEqual(['Article 24']);
    expect(titles('sources since 2026-01-16')).toEqual([]);
    expect(renderText(brief('sources since 2026-01-16'))).toContain('No article published since 2026-01-16.');
  });

  it('says how to write the date when since: is not one', () => {
    const r = brief('sources since:last-week');
    expect(r.found).toBe(false);
    expect(renderText(r)).toContain('"since:" takes a date as 2026, 2026-01 or 2026-01-31');
  });
});

describe('/brief of nothing in an archive', () => {
  it('offers each nearest name once, though many packs hold it', () => {
    const three = createKnowledgeBase(archive.slice(0, 3));
    const reply = briefReply({ kb: three, topic: 'Riverton bridges plan', page: 1, continuations });
    expect(reply.card.kind).toBe('not-found');
    expect(renderText(reply)).toContain('Closest names: Riverton bridge.');
  });
});
