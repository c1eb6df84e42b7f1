/**
 * A follow-up's answer most often stands just after the last answer, and may share no word with the question:
 * "how long was he stuck for?" against "He spent 40 hours in a gully before a search dog found him." The last
 * answer's sentence and the three after it (`ONWARD`) are candidates whatever their words (`recent.ts`
 * withFollowingSentences), ranked as any other; the card may quote them after its best.
 */
import { describe, expect, it } from 'vitest';
import ask from '../../commands/ask.ts';
import { rankCandidates } from '../../src/briefing/ask/answer.ts';
import { readQuestion } from '../../src/briefing/ask/frame.ts';
import { withFollowingSentences } from '../../src/briefing/ask/recent.ts';
import { retrieve } from '../../src/briefing/ask/retrieve.ts';
import type { Origin } from '../../src/core/incoming.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { renderText } from '../../src/render/text.ts';
import { articlePack } from '../support/article-pack.ts';
import { asking, channelOrigin, testCore } from '../support/core-harness.ts';

const kb = createKnowledgeBase([
  articlePack(
    'fell',
    'A walker who broke his ankle on Brantridge Fell was found alive on Sunday.\n\n' +
      'Graham Ellery, 58, set off alone from the Ravensgill car park on Friday morning.\n\n' +
      'He spent 40 hours in a gully before a search dog found him.\n\n' +
      'The team has rescued 41 people this year.\n\n' +
      'It took six hours to carry him down.\n\n' +
      'Mountain rescue teams in the area are run by volunteers.',
    { title: 'Walker found alive on Brantridge Fell' },
  ),
]);
const index = kb.reading!;
const texts = (candidates: { reading: { sentence: { text: string } } }[]) =>
  candidates.map((c) => c.reading.sentence.text);

describe('the sentences just after the last answer', () => {
  const frame = readQuestion('how long was he stuck for', index.lexicon);
  const retrieved = retrieve(index, frame);
  const at = index.ofPack('fell').find((r) => r.sentence.text.startsWith('Graham Ellery'))!.at;
  const last = { pack: 'fell', at };

  it('are candidates though they hold no word of the question', () => {
    const hours = 'He spent 40 hours in a gully before a search dog found him.';
    expect(texts(retrieved.candidates)).not.toContain(hours);
    const candidates = withFollowingSentences(index, retrieved.candidates, last);
    expect(texts(candidates)).toContain(hours);
    const ranked = rankCandidates(index, frame, { terms: retrieved.terms, candidates, last });
    const typed = ranked.find((r) => r.candidate.reading.sentence.text === hours)!;
    expect(typed.candidate.answers.map((m) => m.text)).toContain('40 hours');
  });

  it('are the last answer’s own and the three after it, none before and none further', () => {
    const added = texts(withFollowingSentences(index, [], last));
    expect(added[0]).toMatch(/^Graham Ellery/);
    expect(added).toHaveLength(4);
    expect(added).toContain('It took six hours to carry him down.');
    expect(added).not.toContain('Mountain rescue teams in the area are run by volunteers.');
  });

  it('are none when the conversation has no last answer', () => {
    expect(withFollowingSentences(index, retrieved.candidates, undefined)).toHaveLength(retrieved.candidates.length);
  });
});

describe('a follow-up in a conversation, through the answer pipeline', () => {
  const run = testCore([ask], kb, new Date('2024-03-05T09:00:00Z'));
  const asked = asking(run.core);

  it('is answered from a sentence after the last answer that holds none of its words', async () => {
    const origin: Origin = { ...channelOrigin, user: { id: 'u1' } };
    expect(renderText(await asked('when did ellery set off', origin))).toContain('Friday morning');
    expect(renderText(await asked('how long was ellery stuck', origin))).toContain('He spent 40 hours in a gully');
  });

  it('keeps its caution: where a sentence stands is no evidence that it answers (answer.ts confidence)', async () => {
    const origin: Origin = { ...channelOrigin, user: { id: 'u2' } };
    await asked('when did ellery set off', origin);
    const reply = await asked('how long did ellery wait', origin);
    expect(reply.card.title).toBe('40 hours');
    expect(reply.card.caution).toBeDefined();
  });
});
