/**
 * The refusal of a moved modifier (stage 5, abstain.ts): the name the question sets before a
 * word is in the sentence, but elsewhere, and another name stands before that word.
 */
import { describe, expect, it } from 'vitest';
import { bestFor, readingOf } from '../support/article-pack.ts';

/** Why the best candidate for the question is refused, if it is. */
const check = (index: ReturnType<typeof readingOf>, q: string) => bestFor(index, q).refused;

describe('a name moved away from the word it qualifies', () => {
  const index = readingOf('In 1090 the Norman army joined Turkish forces to besiege the city of Edessa.');

  it('refuses when another name stands where the question has its own', () => {
    expect(check(index, 'Who joined Norman forces to besiege Edessa?')).toBe('substituted');
  });

  it('answers when the sentence says the name where the question does', () => {
    expect(check(index, 'Who joined Turkish forces to besiege Edessa?')).toBeUndefined();
  });

  it('answers when the word follows the rest of the asked name', () => {
    const kings = readingOf('In 1041 Edward the Confessor returned from exile in Normandy.');
    expect(check(kings, 'When did Edward return from exile?')).toBeUndefined();
  });

  it("reads a passive question's name as what was done to, not the doer the sentence names first", () => {
    const firms = readingOf('In 1908 Shuman formed the Sun Power Company to build larger plants.');
    expect(check(firms, 'In what year was the Sun Power Company formed?')).toBeUndefined();
    expect(check(firms, 'In what year did the Sun Power Company form?')).toBe('substituted');
  });
});
