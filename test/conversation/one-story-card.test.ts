/**
 * In a conversation, a card keeps to its best sentence's story: a sentence of another story that shares the
 * question's words is noise to someone reading this one (`answer.ts` alsoQuoted). Asked on its own, with no
 * story to keep to, the card may quote both.
 */
import { describe, expect, it } from 'vitest';
import { answerReply } from '../../src/briefing/ask/answer.ts';
import { manualClock } from '../../src/core/clock.ts';
import { memoryContinuations } from '../../src/core/continuations.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { articlePack } from '../support/article-pack.ts';

const kb = createKnowledgeBase([
  articlePack(
    'ferry',
    'A new electric ferry began crossing the Stenby sound on Monday.\n\n' +
      'The ferry carries up to 300 passengers and 40 cars on each crossing.\n\n' +
      'Its crew of 14 passengers assistants and deckhands trained in Norway.',
    { title: 'Stenby ferry opens' },
  ),
  articlePack(
    'bridge',
    'The old Harwick bridge closed on Friday after an inspection.\n\n' +
      'Before it closed, the bridge carried about 300 passengers an hour on its buses.',
    { title: 'Harwick bridge shut' },
  ),
]);

/** The packs a card's quotes come from. */
function storiesQuoted(recentArticle?: string): string[] {
  const reply = answerReply({
    kb,
    question: 'how many passengers does it carry',
    page: 1,
    continuations: memoryContinuations(manualClock(new Date('2024-03-05'))),
    ...(recentArticle ? { recentArticle } : {}),
  });
  return reply.card.blocks.flatMap((b) => (b.type === 'quote' && b.citation ? [b.citation.packId] : []));
}

describe('a card in a conversation', () => {
  it('quotes only the story the conversation is on', () => {
    const stories = storiesQuoted('ferry');
    expect(stories[0]).toBe('ferry');
    expect(new Set(stories)).toEqual(new Set(['ferry']));
  });

  it('asked on its own, may quote another story too', () => {
    expect(storiesQuoted()).toContain('bridge');
  });
});

describe('a card in a conversation, further down its story', () => {
  const harbour = createKnowledgeBase([
    articlePack(
      'harbour',
      'The town council decided on Monday to rebuild the harbour wall next year.\n\n' +
        'Fishing boats have used the harbour since the 1850s.\n\n' +
        'Tickets for the summer regatta go on sale in March.',
      { title: 'Harbour wall to be rebuilt' },
    ),
  ]);
  const quotes = (recentArticle?: string) =>
    answerReply({
      kb: harbour,
      question: 'what did the council decide about the harbour wall',
      page: 1,
      continuations: memoryContinuations(manualClock(new Date('2024-03-05'))),
      ...(recentArticle ? { recentArticle } : {}),
    }).card.blocks.flatMap((b) => (b.type === 'quote' ? [b.text] : []));

  it('quotes a weaker sentence of the story too', () => {
    expect(quotes('harbour')).toContain('Fishing boats have used the harbour since the 1850s.');
  });

  it('asked on its own, quotes only sentences near the best', () => {
    expect(quotes()).not.toContain('Fishing boats have used the harbour since the 1850s.');
  });
});
