/**
 * "How much is that in dollars?" asks a sum in dollars: an amount in pounds is no answer to it, however close it
 * stands to the question's words, and an amount whose currency is not written still may be (`fits.ts`, the
 * lexicon's `currencyNames`).
 */
import { describe, expect, it } from 'vitest';
import { readQuestion } from '../../src/briefing/ask/frame.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { articlePack, askerOf, readingOf } from '../support/article-pack.ts';

const ask = askerOf(
  createKnowledgeBase([
    articlePack(
      'stadium',
      'A football club in Lisbon has agreed to rebuild its stadium with a loan from a state bank.\n\n' +
        'The new stand will cost 48 million euros, the club said on Monday.\n\n' +
        'The loan of $30 million from the bank runs for twenty years.\n\n' +
        'Season tickets will rise to £400 for fans who live abroad.',
      { title: 'Lisbon club to rebuild its stadium' },
    ),
  ]),
);

describe('a question that names the currency of the sum it asks', () => {
  it('reads the currency from "in <currency>" and "how many <currency>"', () => {
    const { lexicon } = readingOf('A sentence.');
    expect(readQuestion('how much is the stand in dollars', lexicon).currency).toBe('dollar');
    expect(readQuestion('wats the stand in usd', lexicon)).toMatchObject({ asks: 'money', currency: 'dollar' });
    expect(readQuestion('how many euros did the stand cost', lexicon)).toMatchObject({
      asks: 'money',
      currency: 'euro',
    });
    expect(readQuestion('how much did the stand cost', lexicon).currency).toBeUndefined();
  });

  it('leaves a weight in pounds a measure', () => {
    const { lexicon } = readingOf('A sentence.');
    expect(readQuestion('how many pounds does the stand weigh', lexicon).currency).toBeUndefined();
  });

  it('is answered by a sum in that currency', () => {
    expect(ask('how much is the stand in euros').card.title).toBe('48 million euros');
    expect(ask('how many dollars is the loan').card.title).toBe('$30 million');
  });

  it('is refused when the only sum near its words is in another currency', () => {
    expect(ask('how much will the stand cost in dollars').card.kind).toBe('not-found');
    expect(ask('how much will the stand cost').card.title).toBe('48 million euros');
  });
});
