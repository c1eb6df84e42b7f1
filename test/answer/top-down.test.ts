/**
 * News puts its main facts first: a question asked on its own, between two sentences that answer it about as
 * well, is answered from the one nearer the top of its story (`story-prior.ts` UNREAD).
 */
import { describe, expect, it } from 'vitest';
import { rankCandidates } from '../../src/briefing/ask/answer.ts';
import { readQuestion } from '../../src/briefing/ask/frame.ts';
import { retrieve } from '../../src/briefing/ask/retrieve.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { articlePack } from '../support/article-pack.ts';

const kb = createKnowledgeBase([
  articlePack(
    'pool',
    'The Harbury lido reopened on Saturday after a £2 million repair, the town council said.\n\n' +
      'About 400 swimmers came on the first day.\n\n' +
      'The pool was built in 1936 and closed in 2019.\n\n' +
      'Volunteers painted the changing rooms.\n\n' +
      'A cafe will open next spring.\n\n' +
      'The old diving board was sold for £2,000.\n\n' +
      'The lido reopened once before, in 1990.',
    { title: 'Harbury lido reopens' },
  ),
]);

describe('a question asked on its own', () => {
  it('is answered from the sentence nearer the top of the story, when two answer it about as well', () => {
    const index = kb.reading!;
    const frame = readQuestion('when did the lido reopen', index.lexicon);
    const ranked = rankCandidates(index, frame, retrieve(index, frame)).filter((r) => r.candidate.answers.length > 0);
    expect(ranked[0]!.candidate.reading.sentence.text).toMatch(/^The Harbury lido reopened on Saturday/);
  });
});
