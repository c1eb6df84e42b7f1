/**
 * The card bolds the whole answer its sentence writes, not the piece the language model split off
 * (`whole-answer.ts`): a weekday with its date, a clock time with its day, a list of names, a part of a whole,
 * a number with its unit and its hedge. And "what time" is answered by the clock time, not a part of the day
 * (`span.ts`).
 */
import { describe, expect, it } from 'vitest';
import { answerReply } from '../../src/briefing/ask/answer.ts';
import { wholeAnswer } from '../../src/briefing/ask/whole-answer.ts';
import { manualClock } from '../../src/core/clock.ts';
import { memoryContinuations } from '../../src/core/continuations.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import type { Reply } from '../../src/core/reply.ts';
import { articlePack, readingOf } from '../support/article-pack.ts';

/** The mention of `text` (and `type`) in the one sentence of `body`, grown to its whole answer. */
function grown(body: string, text: string, type: string): string {
  const reading = readingOf(body)
    .ofPack('p')
    .find((r) => r.mentions.some((m) => m.text === text && m.type === type));
  const mention = reading?.mentions.find((m) => m.text === text && m.type === type);
  if (!reading || !mention) throw new Error(`no ${type} mention "${text}" in: ${body}`);
  return wholeAnswer(reading, mention).text;
}

describe('the whole answer around a mention', () => {
  it('gives a weekday its date, as written', () => {
    expect(grown('The plan returns to the committee on Wednesday 3 February.', 'Wednesday', 'date')).toBe(
      'Wednesday 3 February',
    );
  });

  it('gives a clock time its day', () => {
    expect(grown('He was not reported missing until 7.15pm on Saturday, police said.', 'Saturday', 'date')).toBe(
      '7.15pm on Saturday',
    );
  });

  it('gives a bare number its unit', () => {
    expect(grown('Pavements were on average 4.1C hotter than on the leafiest streets.', '4.1', 'number')).toBe('4.1C');
  });

  it('keeps the words that say an amount is not exact', () => {
    expect(grown('The app test costs less than £2 to run.', '£2', 'money')).toBe('less than £2');
    expect(grown('The debate lasted almost nine hours.', 'nine hours', 'duration')).toBe('almost nine hours');
  });

  it('reads a part of a whole, a share and a result as one answer', () => {
    expect(grown('The retailer is to close 14 of its 96 stores next year.', '96', 'number')).toBe('14 of its 96');
    expect(grown('The app picked up nine out of ten cases of hearing loss.', 'ten', 'number')).toBe('nine out of ten');
    expect(grown('The committee voted seven to four to defer a decision.', 'seven', 'number')).toBe('seven to four');
  });

  it('leaves a mention that stands alone as it is, and a date inside a span of time', () => {
    expect(grown('The plan returns to the committee on Wednesday, officials said.', 'Wednesday', 'date')).toBe(
      'Wednesday',
    );
    expect(grown('Barbecues have been banned on the moors since 2022.', '2022', 'date')).toBe('2022');
  });
});

const kb = createKnowledgeBase([
  articlePack(
    'parade',
    'The club has announced an open-top bus parade for Sunday afternoon, leaving its Brookside ground at 2pm.',
    { title: 'Cup parade' },
  ),
  articlePack('terminal', 'The ferry terminal plan is expected to return to the committee on Wednesday 3 February.', {
    title: 'Terminal plan',
  }),
]);
const ask = (question: string) =>
  answerReply({ kb, question, page: 1, continuations: memoryContinuations(manualClock(new Date('2024-03-05'))) });
const bold = (reply: Reply) => reply.card.blocks.find((b) => b.type === 'quote' && b.highlight);

describe('the answer in bold on the card', () => {
  it('bolds the weekday with its date', () => {
    expect(bold(ask('when does the terminal plan come back to committee?'))).toMatchObject({
      highlight: 'Wednesday 3 February',
    });
  });

  it('answers "what time" with the clock time, not the part of the day', () => {
    const reply = ask('what time does the bus parade set off?');
    expect(reply.card.title).toContain('2pm');
    expect(bold(reply)).toMatchObject({ highlight: '2pm' });
  });
});
