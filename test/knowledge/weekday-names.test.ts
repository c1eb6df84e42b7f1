/**
 * "how many Sundays a driver works": the language model dates "Sunday" but not "Sundays", and
 * tags both as proper nouns. Days of the week name no one and no place, so a "who" or "where"
 * question is never answered with one.
 */
import { describe, expect, it } from 'vitest';
import { mentionTexts } from '../support/article-pack.ts';

const text =
  'Talks at the Industrial Mediation Service broke down after nine hours, when the two sides failed to agree ' +
  'on how many Sundays a driver could be asked to work. Mondays and Fridays are the busiest days at Kellbridge.';

describe('days of the week in the plural', () => {
  it('are no name mentions, while the names around them are', () => {
    const names = mentionTexts(text, 'name');
    expect(names).toContain('Industrial Mediation Service');
    expect(names).toContain('Kellbridge');
    expect(names.filter((n) => /days?\b/.test(n))).toEqual([]);
  });
});
