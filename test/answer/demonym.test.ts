/**
 * A name of the question meets its people or adjective in a sentence (stage 4, match.ts):
 * "Europe" meets "European", "Italy" meets "Italian"; "Normandy" is not "Norman".
 */
import { describe, expect, it } from 'vitest';
import { bestFor, readingOf } from '../support/article-pack.ts';

const foundAs = (c: ReturnType<typeof bestFor>['top'], word: string) => c.matches.find((m) => m.term.word === word)?.as;

describe('names and their adjectives', () => {
  const index = readingOf(
    'The island would remain under Western European rule for 380 years. Wine came from Italian ports.',
  );

  it('finds a place in its adjective', () => {
    const { top, refused } = bestFor(index, 'How long did Western Europe rule the island?');
    expect(foundAs(top, 'Europe')).toBe('related');
    expect(refused).toBeUndefined();
  });

  it('finds it the other way, and with a changed ending', () => {
    expect(foundAs(bestFor(index, 'Where did the wine come from in Italy?').top, 'Italy')).toBe('related');
  });

  it('leaves a longer name that is no adjective apart', () => {
    const norman = readingOf('The Norman knights rode out at dawn.');
    expect(foundAs(bestFor(norman, 'When did the knights of Normandy ride out?').top, 'Normandy')).not.toBe('related');
  });
});
