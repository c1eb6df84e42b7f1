/**
 * The evaluation's measure of the card's bold answer (`eval/score.ts` `boldRight`): the bold holds a gold span, or
 * is at least half the words of one that holds it.
 */
import { describe, expect, it } from 'vitest';
import { boldRight } from '../../eval/score.ts';

describe('the bold answer measured against the gold spans', () => {
  it('counts a bold that holds a gold span, as the article writes it', () => {
    expect(boldRight('Wednesday 3 February', ['3 February'])).toBe(true);
    expect(boldRight('14 of its 96', ['14 of its 96 stores'])).toBe(true);
  });

  it('counts the heart of a gold span, not a piece of it', () => {
    expect(boldRight('38C', ['above 38C'])).toBe(true);
    expect(boldRight('11', ['four to 11'])).toBe(false);
    expect(boldRight('Seville', ['Seville, Naples and Athens'])).toBe(false);
  });

  it('does not count another mention of the sentence', () => {
    expect(boldRight('£2.31 billion', ['9.4%'])).toBe(false);
  });
});
