/**
 * "Who was the lead researcher?" asks a person's name: a noun of what a person is (the lexicon's `personRoles`)
 * keeps the university or trust the sentence also names from answering (`fits.ts`).
 */
import { describe, expect, it } from 'vitest';
import { asksByRole } from '../../src/briefing/ask/fits.ts';
import { readQuestion } from '../../src/briefing/ask/frame.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { articlePack, askerOf, readingOf } from '../support/article-pack.ts';

const ask = askerOf(
  createKnowledgeBase([
    articlePack(
      'study',
      'A daily walk of 7,000 steps is linked to a lower risk of dementia, a study has found.\n\n' +
        'The lead researchers of the study at the University of Porto published it on Monday.',
      {
        title: 'Walking linked to lower dementia risk',
        entities: [
          {
            id: 'porto',
            name: 'University of Porto',
            kind: 'organisation',
            aliases: [],
            summary: 'A university.',
            paragraphs: [3],
          },
        ],
      },
    ),
  ]),
);

describe('a question about a person by their role', () => {
  it('is read from a noun of what a person is', () => {
    const { lexicon } = readingOf('A sentence.');
    expect(asksByRole(readQuestion('who was the lead researcher', lexicon))).toBe(true);
    expect(asksByRole(readQuestion('who paid for the telescope', lexicon))).toBe(false);
  });

  it('is not answered by the body a sentence names', () => {
    expect(ask('who was the lead researcher on the study').card.kind).toBe('not-found');
  });
});
