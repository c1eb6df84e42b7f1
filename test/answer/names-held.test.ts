/**
 * The names-held rule (`rules.ts`): a sentence that lacks a name the question gives is about something else, so of
 * two sentences that match the question about as well, the one that holds its name ranks first.
 */
import { describe, expect, it } from 'vitest';
import { rankCandidates } from '../../src/briefing/ask/answer.ts';
import { readQuestion } from '../../src/briefing/ask/frame.ts';
import { retrieve } from '../../src/briefing/ask/retrieve.ts';
import { RULES } from '../../src/briefing/ask/rules.ts';
import { readingOf } from '../support/article-pack.ts';

const index = readingOf(
  'The new community football stadium opened to the public on 4 March.\n\nTickets cost 10 pounds.\n\n' +
    'The roof leaked in May.\n\nKessler paid for the new community football stadium in 2021.',
);
const frame = readQuestion("When did Kessler's new community football stadium open to the public?", index.lexicon);
const bestWith = (rules: typeof RULES) =>
  rankCandidates(index, frame, retrieve(index, frame), rules)[0]!.candidate.reading.sentence.text;

describe('the names-held rule', () => {
  it('ranks the sentence holding the asked name above one that matches a few more of the other words', () => {
    expect(bestWith(RULES)).toContain('Kessler');
  });

  it('is what decides it: without the rule the nameless sentence is best', () => {
    expect(bestWith(RULES.filter((r) => r.name !== 'names-held'))).not.toContain('Kessler');
  });

  it('applies only to questions that give a name', () => {
    const rule = RULES.find((r) => r.name === 'names-held')!;
    expect(rule.applies(frame)).toBe(true);
    expect(rule.applies(readQuestion('when did the stadium open?', index.lexicon))).toBe(false);
  });
});
