/**
 * Numbers the model or the year rule would type wrongly: a phone number's groups of digits are no
 * year ("0800 169 4420" answered "when" once), and "her late twenties" is an age, not a decade.
 */
import { describe, expect, it } from 'vitest';
import { mentionTexts } from '../support/article-pack.ts';

describe('numbers that are no dates', () => {
  it('reads no year in a phone number, and still one in "in 1926"', () => {
    const text = 'A customer helpline, 0800 169 4420, is open from 8am. The hall was built in 1926.';
    expect(mentionTexts(text, 'date')).toEqual(['1926']);
  });

  it("reads a decade of someone's life as an age, and the twenties of a century as a date", () => {
    const text =
      'She was in her late twenties when she began. He was in his mid-forties. It was built in the twenties.';
    expect(mentionTexts(text, 'age')).toEqual(['late twenties', 'mid-forties']);
    expect(mentionTexts(text, 'date')).toEqual(['twenties']);
  });
});
