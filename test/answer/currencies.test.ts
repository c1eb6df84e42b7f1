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

  it("reads a country's own sign before the number as money, and a lone letter only before a sum", () => {
    expect(mentionTexts('The wage rises from MK90,000 to MK126,000 a month.', 'money')).toEqual([
      'MK90,000',
      'MK126,000',
    ]);
    expect(mentionTexts('She has spent P600 on water, and fares are KSh 4,000.', 'money')).toEqual([
      'P600',
      'KSh 4,000',
    ]);
    expect(mentionTexts('The plant cost R1.2 billion.', 'money')).toEqual(['R1.2 billion']);
    expect(mentionTexts('The G7 leaders flew over K2.', 'money')).toEqual([]);
  });

  it('answers "how much" with an amount in Malawian kwacha written "MK"', () => {
    const ask = askerOf(
      createKnowledgeBase([
        articlePack(
          'wage',
          [
            'Malawi will raise its national minimum wage by 40%, from MK90,000 to MK126,000 a month.',
            'Unions had asked for MK150,000.',
            'At about MK1,750 to the US dollar, the new minimum is worth about $72 a month.',
          ].join('\n\n'),
          { title: 'Malawi raises minimum wage' },
        ),
      ]),
    );
    const reply = ask('how much is the minimum wage going up to?');
    expect(reply.found).toBe(true);
    // The end of the range asked: "up to" the new minimum, not "from" the old one.
    expect(renderText(reply).split('\n')[0]).toBe('MK126,000');
    expect(renderText(ask('the minimum wage is going up from how much?')).split('\n')[0]).toBe('MK90,000');
    // Asked in dollars, a sum in kwacha is no answer, with a word between "in" and "dollars" too.
    expect(renderText(ask('what is the new minimum worth in actual dollars?')).split('\n')[0]).toBe('About $72');
  });
});
