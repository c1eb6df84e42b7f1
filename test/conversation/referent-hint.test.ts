/**
 * "How much did he win?" after an answer about Okafor has words of its own, so it is read as asked, but "he"
 * still stands for Okafor: his name joins the question as light words, and the sentence about his prize
 * answers, not the runner-up's (`follow-up.ts` withReferent).
 */
import { describe, expect, it } from 'vitest';
import ask from '../../commands/ask.ts';
import type { Origin } from '../../src/core/incoming.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { articlePack, personEntity } from '../support/article-pack.ts';
import { asking, channelOrigin, testCore } from '../support/core-harness.ts';

const person = (id: string, name: string) => personEntity(id, name, [2, 3], 'A player.');
const final = articlePack(
  'final',
  'Chidi Okafor won the Lisbon Open on Sunday, beating the top seed, Marco Delgado.\n\n' +
    'Delgado won 98,000 euros as the runner-up. Okafor won 185,000 euros, the biggest prize of his career.',
  {
    title: 'Okafor wins Lisbon Open',
    entities: [person('okafor', 'Chidi Okafor'), person('delgado', 'Marco Delgado')],
  },
);

describe('a follow-up with words of its own and a pronoun', () => {
  const run = testCore([ask], createKnowledgeBase([final]), new Date('2024-03-05T09:00:00Z'));
  const asked = asking(run.core);

  it('is answered about the person the pronoun stands for', async () => {
    const origin: Origin = { ...channelOrigin, user: { id: 'u1' } };
    expect((await asked('who won the lisbon open', origin)).topics?.[0]).toBe('Chidi Okafor');
    expect((await asked('how much did he win', origin)).card.title).toBe('185,000 euros');
  });
});
