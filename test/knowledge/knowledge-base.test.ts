import { describe, expect, it } from 'vitest';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import type { LoadedPack } from '../../src/knowledge/knowledge-base.ts';
import { loadPack } from '../../src/knowledge/load.ts';
import { Pack } from '../../src/knowledge/schema.ts';
import { terms } from '../../src/knowledge/text.ts';

const { pack, problems } = loadPack('test/knowledge/fixtures/mini');
const seed = loadPack('knowledge/kerry-putin-moscow-2015').pack!;
const kb = createKnowledgeBase([pack!]);

describe('createKnowledgeBase', () => {
  it('loads the fixture pack', () => {
    expect(problems).toEqual([]);
    expect(kb.pack('riverton-bridge')?.data.title).toBe('Riverton opens its new bridge');
  });

  it('finds entities and events by name, alias and typo, with evidence', () => {
    expect(kb.findTopics('Mayor Lopez')[0]).toMatchObject({
      type: 'entity',
      score: 1,
      evidence: { field: 'alias', text: 'Mayor Lopez' },
    });
    const typo = kb.findTopics('Lopes')[0]!;
    expect(typo.type === 'entity' && typo.entity.id).toBe('ana-lopez');
    expect(typo.score).toBeLessThan(1);
    const event = kb.findTopics('bridge opening')[0]!;
    expect(event.type === 'event' && event.event.id).toBe('bridge-opening');
  });

  it('searches sentences with BM25 and says which terms matched', () => {
    const hits = kb.searchPassages('how much did the bridge cost');
    expect(hits[0]!.sentence.paragraph).toBe(2);
    expect(hits[0]!.terms).toEqual(expect.arrayContaining(terms('bridge cost')));
    expect(hits[0]!.score).toBeGreaterThan(hits[1]?.score ?? 0);
    expect(kb.searchPassages('the of and')).toEqual([]);
  });

  it('suggests names while typing, most mentioned first when empty, at most 25', () => {
    expect(kb.suggest('lop').map((c) => c.name)).toEqual(['Ana Lopez']);
    expect(kb.suggest('')[0]!.name).toBe('Riverton bridge');
    const big = createKnowledgeBase([pack!, seed]);
    expect(big.suggest('', 50).length).toBeLessThanOrEqual(25);
    expect(big.suggest('kery').map((c) => c.name)).toContain('John Kerry');
  });

  it('lists every event of every pack', () => {
    const both = createKnowledgeBase([pack!, seed]);
    expect(both.events().length).toBe(pack!.data.events.length + seed.data.events.length);
    expect(both.findTopics('Kerry')[0]!.pack.id).toBe('kerry-putin-moscow-2015');
    expect(both.findTopics('Lopez')[0]!.pack.id).toBe('riverton-bridge');
  });

  it('suggests 25 different names when the most mentioned is the same name in hundreds of packs', () => {
    const entity = (id: string, name: string, paragraphs: number[]) =>
      ({ id, name, kind: 'person', summary: 'S.', paragraphs }) as const;
    const packOf = (i: number, entities: ReturnType<typeof entity>[]): LoadedPack => ({
      id: `p${i}`,
      data: Pack.parse({
        id: `p${i}`,
        title: `P${i}`,
        published: '2024-03-04',
        source: 'test',
        timezone: 'UTC',
        summary: 'A.',
        entities,
      }),
      paragraphs: [],
      dir: `p${i}`,
    });
    // 300 packs name one man in 3 paragraphs each; 30 others are named once.
    const many = Array.from({ length: 300 }, (_, i) => packOf(i, [entity('ivo', 'Ivo Horvat', [1, 2, 3])]));
    const once = Array.from({ length: 30 }, (_, i) =>
      packOf(300 + i, [entity('x', `Name ${String(i).padStart(2, '0')}`, [1])]),
    );
    const archive = createKnowledgeBase([...many, ...once]);
    const names = archive.suggest('').map((c) => c.name);
    expect(names).toEqual([
      'Ivo Horvat',
      ...Array.from({ length: 24 }, (_, i) => `Name ${String(i).padStart(2, '0')}`),
    ]);
    // Typed: the one name of 300 packs is one suggestion of many, not all of them.
    const ivo = createKnowledgeBase([...many, ...once.map((_, i) => packOf(400 + i, [entity('y', `Ivan ${i}`, [1])]))]);
    expect(ivo.suggest('iv').map((c) => c.name)).toHaveLength(25);
    expect(ivo.suggest('iv').map((c) => c.name)).toContain('Ivo Horvat');
  });
});
