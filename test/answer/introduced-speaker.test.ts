/**
 * "What did the old teacher in Rezekne say?": the sentence that says who she is says nothing, and the next one in
 * its paragraph is her words ('"…," she said.'). That one answers, the introduction quoted after it
 * (`answer.ts` introducedSpeaker); a sentence with no one speaking after it is still no answer.
 */
import { describe, expect, it } from 'vitest';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { renderText } from '../../src/render/text.ts';
import { articlePack, askerOf, personEntity } from '../support/article-pack.ts';

const ask = askerOf(
  createKnowledgeBase([
    articlePack(
      'paper',
      'Latvia’s oldest daily newspaper will stop printing at the end of December.\n\n' +
        'Velta Zarina, 79, a retired teacher in Rezekne, has taken the paper every day since 1991. ' +
        '"I read it with my coffee, then it goes under the potatoes," she said.\n\n' +
        'Janis Ozols, 45, a fisherman in Liepaja, has never bought it.',
      {
        title: 'Latvian daily to stop printing',
        entities: [personEntity('velta-zarina', 'Velta Zarina', [3]), personEntity('janis-ozols', 'Janis Ozols', [4])],
      },
    ),
  ]),
);

describe('a speaker the question describes', () => {
  it('is answered by her words in the sentence after the one that says who she is', () => {
    const reply = ask('what did the retired teacher in rezekne say?');
    expect(reply.found).toBe(true);
    const quotes = reply.card.blocks.flatMap((b) => (b.type === 'quote' ? [b.text] : []));
    expect(quotes[0]).toMatch(/goes under the potatoes/);
    expect(quotes).toContain(
      'Velta Zarina, 79, a retired teacher in Rezekne, has taken the paper every day since 1991.',
    );
  });

  it('is refused when nobody speaks after the sentence that describes him', () => {
    expect(renderText(ask('what did the fisherman in liepaja say?'))).toMatch(/not in the briefing/);
  });
});
