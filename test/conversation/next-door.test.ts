/**
 * A follow-up's answer goes on from what was just said: in a conversation's story, a sentence whose other words
 * of the question stand in the sentence beside it ("Bluewake ordered two electric boats … The order cost £12
 * million.") ranks before one elsewhere that repeats more of the question's words about something else
 * (`story-prior.ts`).
 */
import { describe, expect, it } from 'vitest';
import { rankCandidates } from '../../src/briefing/ask/answer.ts';
import { readQuestion } from '../../src/briefing/ask/frame.ts';
import { retrieve } from '../../src/briefing/ask/retrieve.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { articlePack } from '../support/article-pack.ts';

const kb = createKnowledgeBase([
  articlePack(
    'ferry',
    'A new ferry service between Harwick and Stenby began carrying passengers on Monday.\n\n' +
      'The operator, Bluewake, ordered two electric boats from a yard in Gdansk in 2023. ' +
      'The order cost £12 million.\n\n' +
      'The crossing takes 40 minutes, and the first boat left Harwick at 6am.\n\n' +
      'The council said the old diesel boats on the route, which were sold last year, had cost about £3 million a ' +
      'year to keep running.\n\n' +
      'About 1,200 people used the service on its first day.',
    { title: 'Harwick to Stenby ferry opens' },
  ),
]);

/** The sentences holding a sum, best first, for the question asked after an answer at sentence `at`. */
function sums(question: string, at: number | undefined): string[] {
  const index = kb.reading!;
  const frame = readQuestion(question, index.lexicon);
  const last = at === undefined ? undefined : { pack: 'ferry', at };
  return rankCandidates(index, frame, { ...retrieve(index, frame), last })
    .filter((r) => r.candidate.answers.length > 0)
    .map((r) => r.candidate.reading.sentence.text);
}

describe('a follow-up whose words stand beside its answer', () => {
  const question = 'how much did the electric boats cost';

  it('ranks first the sentence that goes on from them, in the conversation’s story', () => {
    expect(sums(question, 2)[0]).toBe('The order cost £12 million.');
  });

  it('asked with no conversation, goes by the words the sentences hold', () => {
    expect(sums(question, undefined)[0]).toMatch(/^The council said the old diesel boats/);
  });
});
