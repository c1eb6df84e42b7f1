/** How much a term found counts, by where it was found (match.ts). */
import { describe, expect, it } from 'vitest';
import { FOUND } from '../../src/briefing/ask/match.ts';

describe('what a term found counts for', () => {
  it('counts a word the vectors find close under a synonym of the lexicon, and under half of the word', () => {
    expect(FOUND.similar).toBeLessThan(FOUND.related);
    expect(FOUND.similar).toBeLessThan(FOUND.exact / 2);
    expect(FOUND.similar).toBeGreaterThan(FOUND.neighbour);
  });
});
