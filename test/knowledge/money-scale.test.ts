/**
 * "£18.4m", "$5k": the tokenizer leaves the scale a token of its own after the amount. The
 * money mention takes it in, so a card says "£18.4m", never "£18.4".
 */
import { describe, expect, it } from 'vitest';
import { answerReply } from '../../src/briefing/ask/answer.ts';
import { manualClock } from '../../src/core/clock.ts';
import { memoryContinuations } from '../../src/core/continuations.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { articlePack, mentionTexts } from '../support/article-pack.ts';

const text =
  'The retailer reported a pre-tax loss of £18.4m. It agreed a new £60m facility and spent $5k, or £2.1 million.';

describe('the scale of an amount of money', () => {
  it('is part of the money mention, at the end of a sentence too', () => {
    const money = mentionTexts(text, 'money');
    expect(money).toEqual(['£18.4m', '£60m', '$5k', '£2.1 million']);
  });

  it('heads the answer card in full', () => {
    const kb = createKnowledgeBase([articlePack('shop', text, { title: 'Retailer results' })]);
    const continuations = memoryContinuations(manualClock(new Date('2024-03-05')));
    const reply = answerReply({ kb, question: 'how big was the pre-tax loss?', page: 1, continuations });
    expect(reply.card.title).toBe('£18.4m');
  });
});
