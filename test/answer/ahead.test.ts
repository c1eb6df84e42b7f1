/**
 * "What's next?" names nothing to find: in a conversation on a story it is answered by a sentence of that story that
 * tells what is to come, and best by one that says when; not by the sentence after the last answer, nor by one in
 * the future tense that gives no day. A sentence of what someone "wants to" do tells what is to come as "plans to".
 */
import { describe, expect, it } from 'vitest';
import { aheadOnly } from '../../src/briefing/ask/ahead.ts';
import { answerReply } from '../../src/briefing/ask/answer.ts';
import { manualClock } from '../../src/core/clock.ts';
import { memoryContinuations } from '../../src/core/continuations.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { renderText } from '../../src/render/text.ts';
import { articlePack, readingOf } from '../support/article-pack.ts';

const BODY =
  'The Ferrel Court ruled on Monday that the Ardley dam may be built.\n\n' +
  'Residents said the hearing had been tense.\n\n' +
  'The building firm said the work would disturb the river.\n\n' +
  'The council will vote on the first contract on Thursday 10 December.\n\n' +
  'Opponents said they had raised 40,000 pounds for their campaign.';

describe('"what\'s next?"', () => {
  it('is answered, in a conversation on the story, by its sentence that says what is to come and when', () => {
    const kb = createKnowledgeBase([articlePack('dam', BODY)]);
    const continuations = memoryContinuations(manualClock(new Date('2024-03-05')));
    for (const question of ["what's next", 'so whats next']) {
      // The conversation was last answered from the first sentence: the one after it is no answer by its place.
      const reply = answerReply({ kb, question, page: 1, continuations, recentArticle: 'dam', recentAt: 1 });
      expect(reply.found).toBe(true);
      const quotes = renderText(reply)
        .split('\n')
        .filter((line) => line.startsWith('> '));
      expect(quotes[0]).toContain('Thursday 10 December');
    }
  });

  it('reads "wants to" as telling what is to come', () => {
    const readings = readingOf('The trust wants to plant a further 6 hectares. It planted 4 hectares last year.');
    const ahead = (start: string) => readings.ofPack('p').find((r) => r.sentence.text.startsWith(start))?.ahead;
    expect(ahead('The trust wants')).toBe(true);
    expect(ahead('It planted')).toBe(false);
  });

  it('keeps, of the candidates for "what\'s next?", the sentences that tell what is to come, if there are any', () => {
    const readings = readingOf('Residents said the hearing was tense. The council will vote in May.').ofPack('p');
    const candidates = readings.map((reading) => ({ reading }));
    const kept = (ahead: boolean, terms: number, from = candidates) =>
      aheadOnly(ahead, terms, from).map((c) => c.reading.sentence.text);
    expect(kept(true, 0)).toEqual(['The council will vote in May.']);
    // A question with words of its own ("what's next for the bill"), or one that asks nothing ahead, keeps them all.
    expect(kept(true, 1)).toHaveLength(candidates.length);
    expect(kept(false, 0)).toHaveLength(candidates.length);
    // With no sentence ahead among them, it has nothing better to offer than all of them.
    expect(kept(true, 0, candidates.slice(0, 2))).toHaveLength(2);
  });
});
