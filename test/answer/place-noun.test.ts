/**
 * "Which village was worst hit?" asks a place, and "village" is how the sentence that answers names it ("the
 * village of Castel Ruvo"): the noun stays a light word to find, where "what year" drops its noun (`frame.ts`).
 */
import { describe, expect, it } from 'vitest';
import { readQuestion } from '../../src/briefing/ask/frame.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { articlePack, askerOf, readingOf } from '../support/article-pack.ts';

describe('the noun of a place question', () => {
  it('stays a light word to find; a year question drops its noun', () => {
    const { lexicon } = readingOf('A sentence.');
    const village = readQuestion('which village was worst hit', lexicon).terms.find((t) => t.word === 'village');
    expect(village?.light).toBe(true);
    expect(readQuestion('what year did it open', lexicon).terms.map((t) => t.word)).toEqual(['open']);
  });

  it('finds the sentence that names the place by it', () => {
    const ask = askerOf(
      createKnowledgeBase([
        articlePack(
          'quake',
          'The town of Serrano was badly hit, and its school was closed.\n\n' +
            'The village of Castel Ruvo was badly hit, and its church collapsed.',
          { title: 'Earthquake in Valdoria' },
        ),
      ]),
    );
    expect(ask('which village was badly hit').card.title).toBe('Where: Castel Ruvo');
  });
});
