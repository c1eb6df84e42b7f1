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

describe("an event's place", () => {
  it('is no answer to a "where" question that names it', () => {
    const event = {
      id: 'fall',
      title: 'Meteorite falls near Paso de las Toscas in Uruguay',
      date: '2024-03-01',
      precision: 'day',
      phrase: 'on Friday',
      place: 'Uruguay',
      participants: [],
      summary: 'A meteorite fell in Uruguay on Friday.',
      paragraphs: [2],
    };
    const ask = askerOf(
      createKnowledgeBase([
        articlePack(
          'fall',
          'A meteorite fell in Uruguay on Friday, the first recorded fall in the country.\n\n' +
            'It landed in a field near Paso de las Toscas, north-east of Tacuarembó.',
          { title: 'Meteorite falls in Uruguay', events: [event] },
        ),
      ]),
    );
    expect(ask('where did the meteorite fall').card.title).toBe('Where: Uruguay');
    expect(ask('a meteorite fell in uruguay, where did it fall?').card.title).not.toBe('Where: Uruguay');
  });
});
