/**
 * The lead rule (`rules.ts`): news tells the most important first, so of two sentences that answer about as well,
 * the one in an earlier paragraph scores a little more, whichever the story and however far down.
 */
import { describe, expect, it } from 'vitest';
import { rankCandidates } from '../../src/briefing/ask/answer.ts';
import { readQuestion } from '../../src/briefing/ask/frame.ts';
import { RULES, scoreCandidate } from '../../src/briefing/ask/rules.ts';
import { readingOf } from '../support/article-pack.ts';

const index = readingOf(
  'The Harbury lido reopened after a repair.\n\nAbout 400 swimmers came.\n\nThe cafe opened.\n\n' +
    'The diving board was sold.\n\nThe lido reopened once before, in 1990.',
);
const frame = readQuestion('when did the lido reopen', index.lexicon);
const lead = RULES.filter((r) => r.name === 'lead');
const scoreOf = (words: string) => {
  const found = rankCandidates(index, frame).find((r) => r.candidate.reading.sentence.text.includes(words))!;
  return scoreCandidate({ frame, candidate: found.candidate, packCoverage: new Map(), bestBm25: 1 }, lead).total;
};

describe('the lead rule', () => {
  it('scores a sentence of an earlier paragraph above one further down', () => {
    expect(scoreOf('after a repair')).toBeGreaterThan(scoreOf('once before'));
    expect(scoreOf('once before')).toBeGreaterThan(0);
  });

  it('applies to every question, asked on its own or in a conversation', () => {
    expect(lead).toHaveLength(1);
    expect(lead[0]!.applies(frame)).toBe(true);
  });
});
