/**
 * The refusal of a moved modifier (stage 5, abstain.ts): the name the question sets before a
 * word is in the sentence, but elsewhere, and another name stands before that word.
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

describe('a name moved away from the word it qualifies', () => {
  const index = kb('In 1090 the Norman army joined Turkish forces to besiege the city of Edessa.');

  it('refuses when another name stands where the question has its own', () => {
    expect(check(index, 'Who joined Norman forces to besiege Edessa?')).toBe('substituted');
  });

  it('answers when the sentence says the name where the question does', () => {
    expect(check(index, 'Who joined Turkish forces to besiege Edessa?')).toBeUndefined();
  });

  it('answers when the word follows the rest of the asked name', () => {
    const kings = kb('In 1041 Edward the Confessor returned from exile in Normandy.');
    expect(check(kings, 'When did Edward return from exile?')).toBeUndefined();
  });
});
