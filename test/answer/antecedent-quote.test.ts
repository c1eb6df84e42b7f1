/**
 * A best sentence whose subject is a bare demonstrative ("This was stated on Friday by …") is
 * about the sentence before it, which the card quotes right after it; "This attack …" names
 * its own subject and brings nothing in.
 */
import { describe, expect, it } from 'vitest';
import { answerReply } from '../../src/briefing/ask/answer.ts';
import { manualClock } from '../../src/core/clock.ts';
import { memoryContinuations } from '../../src/core/continuations.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { articlePack } from '../support/article-pack.ts';

const kb = createKnowledgeBase([
  articlePack(
    'summit',
    'Missing the summit would have wasted a rare chance to settle the border dispute. ' +
      'This was stated on Friday by spokesman Josh Ernest, explaining why the president decided to attend.\n\n' +
      'Rebels shelled the airport on Monday. This attack was condemned by President Ana Soto, who cancelled a visit.',
    { title: 'Summit' },
  ),
]);
const quotes = (question: string) =>
  answerReply({
    kb,
    question,
    page: 1,
    continuations: memoryContinuations(manualClock(new Date('2024-03-05'))),
  }).card.blocks.flatMap((b) => (b.type === 'quote' ? [b.text] : []));

describe('the sentence a demonstrative points back to', () => {
  it('is quoted right after the best sentence', () => {
    const shown = quotes('why did the president decide to attend?');
    expect(shown[0]).toContain('This was stated');
    expect(shown[1]).toContain('rare chance');
  });

  it('is not brought in when the demonstrative has its noun', () => {
    const shown = quotes('who condemned the attack?');
    expect(shown[0]).toContain('This attack');
    expect(shown.slice(1).join(' ')).not.toContain('shelled');
  });
});
