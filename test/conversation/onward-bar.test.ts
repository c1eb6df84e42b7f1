/**
 * A sentence that goes on from the last answer (one to three sentences after it, in the conversation's story)
 * needs less of the question's words to answer it (`abstain.ts`, the `onward` bar): the conversation says
 * what the question leaves out. Anywhere else the usual bar holds.
 */
import { describe, expect, it } from 'vitest';
import ask from '../../commands/ask.ts';
import { ABSTAIN, refusal } from '../../src/briefing/ask/abstain.ts';
import { readQuestion } from '../../src/briefing/ask/frame.ts';
import { coverage, matchCandidate } from '../../src/briefing/ask/match.ts';
import { retrieve } from '../../src/briefing/ask/retrieve.ts';
import type { Origin } from '../../src/core/incoming.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { renderText } from '../../src/render/text.ts';
import { articlePack } from '../support/article-pack.ts';
import { asking, channelOrigin, testCore } from '../support/core-harness.ts';

const kb = createKnowledgeBase([
  articlePack(
    'baths',
    'The city chose a design for public baths on the river Neris on Monday.\n\n' +
      'The jury picked it from 118 entries sent in from 34 countries.\n\n' +
      'Building work should cost about 19.5 million euros and start in 2028.\n\n' +
      'Swimming in the river is discouraged because of strong currents.',
    { title: 'Vilnius picks a design for river baths' },
  ),
]);
const index = kb.reading!;
const question = 'and how much will it cost the taxpayers overall';

describe('the bar for a sentence that goes on from the last answer', () => {
  const frame = readQuestion(question, index.lexicon);
  const { terms } = retrieve(index, frame);
  const cost = index.ofPack('baths').find((r) => r.sentence.text.startsWith('Building work'))!;
  const candidate = matchCandidate(index, frame, terms, cost);

  it('is lower than the usual one, which this sentence does not reach', () => {
    expect(coverage(candidate)).toBeGreaterThanOrEqual(ABSTAIN.onward);
    expect(coverage(candidate)).toBeLessThan(ABSTAIN.coverage);
    expect(refusal(frame, candidate, ABSTAIN)).toBe('low-coverage');
    expect(refusal(frame, candidate, ABSTAIN, { pack: 'baths', at: cost.at - 1 })).toBeUndefined();
    expect(refusal(frame, candidate, ABSTAIN, { pack: 'baths', at: cost.at - 3 })).toBeUndefined();
  });

  it('holds only for the sentences after the last answer, up to three on, in its story', () => {
    expect(refusal(frame, candidate, ABSTAIN, { pack: 'baths', at: cost.at })).toBe('low-coverage');
    expect(refusal(frame, candidate, ABSTAIN, { pack: 'baths', at: cost.at + 1 })).toBe('low-coverage');
    expect(refusal(frame, candidate, ABSTAIN, { pack: 'baths', at: cost.at - 4 })).toBe('low-coverage');
    expect(refusal(frame, candidate, ABSTAIN, { pack: 'another', at: cost.at - 1 })).toBe('low-coverage');
  });
});

describe('a follow-up through the answer pipeline', () => {
  const run = testCore([ask], kb, new Date('2026-11-30T09:00:00Z'));
  const asked = asking(run.core);

  it('is answered from the sentence after the last answer, and refused when asked on its own', async () => {
    const origin: Origin = { ...channelOrigin, user: { id: 'u1' } };
    expect(renderText(await asked('how many entries did the jury get', origin))).toContain('118 entries');
    expect(renderText(await asked(question, origin))).toContain('19.5 million euros');
    const fresh: Origin = { ...channelOrigin, user: { id: 'u2' } };
    const alone = await asked(question, fresh);
    expect(alone.found).toBe(false);
    expect(renderText(alone)).toContain('not in the briefing');
  });
});
