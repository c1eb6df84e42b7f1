/**
 * People ask about a story in the order they read it: "how long did it last?" after "how many came to the
 * hearing?" is about that hearing, whose sentence says so, not about the meeting further down the article
 * (`answer.ts` nearLast; the core keeps where the last answer stood, `recentArticles.at`).
 */
import { describe, expect, it } from 'vitest';
import ask from '../../commands/ask.ts';
import type { Origin } from '../../src/core/incoming.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { articlePack } from '../support/article-pack.ts';
import { asking, channelOrigin, testCore } from '../support/core-harness.ts';

const kb = createKnowledgeBase([
  articlePack(
    'stadium',
    'Tucson council approved a new stadium for the Sidewinders on Tuesday night.\n\n' +
      'About 90 people attended a first hearing in March, which lasted four hours.\n\n' +
      'The team has played at the same ground since 1974.\n\n' +
      'The final meeting on Tuesday lasted almost six hours.',
    { title: 'Tucson approves stadium' },
  ),
]);

describe('a follow-up in a conversation', () => {
  const run = testCore([ask], kb, new Date('2024-03-05T09:00:00Z'));
  const asked = asking(run.core);

  it('is answered from near the answer before, when sentences elsewhere answer as well', async () => {
    const origin: Origin = { ...channelOrigin, user: { id: 'u1' } };
    expect((await asked('how many people came to the first hearing', origin)).card.title).toBe('About 90');
    expect((await asked('how long did it last', origin)).card.title).toBe('Four hours');
  });

  it('asked on its own, goes by the article alone', async () => {
    const origin: Origin = { ...channelOrigin, user: { id: 'u2' } };
    expect((await asked('how long did it last', origin)).card.title).toBe('Almost six hours');
  });
});
