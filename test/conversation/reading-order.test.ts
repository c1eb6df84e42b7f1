/**
 * Readers go on through a story: a follow-up's answer stands after the last answer's sentence more often than
 * before it (`story-prior.ts` nearLast). Two sentences one step either side of the last answer, equally good
 * otherwise, are ranked the way the conversation reads.
 */
import { describe, expect, it } from 'vitest';
import { rankCandidates } from '../../src/briefing/ask/answer.ts';
import { readQuestion } from '../../src/briefing/ask/frame.ts';
import { retrieve } from '../../src/briefing/ask/retrieve.ts';
import { nearLast } from '../../src/briefing/ask/story-prior.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { articlePack } from '../support/article-pack.ts';

const kb = createKnowledgeBase([
  articlePack(
    'bridge',
    'Lowfield council will vote on a new bridge over the Tarn on Thursday.\n\n' +
      'Work on the old bridge began in May.\n\n' +
      'Engineers found cracks in the old bridge in 2021 and closed it to lorries.\n\n' +
      'Work on the new bridge would begin in June next year, the council said.',
    { title: 'Lowfield to vote on Tarn bridge' },
  ),
]);

/** The sentences holding a date, best first, for the question asked after an answer from `after`. */
function dated(question: string, after?: string): string[] {
  const index = kb.reading!;
  const frame = readQuestion(question, index.lexicon);
  const at = index.ofPack('bridge').find((r) => r.sentence.text === after)?.at;
  const last = at === undefined ? undefined : { pack: 'bridge', at };
  return rankCandidates(index, frame, { ...retrieve(index, frame), last })
    .filter((r) => r.candidate.answers.length > 0)
    .map((r) => r.candidate.reading.sentence.text);
}

describe('a follow-up between two sentences that answer it', () => {
  const question = 'when does the work begin';
  const cracks = 'Engineers found cracks in the old bridge in 2021 and closed it to lorries.';

  it('is answered from the one after the last answer', () => {
    expect(dated(question, cracks)[0]).toMatch(/^Work on the new bridge would begin in June/);
  });

  it('asked with no conversation, goes by the words (the shorter sentence first)', () => {
    expect(dated(question)[0]).toBe('Work on the old bridge began in May.');
  });

  it('weighs the same sentence and the ones after it, the nearest most, and those before it little', () => {
    expect(nearLast(0)).toBeGreaterThan(nearLast(1));
    expect(nearLast(1)).toBeGreaterThan(nearLast(2));
    expect(nearLast(2)).toBeGreaterThan(nearLast(6));
    expect(nearLast(6)).toBeGreaterThan(nearLast(-1));
    expect(nearLast(-1)).toBeGreaterThan(nearLast(-2));
    expect(nearLast(7)).toBe(0);
    expect(nearLast(-3)).toBe(0);
  });
});
