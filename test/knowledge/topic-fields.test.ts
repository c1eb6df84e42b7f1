/**
 * The short fields `/brief` finds topics by, laid out compactly (issue 12): a field's
 * target is its owner's first field, so all of an entity's names land on one entity and
 * every target turns back into the entity or event it stands for, across packs.
 */
import { describe, expect, it } from 'vitest';
import { buildFuzzy } from '../../src/knowledge/fuzzy.ts';
import type { LoadedPack } from '../../src/knowledge/knowledge-base.ts';
import { Pack } from '../../src/knowledge/schema.ts';
import { packFields, topicTable } from '../../src/knowledge/topic-fields.ts';

const packOf = (id: string, extra: object): LoadedPack => {
  const data = Pack.parse({
    id,
    title: id,
    published: '2024-03-04',
    source: 't',
    timezone: 'UTC',
    summary: 'S.',
    ...extra,
  });
  return { id, data, paragraphs: [], dir: id };
};
const person = (id: string, name: string, aliases: string[], role?: string) =>
  ({ id, name, aliases, role, kind: 'person', summary: 'S.', paragraphs: [1] }) as const;

const first = packOf('first', {
  entities: [person('ana', 'Ana Lopez', ['Mayor Lopez'], 'mayor'), person('ivo', 'Ivo Horvat', ['Horvat'])],
});
const empty = packOf('empty', {});
const second = packOf('second', {
  entities: [person('lea', 'Lea Marsh', [])],
  events: [
    { id: 'vote', title: 'Budget vote', phrase: 'on Friday', place: 'City hall', summary: 'S.', paragraphs: [1] },
  ],
});
const packs = [first, empty, second];
const { table, targetOf } = topicTable(packs, packs.map(packFields));
const index = buildFuzzy(table);

describe('topic fields', () => {
  it('lays out every name, alias, role, title, phrase and place once', () => {
    expect(table.size).toBe(3 + 2 + 1 + 3);
    expect(Array.from({ length: table.size }, (_, i) => table.field(i))).toEqual([
      ...['name', 'alias', 'role', 'name', 'alias'],
      ...['name', 'title', 'phrase', 'place'],
    ]);
    expect(table.weight(2)).toBe(0.9);
  });

  it('gives all of an owner’s fields one target, which turns back into that owner', () => {
    expect([0, 1, 2].map((i) => table.target(i))).toEqual([0, 0, 0]);
    expect([3, 4].map((i) => table.target(i))).toEqual([3, 3]);
    expect(targetOf(table.target(1))).toEqual({ type: 'entity', pack: first, index: 0 });
    expect(targetOf(table.target(4))).toEqual({ type: 'entity', pack: first, index: 1 });
    expect(targetOf(table.target(5))).toEqual({ type: 'entity', pack: second, index: 0 });
    expect(targetOf(table.target(8))).toEqual({ type: 'event', pack: second, index: 0 });
  });

  it('finds each owner once by any of its names, past a pack with none', () => {
    const hits = index.search('Lopez');
    expect(hits.map((h) => targetOf(h.target).index)).toEqual([0]);
    expect(targetOf(index.search('Mayor Lopez')[0]!.target)).toMatchObject({ pack: first, index: 0 });
    expect(targetOf(index.search('city hall')[0]!.target)).toMatchObject({ type: 'event', pack: second });
    expect(targetOf(index.prefix('lea')[0]!.target)).toMatchObject({ type: 'entity', pack: second });
  });
});
