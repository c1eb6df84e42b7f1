/**
 * Mentions the model leaves untyped (src/knowledge/untyped.ts), and the "how much" questions
 * they answer, amounts keyed by their value, and "what" with a noun of money.
 */
import { describe, expect, it } from 'vitest';
import { readQuestion } from '../../src/briefing/ask/frame.ts';
import { buildLexicon, GENERAL_LEXICON } from '../../src/knowledge/lexicon/lexicon.ts';
import { parse } from '../../src/knowledge/nlp.ts';
import { keysOf, mentionsOf, type MentionType } from '../../src/knowledge/reading.ts';

const typed = (text: string, type: MentionType) => {
  const { tokens, spans } = parse(text);
  return mentionsOf(tokens, spans)
    .filter((m) => m.type === type)
    .map((m) => m.text);
};

describe('untyped mentions', () => {
  it('reads decades and centuries as dates, however the model tags them', () => {
    expect(typed('In the 1050s, Herve served as a general.', 'date')).toEqual(['1050s']);
    expect(typed('They ruled in the 10th and 11th centuries.', 'date')).toEqual(['10th and 11th centuries']);
    expect(typed('It was built in the twelfth century.', 'date')).toEqual(['twelfth century']);
  });

  it('reads fractions that give a share as percentages, and ordinals as none', () => {
    expect(typed('Ridership has fallen by a third since 2019.', 'percent')).toEqual(['a third']);
    expect(typed('Almost half of the site is at risk.', 'percent')).toEqual(['half']);
    expect(typed('Two-thirds of voters agreed and three quarters said no.', 'percent')).toEqual([
      'Two-thirds',
      'three quarters',
    ]);
    expect(typed('She won for a third time in the second half of the season.', 'percent')).toEqual([]);
  });

  it('still reads clock times and seasons', () => {
    expect(typed('Service was restored at 15:51.', 'time')).toEqual(['15:51']);
    expect(typed('The work ends by the spring.', 'date')).toEqual(['the spring']);
  });

  it('reads a time to the second as a race writes it ("won in 2:07:41") as a time', () => {
    expect(typed('Daniel Kiprono won in 2:07:41, one second ahead.', 'time')).toEqual(['2:07:41']);
  });
});

describe('"how much" without a word of money', () => {
  const lexicon = buildLexicon(GENERAL_LEXICON);
  const accepts = (q: string) => readQuestion(q, lexicon).accepts;

  it('may be answered by a share', () => {
    expect(accepts('how much has ridership dropped?')).toEqual(['money', 'percent', 'number']);
  });

  it('but a verb of money asks for a sum, which a bare count is not', () => {
    expect(accepts('how much is the chief executive paid?')).toEqual(['money']);
    expect(accepts('How much money did the EU put in?')).toEqual(['money']);
  });
});

describe('amounts in figures', () => {
  const lexicon = buildLexicon(GENERAL_LEXICON);
  const keys = (text: string) => keysOf(parse(text).tokens, lexicon).keys;

  it('key an amount by its value, however its scale is written', () => {
    expect(keys('under £10k')).toEqual(keys('below £10,000'));
    expect(keys('a £2.1m grant')).toEqual(keys('a £2.1 million grant'));
    expect(keys('1.5bn')).toEqual(['1500000000']);
  });

  it('read "m" as millions only after a currency sign', () => {
    expect(keys('a 40m wall')).toEqual(['40', 'wall']);
  });
});

describe('"what" with a noun of money', () => {
  const lexicon = buildLexicon(GENERAL_LEXICON);
  const frame = (q: string) => readQuestion(q, lexicon);

  it('reads the noun past an owner, and asks for a sum', () => {
    expect(frame("What is Fiona Adeyemi's price target?").accepts).toEqual(['money']);
    expect(frame('what is their salary?').asks).toBe('money');
    expect(frame('What was the price?').accepts).toEqual(['money']);
  });

  it('leaves other nouns past an owner untyped', () => {
    expect(frame("What was the Normans' religion?").asks).toBe('thing');
  });
});
