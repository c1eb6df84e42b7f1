/**
 * "What did Sergey Lavrov say?" asks for words someone speaks: the best sentence with a speaker
 * answers when it scores near a better one that only names him (answer.ts `preferTyped`). And a
 * follow-up "what did he say?" reads as "what did Sergey Lavrov say?", the name put where the
 * pronoun was, so that it is the question's speaker (answer.ts `namedFor`).
 */
import { describe, expect, it } from 'vitest';
import { answerReply } from '../../src/briefing/ask/answer.ts';
import { manualClock } from '../../src/core/clock.ts';
import { memoryContinuations } from '../../src/core/continuations.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { loadPacks } from '../../src/knowledge/load.ts';

const kb = createKnowledgeBase(loadPacks('knowledge').packs);
const continuations = memoryContinuations(manualClock(new Date('2015-12-16')));
const firstQuote = (question: string, topics?: string[]) => {
  const reply = answerReply({ kb, question, page: 1, continuations, ...(topics ? { carried: { topics } } : {}) });
  const quote = reply.card.blocks.find((b) => b.type === 'quote');
  return reply.found && quote?.type === 'quote' ? quote.text : undefined;
};

describe('what someone said', () => {
  it('is answered by a sentence in which they speak, not one that only names them', () => {
    expect(firstQuote('what did Sergey Lavrov say?')).toContain('FM Lavrov explained');
    // Headed by the one speaking, by the pack's name for him.
    const reply = answerReply({ kb, question: 'what did Lavrov say?', page: 1, continuations });
    expect(reply.card.title).toBe('Sergey Lavrov');
  });

  it('is about what the question asks about: the name must be in what was said, not only next to it', () => {
    // Lavrov's words on the US strikes stand beside a sentence about Putin's talks; they are not about Putin.
    expect(firstQuote('what did Lavrov say about Putin?')).toBeUndefined();
    expect(firstQuote('what did Lavrov say about Syria?')).toBeDefined();
  });

  it('is asked of the name a pronoun stands for in a follow-up', () => {
    expect(firstQuote('what did he say?', ['Sergey Lavrov'])).toContain('FM Lavrov explained');
  });
});
