/**
 * Refusals on negation (stage 5, abstain.ts): a question that asserts what its best sentence
 * negates, and a question that negates a word after "to" or "be".
 */
import { describe, expect, it } from 'vitest';
import { bestFor, readingOf } from '../support/article-pack.ts';

/** Why the best candidate for the question is refused, if it is. */
const check = (index: ReturnType<typeof readingOf>, q: string) => bestFor(index, q).refused;

describe('negation', () => {
  const index = readingOf(
    'A polynomial time algorithm is not always practical. A Turing machine is said to operate in time.',
  );

  it('refuses a question that asserts what the sentence negates', () => {
    expect(check(index, 'What algorithm is always practical?')).toBe('negation');
    expect(check(index, 'What is not always practical?')).toBeUndefined();
  });

  it('leaves yes-no questions to be answered: the sentence may say no', () => {
    expect(check(index, 'Is a polynomial time algorithm always practical?')).toBeUndefined();
  });

  it('reads the negated word past "to" and "be"', () => {
    expect(check(index, 'How is a Turing machine said not to operate?')).toBe('negation');
    expect(check(index, 'How is a Turing machine said to operate?')).toBeUndefined();
  });
});

describe('"not … until"', () => {
  it('says when it did happen, and negates nothing', () => {
    const index = readingOf(
      'He was not reported missing until 7.15pm on Saturday. The road was not reopened on Monday.',
    );
    expect(check(index, 'when was he reported missing')).toBeUndefined();
    expect(check(index, 'when was the road reopened')).toBe('negation');
  });
});

describe('a negating prefix on a word whose stem changes', () => {
  it('takes the prefix off before the stem ("unmetered" stems to "unmet", "metered" to "meter")', () => {
    const index = readingOf('Around 62% of metered households will see their annual bills fall.');
    expect(check(index, 'What share of unmetered households will see their bills fall?')).toBe('opposite');
    expect(check(index, 'What share of metered households will see their bills fall?')).toBeUndefined();
  });
});

describe('opposites', () => {
  const index = readingOf(
    'A problem refers to the abstract question to be solved. The telescope maps the southern sky.',
  );

  it("refuses a question whose word the sentence holds only as its opposite (the lexicon's antonyms)", () => {
    expect(check(index, 'What term refers to the concrete question to be solved?')).toBe('opposite');
    expect(check(index, 'What term refers to the abstract question to be solved?')).toBeUndefined();
  });

  it('answers a choice between the two: the question names both', () => {
    expect(check(index, 'Does the telescope map the northern or southern sky?')).toBeUndefined();
    expect(check(index, 'Does the telescope map the northern sky?')).toBe('opposite');
  });
});

describe('a period named from now', () => {
  const index = readingOf(
    'The square breached the limit on 41 days last year. It expects to narrow in the coming year.',
  );

  it('refuses "this year" against a sentence that names only last year', () => {
    expect(check(index, 'How many days did the square breach the limit this year?')).toBe('opposite');
    expect(check(index, 'How many days did the square breach the limit last year?')).toBeUndefined();
  });

  it('reads "the coming year" as next year', () => {
    expect(check(index, 'What does it expect to narrow next year?')).toBeUndefined();
  });
});
