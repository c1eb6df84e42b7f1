/**
 * "What time …" asks for a clock time: "2.15pm" written on is read as one (the model splits it
 * into "2 . 15pm"), a sentence holding one answers before a sentence holding only a day, and the
 * card shows it as the article writes it.
 */
import { describe, expect, it } from 'vitest';
import { answerReply } from '../../src/briefing/ask/answer.ts';
import { readQuestion } from '../../src/briefing/ask/frame.ts';
import { manualClock } from '../../src/core/clock.ts';
import { memoryContinuations } from '../../src/core/continuations.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { articlePack, readingOf } from '../support/article-pack.ts';

describe('clock times', () => {
  it('reads "2.15pm" and "11.30am" as clock times', () => {
    const [, reading] = readingOf('The fire was first reported at 2.15pm and the road shut at 11.30am.').ofPack('p');
    const times = reading!.mentions.filter((m) => m.type === 'time').map((m) => m.text);
    expect(times).toEqual(['2.15 pm', '11.30 am']);
  });

  it('"what time" takes a clock time before a day', () => {
    const index = readingOf('x');
    expect(readQuestion('what time was the fire reported?', index.lexicon).accepts).toEqual(['time', 'date']);
    expect(readQuestion('when was the fire reported?', index.lexicon).accepts).toEqual(['date', 'time']);
  });

  it('answers with the clock time, headed and in bold as the article writes it', () => {
    const kb = createKnowledgeBase([
      articlePack(
        'fire',
        'Crews said on Tuesday that the moorland fire had spread overnight. ' +
          'The fire service said the fire was first reported at 2.15pm near the car park.',
        { title: 'Moorland fire spreads' },
      ),
    ]);
    const reply = answerReply({
      kb,
      question: 'what time was the fire first reported?',
      page: 1,
      continuations: memoryContinuations(manualClock(new Date())),
    });
    expect(reply.card.title).toBe('When: 2.15pm');
    expect(reply.card.blocks[0]).toMatchObject({ type: 'quote', highlight: '2.15pm' });
  });

  it('a sentence giving the clock time answers before an event the pack dates by the day', () => {
    const event = {
      id: 'fire-reported',
      title: 'The fire is first reported',
      date: '2024-03-05',
      precision: 'day',
      phrase: 'on Tuesday',
      summary: 'The fire was first reported on Tuesday.',
      paragraphs: [2],
    };
    const body =
      'The moorland fire was first reported on Tuesday, the fire service said.\n\n' +
      'A walker first reported the fire at 2.15pm from the car park.';
    const ask = (question: string, events: object[]) =>
      answerReply({
        kb: createKnowledgeBase([articlePack('fire', body, { title: 'Moorland fire spreads', events })]),
        question,
        page: 1,
        continuations: memoryContinuations(manualClock(new Date())),
      }).card.title;
    expect(ask('when was the fire first reported?', [event])).toBe('When: Tuesday 5 March 2024');
    expect(ask('what time was the fire first reported?', [event])).toBe('When: 2.15pm');
  });
});
