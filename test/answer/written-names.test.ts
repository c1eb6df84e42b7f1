/**
 * A name of the question that the story never writes whole (written-names.ts): its words are all there, in other
 * names, so the question is well covered, but the article names no such thing and nothing answers.
 */
import { describe, expect, it } from 'vitest';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { articlePack, askerOf, personEntity } from '../support/article-pack.ts';

const ask = askerOf(
  createKnowledgeBase([
    articlePack(
      'game',
      'Twilight Princess received 12 awards in its first year. Games Radar called it the best game of 2006. ' +
        'The island stayed under Western European rule for 380 years. ' +
        'Dr. Madeline Swann was kidnapped by Hinx on the train. ' +
        'Ocarina of Time was released in 1998, two years after Midna first appeared. ' +
        'Kerry last met Putin in Sochi in May.',
      {
        title: 'Twilight Princess',
        entities: [
          personEntity('swann', 'Madeline Swann', [1]),
          { ...personEntity('kerry', 'John Kerry', [1]), aliases: ['Kerry'] },
          { ...personEntity('putin', 'Vladimir Putin', [1]), aliases: ['Putin'] },
        ],
      },
    ),
  ]),
);

describe('names the story never writes whole', () => {
  it('answers a name the story writes, and refuses one made of words from two of its names', () => {
    expect(JSON.stringify(ask('How many awards did Twilight Princess receive?').card)).toContain('12 awards');
    expect(ask('How many awards did Radar Princess receive?').found).toBe(false);
  });

  it('reads a name with "of" in it whole: "Midna of Time" is no name the story writes', () => {
    expect(ask('When was Ocarina of Time released?').found).toBe(true);
    expect(ask('When was Midna of Time released?').found).toBe(false);
  });

  it('reads two of the story\'s people side by side as two people: "the last Kerry Putin meeting"', () => {
    expect(ask('Where was the last Kerry Putin meeting?').found).toBe(true);
  });

  it('finds a name in a longer form of its words, as a place in its adjective', () => {
    expect(ask('How long did Western Europe rule the island?').found).toBe(true);
  });

  it('leaves out a title before the name, and reads a capitalised verb as the verb it is', () => {
    expect(ask('Who kidnapped Dr Swann?').found).toBe(true);
    expect(ask('Who did Hinx Kidnap?').found).toBe(true);
  });
});
