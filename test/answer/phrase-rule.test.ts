/**
 * The phrase rule (`rules.ts`): of two sentences holding the same words of the question, the one
 * that writes them together, in the question's order ("a strip of tape"), is the likelier
 * answer than one that writes them apart ("the tape … a strip of steel").
 */
import { describe, expect, it } from 'vitest';
import { rankCandidates } from '../../src/briefing/ask/answer.ts';
import { readQuestion } from '../../src/briefing/ask/frame.ts';
import { RULES, scoreCandidate } from '../../src/briefing/ask/rules.ts';
import { readingOf } from '../support/article-pack.ts';

const index = readingOf(
  'Symbols are written on a strip of tape that the old machine reads one at a time. ' +
    'The tape was wound on a strip of steel.',
);
const frame = readQuestion('what is on the strip of tape?', index.lexicon);
const ranked = rankCandidates(index, frame);
const text = (i: number) => ranked[i]!.candidate.reading.sentence.text;

describe('the phrase rule', () => {
  it('scores a sentence by the pairs of question words it writes together, in order', () => {
    const phrase = RULES.filter((r) => r.name === 'phrase');
    const score = (i: number) =>
      scoreCandidate({ frame, candidate: ranked[i]!.candidate, packCoverage: new Map(), bestBm25: 1 }, phrase).total;
    const together = text(0).includes('strip of tape') ? 0 : 1;
    expect(score(together)).toBeGreaterThan(0);
    expect(score(1 - together)).toBe(0);
  });

  it('puts the sentence that writes the words together first, though it is the longer', () => {
    expect(text(0)).toContain('written on a strip of tape');
  });
});
