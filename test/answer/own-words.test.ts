/**
 * Porter stems an agent noun to its verb or thing and an "-ity" noun to its adjective
 * ("treasurer" → "treasure", "authority" → "author", "majority" → "major"): those are words
 * of their own, keyed whole, so "who's the lead author" is not answered by an authority.
 */
import { describe, expect, it } from 'vitest';
import { termKey } from '../../src/knowledge/lexicon/lexicon.ts';
import { bestFor, readingOf } from '../support/article-pack.ts';

describe('words of their own', () => {
  it.each([
    ['treasurer', 'treasure'],
    ['authority', 'author'],
    ['majority', 'major'],
    ['officer', 'office'],
    ['organiser', 'organisation'],
  ])('%s is not %s', (word, other) => {
    expect(termKey(word)).not.toBe(termKey(other));
  });

  it('still meets its own spellings', () => {
    expect(termKey('organiser')).toBe(termKey('organizer'));
    expect(termKey('reports')).toBe(termKey('reported'));
  });

  it('answers the question about the person, not the body with the similar name', () => {
    const index = readingOf(
      'The Civil Aviation Authority said it would lead the investigation into the launch. ' +
        'The lead author of the study, Dr Anjali Ferris, said teenagers were not lazy.',
    );
    expect(bestFor(index, "who's the lead author").top.reading.sentence.text).toContain('Ferris');
  });
});
