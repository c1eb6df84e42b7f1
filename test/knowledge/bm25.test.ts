import { describe, expect, it } from 'vitest';
import { deserialize, serialize } from 'node:v8';
import { buildBm25, openBm25, type PackedBm25 } from '../../src/knowledge/bm25.ts';
import { best } from '../../src/knowledge/top.ts';

const docs = [
  ['kerry', 'meet', 'putin', 'moscow'],
  ['sochi', 'meet', 'last', 'four', 'hour'],
  ['lavrov', 'press', 'conference', 'italy'],
  ['meet', 'meet', 'meet', 'new', 'york'],
];

describe('BM25 index', () => {
  const index = buildBm25(docs);

  it('finds only documents that hold a query term, best first', () => {
    const hits = index.search(['sochi', 'meet']);
    expect(hits.map((h) => h.doc)).toEqual([1, 3, 0]);
    expect(hits[0]!.terms.sort()).toEqual(['meet', 'sochi']);
    expect(index.search(['merkel'])).toEqual([]);
  });

  it('weighs rare terms above common ones', () => {
    expect(index.idf('sochi')).toBeGreaterThan(index.idf('meet'));
    expect(index.idf('absent')).toBe(0);
    expect(index.df('meet')).toBe(3);
  });

  it('saturates term frequency (k1) instead of counting repeats linearly', () => {
    const once = buildBm25([
      ['a', 'x'],
      ['b', 'y'],
      ['c', 'z'],
    ]).scoreDoc(0, ['a']);
    const thrice = buildBm25([
      ['a', 'a', 'a'],
      ['b', 'y'],
      ['c', 'z'],
    ]).scoreDoc(0, ['a']);
    expect(thrice).toBeGreaterThan(once);
    expect(thrice).toBeLessThan(once * 3);
  });

  it('scores one document the same way search does', () => {
    const hit = index.search(['lavrov', 'italy'])[0]!;
    expect(index.scoreDoc(hit.doc, ['lavrov', 'italy'])).toBeCloseTo(hit.score);
    expect(index.scoreDoc(0, ['italy'])).toBe(0);
  });

  it('lets a very common term only add to what rarer terms found, once they found plenty', () => {
    const docs = Array.from({ length: 8_000 }, (_, i) => [
      ...(i < 3_000 ? ['rare'] : []),
      ...(i < 6_000 || i === 7_000 ? ['common'] : []),
      'filler',
    ]);
    const index = buildBm25(docs);
    const hits = index.search(['common', 'rare'], 5_000);
    expect(hits.some((h) => h.doc === 7_000)).toBe(false);
    expect(hits.find((h) => h.doc === 0)!.terms.sort()).toEqual(['common', 'rare']);
    expect(index.scoreDoc(0, ['common', 'rare'])).toBeCloseTo(hits.find((h) => h.doc === 0)!.score);
    // With nothing rarer to go on, the common term is searched whole.
    expect(index.search(['common'], 10_000).some((h) => h.doc === 7_000)).toBe(true);
  });

  it('copes with an empty index', () => {
    expect(buildBm25([]).search(['x'])).toEqual([]);
  });

  it('appends documents to an index as if it had been built with them', () => {
    const more = [
      ['kerry', 'sochi'],
      ['putin', 'press', 'press'],
    ];
    const grown = index.withDocs(more);
    const whole = buildBm25([...docs, ...more]);
    for (const query of [['sochi', 'meet'], ['press'], ['kerry', 'putin', 'moscow']]) {
      expect(grown.search(query)).toEqual(whole.search(query));
    }
    expect(grown.size).toBe(6);
    expect(grown.df('sochi')).toBe(2);
    // The index it grew from is unchanged.
    expect(index.size).toBe(4);
    expect(index.df('sochi')).toBe(1);
  });

  it('opens from its packed arrays, stored and read back, as it was, appended documents too', () => {
    const grown = index.withDocs([['kerry', 'sochi', 'nuclear']]);
    const reopened = openBm25(deserialize(serialize(grown.packed())) as PackedBm25);
    for (const query of [['sochi', 'meet'], ['nuclear'], ['kerry', 'putin', 'moscow']]) {
      expect(reopened.search(query)).toEqual(grown.search(query));
      expect(reopened.scoreDoc(4, query)).toBe(grown.scoreDoc(4, query));
    }
    expect([...reopened.terms()].sort()).toEqual([...grown.terms()].sort());
    expect(reopened.size).toBe(5);
  });

  it('drops and renumbers documents as if it had been built without them', () => {
    // Documents 0 and 2 go; 1 and 3 become 0 and 1.
    const remapped = index.remapped(Int32Array.from([-1, 0, -1, 1]));
    const whole = buildBm25([docs[1]!, docs[3]!]);
    for (const query of [['sochi', 'meet'], ['york'], ['kerry', 'lavrov', 'meet']]) {
      expect(remapped.search(query)).toEqual(whole.search(query));
    }
    expect(remapped.size).toBe(2);
    expect(remapped.df('kerry')).toBe(0);
    expect([...remapped.terms()].sort()).toEqual([...whole.terms()].sort());
  });

  it('keeps the best few of many documents found in the order a full sort gives', () => {
    const items = Array.from({ length: 500 }, (_, i) => (i * 7919) % 500);
    const scores = items.map((i) => (i * 31) % 17);
    const order = (a: number, b: number) => scores[b]! - scores[a]! || a - b;
    for (const limit of [0, 1, 5, 60, 499, 500, 600]) {
      expect(best(items, limit, order)).toEqual([...items].sort(order).slice(0, limit));
    }
  });

  it('tells whether any document of a range holds a term', () => {
    // 'meet' is in documents 0, 1 and 3; 'lavrov' in 2 only.
    expect(index.holdsIn('meet', 0, 1)).toBe(true);
    expect(index.holdsIn('meet', 2, 3)).toBe(false);
    expect(index.holdsIn('meet', 2, 4)).toBe(true);
    expect(index.holdsIn('lavrov', 0, 2)).toBe(false);
    expect(index.holdsIn('lavrov', 2, 3)).toBe(true);
    expect(index.holdsIn('nowhere', 0, 4)).toBe(false);
  });

  it('counts the documents of a range that hold a term', () => {
    expect(index.countIn('meet', 0, 4)).toBe(3);
    expect(index.countIn('meet', 1, 3)).toBe(1);
    expect(index.countIn('lavrov', 0, 2)).toBe(0);
    expect(index.countIn('nowhere', 0, 4)).toBe(0);
  });
});
