/**
 * Refusals on negation (stage 5, abstain.ts): a question that asserts what its best sentence
 * negates, and a question that negates a word after "to" or "be".
 */
import { describe, expect, it } from 'vitest';
import { refusal } from '../../src/briefing/ask/abstain.ts';
import { rankCandidates } from '../../src/briefing/ask/answer.ts';
import { readQuestion } from '../../src/briefing/ask/frame.ts';
import { splitParagraphs } from '../../src/knowledge/article.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { Pack } from '../../src/knowledge/schema.ts';

const kb = (text: string) => {
  const data = Pack.parse({
    id: 'p',
    title: 'P',
    published: '2024-03-04',
    source: 'test',
    timezone: 'UTC',
    summary: 'A test article.',
  });
  return createKnowledgeBase([{ id: 'p', data, paragraphs: splitParagraphs(`P\n\n${text}`), dir: '.' }]).reading!;
};
const check = (index: ReturnType<typeof kb>, q: string) => {
  const frame = readQuestion(q, index.lexicon);
  return refusal(frame, rankCandidates(index, frame)[0]!.candidate);
};

describe('negation', () => {
  const index = kb('A polynomial time algorithm is not always practical. A Turing machine is said to operate in time.');

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

describe('a negating prefix on a word whose stem changes', () => {
  it('takes the prefix off before the stem ("unmetered" stems to "unmet", "metered" to "meter")', () => {
    const index = kb('Around 62% of metered households will see their annual bills fall.');
    expect(check(index, 'What share of unmetered households will see their bills fall?')).toBe('opposite');
    expect(check(index, 'What share of metered households will see their bills fall?')).toBeUndefined();
  });
});
