/**
 * Two events of one sentence may share a drafted title ("The exhibition opens and runs"): a
 * choice between them says when each is, in the list and on its button, so they differ.
 */
import { describe, expect, it } from 'vitest';
import { briefReply } from '../../src/briefing/brief.ts';
import { manualClock } from '../../src/core/clock.ts';
import { memoryContinuations } from '../../src/core/continuations.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { articlePack } from '../support/article-pack.ts';

const event = (id: string, date: string) => ({
  id,
  title: 'The exhibition opens and runs',
  date,
  precision: 'day',
  phrase: date,
  summary: 'The exhibition opens on 4 April and runs until 31 August.',
  paragraphs: [2],
});
const kb = createKnowledgeBase([
  articlePack('show', 'The exhibition opens on 4 April and runs until 31 August.', {
    title: 'Photographs go on show',
    events: [event('opens', '2027-04-04'), event('closes', '2027-08-31')],
  } as never),
]);

describe('choices between events of the same title', () => {
  it('date each choice and each button', () => {
    const reply = briefReply({
      kb,
      topic: 'exhibition opens and runs',
      page: 1,
      continuations: memoryContinuations(manualClock(new Date('2027-01-01'))),
    });
    expect(reply.card.kind).toBe('choices');
    const shown = JSON.stringify(reply.card.blocks);
    expect(shown).toContain('Sunday 4 April 2027');
    expect(shown).toContain('Tuesday 31 August 2027');
    const labels = reply.card.buttons!.map((b) => b.label);
    expect(new Set(labels).size).toBe(2);
    expect(labels.join('\n')).toMatch(/· Sunday 4 April 2027$/m);
  });
});
