/**
 * The headline names the answer ("Who: Matteo Brandt"): of the sentence's mentions the
 * question accepts, one of the best type (a person before any other name for "who"), then the
 * one nearest the question's words (`span.ts`); a person called by part of their name is named
 * in full (`card.ts`).
 */
import { describe, expect, it } from 'vitest';
import { answerReply } from '../../src/briefing/ask/answer.ts';
import { manualClock } from '../../src/core/clock.ts';
import { memoryContinuations } from '../../src/core/continuations.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { articlePack, personEntity } from '../support/article-pack.ts';

const person = (id: string, name: string) => personEntity(id, name, [2], 'A player.');
const club = (id: string, name: string) => ({
  id,
  name,
  kind: 'organisation',
  aliases: [],
  summary: 'A club.',
  paragraphs: [2],
});

const kb = createKnowledgeBase([
  articlePack('final', 'Harlow Vale lost the final to Ferrisby Athletic after a late goal by striker Matteo Brandt.', {
    title: 'Cup final',
    entities: [
      club('harlow-vale', 'Harlow Vale'),
      club('ferrisby', 'Ferrisby Athletic'),
      person('brandt', 'Matteo Brandt'),
    ],
  }),
  articlePack(
    'ruling',
    'Ashworth District Council approved 320 homes beside the River Hadden, which flooded in 2020.',
    {
      title: 'Housing ruling',
      entities: [
        club('ashworth', 'Ashworth District Council'),
        { ...club('hadden', 'River Hadden'), kind: 'place', summary: 'A river.' },
      ],
    },
  ),
  articlePack(
    'derailment',
    'At least seven people were killed and 64 injured when an intercity train derailed near the town of Sedziszow ' +
      'in Poland on Thursday evening.',
    { title: 'Train derails' },
  ),
  articlePack('studio', 'Staff were told by email. "This is the hardest decision I have made," Ms Vesey wrote.', {
    title: 'Studio to close',
    entities: [{ ...person('vesey', 'Rhiannon Vesey'), aliases: ['Ms Vesey'] }],
  }),
]);
const ask = (question: string) =>
  answerReply({ kb, question, page: 1, continuations: memoryContinuations(manualClock(new Date('2024-03-05'))) });

describe('the answer in the headline', () => {
  it('names the person for "who", though a club stands nearer the question\'s words', () => {
    expect(ask('who got the goal in the final?').card.title).toBe('Who: Matteo Brandt');
  });

  it('names the name that holds the noun asked for ("which river" → "River Hadden"), not a council', () => {
    expect(ask('which river flooded in 2020?').card.title).toBe('River Hadden');
  });

  it('counts what the question asks in its own clause: "how many died" is not "64 injured"', () => {
    expect(ask('how many died?').card.title).toBe('At least seven');
  });

  it('places the answer by the asking clause, not by a preamble naming the story ("the crash?? how many…")', () => {
    expect(ask('did u hear about the train crash in poland?? how many died').card.title).toBe('At least seven');
  });

  it('gives the full name of the person a sentence calls by title and surname', () => {
    const reply = ask('who made the hardest decision?');
    expect(reply.card.title).toBe('Who: Rhiannon Vesey');
    // The quote stays as the article writes it.
    expect(JSON.stringify(reply.card.blocks)).toContain('Ms Vesey wrote');
  });
});
