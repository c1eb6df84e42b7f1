/**
 * The English model tags "lives" after "who" as the plural of "life", so "where does she live"
 * never met "Maria Antunes, 81, who lives on a narrow street in the Bonfim district".
 */
import { describe, expect, it } from 'vitest';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { parse } from '../../src/knowledge/nlp.ts';
import { articlePack, bestFor } from '../support/article-pack.ts';

describe('a verb in "-s" after its subject', () => {
  it('is the verb, not an irregular plural, after "who", "he", "she" or "it"', () => {
    const { tokens } = parse('Antunes, who lives in Bonfim, said she leaves at dawn to save lives.');
    const at = (text: string) => tokens.filter((t) => t.text === text).map((t) => [t.pos, t.lemma]);
    expect(at('lives')[0]).toEqual(['VERB', 'live']);
    // A plural that follows no subject stays the noun's.
    expect(at('lives')[1]).toEqual(['NOUN', 'life']);
  });

  it('meets the question that asks with the verb', () => {
    const text = [
      'Maria Antunes, 81, who lives on a narrow street in the Bonfim district, stayed indoors.',
      'Researchers who live in Porto said they found the city hot.',
    ].join('\n\n');
    const index = createKnowledgeBase([articlePack('heat', text, { title: 'Heat' })]).reading!;
    const { top, refused } = bestFor(index, 'which part of porto does antunes live in');
    expect(refused).toBeUndefined();
    expect(top.reading.sentence.text).toContain('Bonfim');
  });
});
