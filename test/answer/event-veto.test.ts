/**
 * An event the pack dates answers "when/where was X" directly, but not when its own sentence
 * says the opposite of the question or gives the roles the other way round: then the ranked
 * pipeline, and its refusals, decide.
 */
import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../src/knowledge/article.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { Pack } from '../../src/knowledge/schema.ts';
import { askerOf } from '../support/article-pack.ts';

const text =
  'Water charges\n\nThe new tariff replaces the flat charge of £1.92 per cubic metre that has applied since 2014.';
const data = Pack.parse({
  id: 'water',
  title: 'Water charges',
  published: '2024-03-04',
  source: 'test',
  timezone: 'UTC',
  summary: 'A test article.',
  events: [
    {
      id: 'flat-charge',
      title: 'Flat water charge applied',
      date: '2014',
      precision: 'year',
      phrase: 'since 2014',
      summary: 'The flat charge of £1.92 per cubic metre has applied since 2014.',
      paragraphs: [2],
    },
  ],
});
const kb = createKnowledgeBase([{ id: 'water', data, paragraphs: splitParagraphs(text), dir: '.' }]);
const ask = askerOf(kb);

describe('event answers and sentence refusals', () => {
  it('answers from the event when its sentence agrees with the question', () => {
    expect(ask('What flat water charge per cubic metre has applied since 2014?').found).toBe(true);
  });

  it('does not answer from the event when its sentence says the opposite ("before" against "since")', () => {
    expect(ask('What was the flat water charge per cubic metre before 2014?').found).toBe(false);
  });
});

const royal = 'Scotland\n\nMalcolm married Margaret, the sister of Edgar, in 1070.';
const wedding = Pack.parse({
  id: 'royal',
  title: 'Scotland',
  published: '2024-03-04',
  source: 'test',
  timezone: 'UTC',
  summary: 'A test article.',
  events: [
    {
      id: 'wedding',
      title: 'Malcolm married Margaret',
      date: '1070',
      precision: 'year',
      phrase: 'in 1070',
      summary: 'Malcolm married Margaret, the sister of Edgar, in 1070.',
      paragraphs: [2],
    },
  ],
});
const askRoyal = askerOf(
  createKnowledgeBase([{ id: 'royal', data: wedding, paragraphs: splitParagraphs(royal), dir: '.' }]),
);

describe('event answers to "when" and the roles their sentence gives', () => {
  it('answers "when" from the event when the roles agree', () => {
    expect(askRoyal('When did Malcolm marry Margaret?').found).toBe(true);
  });

  it('does not answer from the event when its sentence gives the roles the other way round', () => {
    expect(askRoyal('When did Margaret marry Edgar?').found).toBe(false);
  });
});
