/**
 * A word's weight within its own article: in an article that names the Gaula in every sentence,
 * "the Gaula" tells its sentences apart no more than "the" does, and the question's other name
 * chooses among them.
 */
import { describe, expect, it } from 'vitest';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { readQuestion } from '../../src/briefing/ask/frame.ts';
import { localWeights } from '../../src/briefing/ask/local.ts';
import { retrieve } from '../../src/briefing/ask/retrieve.ts';
import { articlePack, bestFor } from '../support/article-pack.ts';

const body = [
  'The Gaula closed on Tuesday.',
  'Anglers on the Gaula caught 310 fish in June.',
  'Owners on the Orkla lost 2.4 million kroner in July.',
  'Owners on the Gaula lost 900,000 kroner in July, the owners of the Gaula said.',
  'The Gaula had its lowest return since 1993.',
  'The Gaula will reopen in 2028.',
].join('\n\n');
const index = createKnowledgeBase([articlePack('rivers', body, { title: 'Rivers' })]).reading!;

describe('a word weighed within its own article', () => {
  it('keeps its whole weight in one sentence and loses most of it in every one', () => {
    const { terms } = retrieve(index, readQuestion('what did the gaula and the orkla lose', index.lexicon));
    const [gaula, orkla] = ['gaula', 'orkla'].map((w) => terms.findIndex((t) => t.word.toLowerCase() === w));
    const weights = localWeights(index, terms, ['rivers']).get('rivers')!;
    expect(weights[orkla!]).toBe(1);
    expect(weights[gaula!]).toBeLessThan(0.8);
    // A pack that holds neither leaves them as they are.
    expect(localWeights(index, terms, ['elsewhere']).get('elsewhere')).toEqual(terms.map(() => 1));
  });

  it('lets the name the article rarely says choose the sentence', () => {
    const { top, refused } = bestFor(index, 'how much did owners on the orkla and the gaula lose');
    expect(refused).toBeUndefined();
    expect(top.reading.sentence.text).toContain('2.4 million kroner');
  });
});
