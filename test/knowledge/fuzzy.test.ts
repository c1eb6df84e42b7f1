import { describe, expect, it } from 'vitest';
import { buildFuzzy, editDistance, nameSimilarity, wordSimilarity } from '../../src/knowledge/fuzzy.ts';

const index = buildFuzzy([
  { target: 'kerry', field: 'name', text: 'John Kerry', weight: 1 },
  { target: 'kerry', field: 'alias', text: 'Kerry', weight: 1 },
  { target: 'lavrov', field: 'name', text: 'Sergey Lavrov', weight: 1 },
  { target: 'lukyanov', field: 'name', text: 'Fyodor Lukyanov', weight: 1 },
  { target: 'isil', field: 'name', text: 'ISIL', weight: 1 },
  { target: 'isil', field: 'alias', text: 'Daesh', weight: 1 },
  { target: 'sochi-meeting', field: 'title', text: 'Kerry–Putin meeting in Sochi', weight: 1 },
  { target: 'first-meeting', field: 'title', text: 'First Kerry–Putin meeting', weight: 1 },
  { target: 'ernest', field: 'role', text: 'White House spokesman', weight: 0.9 },
]);

describe('edit distance and word similarity', () => {
  it('counts insertions, deletions, substitutions and transpositions', () => {
    expect(editDistance('kery', 'kerry')).toBe(1);
    expect(editDistance('sergei', 'sergey')).toBe(1);
    expect(editDistance('lavorv', 'lavrov')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('scores words by the share of letters to edit, stems as equal', () => {
    expect(wordSimilarity('kery', 'kerry')).toBeCloseTo(0.8);
    expect(wordSimilarity('meetings', 'meeting')).toBe(1);
    expect(wordSimilarity('xi', 'isil')).toBe(0);
  });

  it('says whether a phrase names the whole of a field', () => {
    expect(nameSimilarity('jon kery', 'John Kerry')).toBeGreaterThan(0.75);
    expect(nameSimilarity('negotiations', 'Syrian negotiations')).toBe(0);
  });
});

describe('fuzzy short-field index', () => {
  it('scores an exact name or alias 1, case- and accent-insensitively', () => {
    expect(index.search('DAESH')[0]).toMatchObject({ target: 'isil', score: 1, field: 'alias' });
    expect(index.search('Sérgey Lávrov')[0]).toMatchObject({ target: 'lavrov', score: 1 });
  });

  it('lands typos, partial names and other spellings below 1', () => {
    const kery = index.search('Kery')[0]!;
    expect(kery.target).toBe('kerry');
    expect(kery.score).toBeGreaterThan(0.7);
    expect(kery.score).toBeLessThan(1);
    expect(index.search('jon kery')[0]!.target).toBe('kerry');
    expect(index.search('sergei lavrov')[0]!.target).toBe('lavrov');
    expect(index.search('Lukianov')[0]!.target).toBe('lukyanov');
  });

  it('looks for a word among words whose first letter it may be mistyped or spelt as', () => {
    // c and k sound alike, l is the key next to k; p is neither, so "Perry" is another name.
    expect(index.search('Cerry')[0]!.target).toBe('kerry');
    expect(index.search('Kavrov')[0]!.target).toBe('lavrov');
    expect(index.search('Perry')).toEqual([]);
  });

  it('matches multi-word queries word by word, with evidence', () => {
    const hits = index.search('Putin meeting');
    expect(
      hits
        .slice(0, 2)
        .map((h) => h.target)
        .sort(),
    ).toEqual(['first-meeting', 'sochi-meeting']);
    expect(hits[0]!.text).toContain('meeting');
    expect(index.search('white house spokesman')[0]).toMatchObject({ target: 'ernest', field: 'role', score: 0.9 });
  });

  it('finds nothing for unrelated words', () => {
    expect(index.search('Merkel')).toEqual([]);
    expect(index.search('   ')).toEqual([]);
  });

  it('completes prefixes of names and of their words', () => {
    expect(index.prefix('lav').map((h) => h.target)).toEqual(['lavrov']);
    expect(index.prefix('ker').map((h) => h.target)[0]).toBe('kerry');
  });
});

describe('fuzzy search in a large archive', () => {
  it('scores in full only the most promising fields, and still finds the one that names the query', () => {
    const fields = Array.from({ length: 3_000 }, (_, i) => ({
      target: i,
      field: 'name',
      text: `Elena ${['Abbott', 'Berezin', 'Castillo', 'Dubois'][i % 4]} ${i}`,
      weight: 1,
    }));
    fields.push({ target: 9_999, field: 'name', text: 'Elena Petrova', weight: 1 });
    const index = buildFuzzy(fields);
    expect(index.search('Elena Petrova')[0]).toMatchObject({ target: 9_999, score: 1 });
    expect(index.search('Elena Petorva')[0]!.target).toBe(9_999);
    expect(index.search('elena').length).toBeGreaterThan(0);
  });
});
