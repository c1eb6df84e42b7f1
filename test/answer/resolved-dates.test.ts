/**
 * An article says "next year" or "in March"; a reader asks about 2016. The pack resolved each
 * date phrase when it was drafted, so the sentence that holds the phrase holds its year and
 * month too (stage 1, `read-pack.ts`), and a question's year is found there.
 */
import { describe, expect, it } from 'vitest';
import { answerReply } from '../../src/briefing/ask/answer.ts';
import { manualClock } from '../../src/core/clock.ts';
import { memoryContinuations } from '../../src/core/continuations.ts';
import { splitParagraphs } from '../../src/knowledge/article.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { Pack } from '../../src/knowledge/schema.ts';
import { renderText } from '../../src/render/text.ts';

const text =
  'Peace talks planned\n\nEnvoys met in Geneva on Monday to prepare the ground.\n\n' +
  'Negotiations between President Ana Soto and General Marek Vel are due to begin next year.\n\n' +
  'A review of the ceasefire will follow in a few months.\n\n' +
  'A review of the prisoner exchange will follow in the autumn.';
const data = Pack.parse({
  id: 'talks',
  title: 'Peace talks planned',
  published: '2015-12-15',
  source: 'test',
  timezone: 'UTC',
  summary: 'A test article.',
  events: [
    {
      id: 'negotiations',
      title: 'Negotiations begin',
      date: '2016',
      precision: 'year',
      phrase: 'next year',
      summary: 'Negotiations are due to begin next year.',
      paragraphs: [3],
    },
    {
      id: 'review',
      title: 'Ceasefire review',
      date: '2016-05',
      precision: 'month',
      phrase: 'in a few months',
      summary: 'A review of the ceasefire will follow in a few months.',
      paragraphs: [4],
    },
    {
      id: 'exchange-review',
      title: 'Prisoner exchange review',
      date: '2016-09',
      precision: 'month',
      phrase: 'in the autumn',
      summary: 'A review of the prisoner exchange will follow in the autumn.',
      paragraphs: [5],
    },
  ],
});
const kb = createKnowledgeBase([{ id: 'talks', data, paragraphs: splitParagraphs(text), dir: '.' }]);
const ask = (question: string) =>
  answerReply({ kb, question, page: 1, continuations: memoryContinuations(manualClock(new Date('2015-12-16'))) });

describe('date phrases resolved to their year', () => {
  it('finds "next year" for a question about 2016', () => {
    const reply = ask('who will negotiate in 2016?');
    expect(reply.found).toBe(true);
    expect(renderText(reply)).toContain('due to begin next year');
  });

  it('finds a month by its name, "May" too', () => {
    const reply = ask('will the ceasefire review be in May?');
    expect(reply.found).toBe(true);
    expect(renderText(reply)).toContain('in a few months');
    // The exchange's review is dated September: "May", as a month, is a word it must hold.
    expect(ask('will the prisoner exchange review be in May?').found).toBe(false);
  });

  it('does not take "next year" for another year', () => {
    expect(ask('who will negotiate in 2019?').found).toBe(false);
  });
});
