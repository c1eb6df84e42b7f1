/**
 * Amounts in any currency are money: the model types "500 euros" itself, but "150,000 pesos",
 * "14 million soles" or "50 Swiss francs" come out as bare numbers, and a "how much" question
 * about them then finds no amount of money and is refused.
 */
import { describe, expect, it } from 'vitest';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { renderText } from '../../src/render/text.ts';
import { articlePack, askerOf, mentionTexts } from '../support/article-pack.ts';

describe('currencies', () => {
  it('reads a currency word after the number as money, with a name between them', () => {
    expect(mentionTexts('Families can claim up to 150,000 pesos each.', 'money')).toEqual(['150,000 pesos']);
    expect(mentionTexts('The museum will cost 14 million soles.', 'money')).toEqual(['14 million soles']);
    expect(mentionTexts('Tickets cost 50 Swiss francs.', 'money')).toEqual(['50 Swiss francs']);
    expect(mentionTexts('She earned 40,000 kronor, not 412 pence.', 'money')).toEqual(['40,000 kronor', '412 pence']);
    expect(mentionTexts('Some 300 people gathered in the square.', 'money')).toEqual([]);
    // The world's currencies, not only the commonest: rials, maloti, drams, leones, somoni.
    expect(mentionTexts('OWPC will pay about 0.23 rials a cubic metre.', 'money')).toEqual(['about 0.23 rials']);
    expect(mentionTexts('A shearer is paid about 8 maloti a sheep.', 'money')).toEqual(['about 8 maloti']);
    expect(mentionTexts('Ministries paid 620 million drams a year.', 'money')).toEqual(['620 million drams']);
  });

  it('answers "how much" with an amount in pesos', () => {
    const ask = askerOf(
      createKnowledgeBase([
        articlePack(
          'blackout',
          [
            'A fire at a substation cut power to 310,000 homes in Valparaíso on Monday.',
            'The governor said families who lost food could claim up to 150,000 pesos in compensation.',
          ].join('\n\n'),
          { title: 'Substation fire leaves Valparaíso in the dark' },
        ),
      ]),
    );
    const reply = ask('how much compensation can families get?');
    expect(reply.found).toBe(true);
    expect(renderText(reply).split('\n')[0]).toBe('Up to 150,000 pesos');
  });
});
