import { describe, expect, it } from 'vitest';
import { doubtfulMatch, plausibleTypo } from '../../src/knowledge/fuzzy.ts';

/** Near misses both ways: typos of a name must land, other names one letter away must not. */
const TYPOS: [string, string][] = [
  ['kery', 'kerry'],
  ['kerri', 'kerry'],
  ['jon', 'john'],
  ['putn', 'putin'],
  ['obamma', 'obama'],
  ['obana', 'obama'],
  ['lavrof', 'lavrov'],
  ['kyev', 'kiev'],
  ['iarq', 'iraq'],
  ['irak', 'iraq'],
  ['sochy', 'sochi'],
  ['minks', 'minsk'],
  ['itlay', 'italy'],
  ['wiess', 'weiss'],
  ['turky', 'turkey'],
  ['syira', 'syria'],
  ['lukianov', 'lukyanov'],
];
const OTHER_WORDS: [string, string][] = [
  ['iran', 'iraq'],
  ['rome', 'rose'],
  ['mali', 'bali'],
  ['peru', 'pern'],
  ['lima', 'lame'],
  ['gaza', 'gala'],
  ['paris', 'parts'],
  ['toner', 'tower'],
  ['oman', 'obama'],
];

describe('plausible typos', () => {
  it.each(TYPOS)('%s reads as a misspelling of %s', (query, word) => {
    expect(plausibleTypo(query, word)).toBe(true);
  });
  it.each(OTHER_WORDS)('%s is another word than %s', (query, word) => {
    expect(plausibleTypo(query, word)).toBe(false);
  });
  it('marks a hit doubtful only when one of its words is no typo', () => {
    expect(doubtfulMatch('Iran', 'Iraq')).toBe(true);
    expect(doubtfulMatch('jon kery', 'John Kerry')).toBe(false);
    expect(doubtfulMatch('Sergei', 'Sergei Lavrov')).toBe(false);
    expect(doubtfulMatch('Lavr', 'Sergey Lavrov')).toBe(false);
  });
});
