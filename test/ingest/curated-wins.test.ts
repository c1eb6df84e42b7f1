/** A curated pack and a draft that know the same person: search answers with the curated one first. */
import { expect, it } from 'vitest';
import { splitParagraphs } from '../../src/knowledge/article.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import type { LoadedPack } from '../../src/knowledge/knowledge-base.ts';
import { Pack } from '../../src/knowledge/schema.ts';

function pack(id: string, origin: 'curated' | 'machine', entity: { name: string; aliases: string[] }): LoadedPack {
  const data = Pack.parse({
    id,
    title: id,
    published: '2015-12-15',
    source: 's',
    timezone: 'UTC',
    origin,
    summary: 's',
    entities: [{ id: 'e', kind: 'person', summary: `${origin} summary`, paragraphs: [1], ...entity }],
  });
  return { id, data, paragraphs: splitParagraphs('Anna Berg met the minister.'), dir: `/k/${id}` };
}

it('ranks the curated entity above the draft one with the same name or alias', () => {
  // The draft sorts first and matches the query exactly by name; the curated one only by alias.
  const draft = pack('a-draft', 'machine', { name: 'Anna Berg', aliases: ['Berg'] });
  const curated = pack('z-curated', 'curated', { name: 'Anna K. Berg', aliases: ['Anna Berg', 'Berg'] });
  const kb = createKnowledgeBase([draft, curated]);
  for (const query of ['Anna Berg', 'Berg']) {
    const [first, second] = kb.findTopics(query);
    expect(first!.pack.id).toBe('z-curated');
    expect(second!.pack.id).toBe('a-draft');
    expect(first!.score).toBeGreaterThanOrEqual(second!.score);
  }
});

it('leaves a draft-only entity where it is', () => {
  const draft = pack('a-draft', 'machine', { name: 'Tomas Brennan', aliases: ['Brennan'] });
  const curated = pack('z-curated', 'curated', { name: 'Anna Berg', aliases: ['Berg'] });
  expect(createKnowledgeBase([draft, curated]).findTopics('Brennan')[0]!.pack.id).toBe('a-draft');
});
