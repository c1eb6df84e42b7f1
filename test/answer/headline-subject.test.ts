/**
 * The first name of the headline is what the whole article is about: "the company" in its
 * sentences is Corvane, so "who's corvane's CEO?" is answered by "Chief executive Marianne
 * Delacroix said the company …", which never writes the name.
 */
import { describe, expect, it } from 'vitest';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { articlePack, bestFor } from '../support/article-pack.ts';

const body =
  'Pre-tax profit rose 18% to £214.6 million in the year to September. ' +
  'Chief executive Marianne Delacroix said the company had done what it said it would do. ' +
  'The deal values Vandermeer at £90 million.';
const index = createKnowledgeBase([
  articlePack('corvane', body, { title: 'Corvane Logistics profit rises as it buys Dutch rival Vandermeer' }),
]).reading!;

describe('the subject of the headline', () => {
  it('is known in every sentence of its article', () => {
    const { top, refused } = bestFor(index, "who's corvane's CEO?");
    expect(refused).toBeUndefined();
    expect(top.reading.sentence.text).toContain('Marianne Delacroix');
  });

  it('is the headline’s first name only: another name in it is no subject of every sentence', () => {
    expect(bestFor(index, "who's vandermeer's CEO?").refused).toBeDefined();
  });
});
