/**
 * A question that names another story moves the conversation there, though nothing in that story answers
 * it: after "how many dogs were rescued in valdoria?" (refused: the article counts no dogs), "how deep was
 * it?" is about the Valdoria quake, as it would be had the first question been answered (`recent.ts`
 * namedStory, core `recentArticles`).
 */
import { describe, expect, it } from 'vitest';
import ask from '../../commands/ask.ts';
import type { Origin } from '../../src/core/incoming.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { articlePack } from '../support/article-pack.ts';
import { asking, channelOrigin, testCore } from '../support/core-harness.ts';

const kb = createKnowledgeBase([
  articlePack(
    'bakery',
    'A bakery in Marlow Bay has won the national bread award for the third year running.\n\n' +
      'Its owner, Lucia Ferrante, 52, said the sourdough takes two days to make.',
    { title: 'Marlow Bay bakery wins bread award again' },
  ),
  articlePack(
    'valdoria',
    'An earthquake of magnitude 6.1 struck southern Valdoria on Saturday, killing at least 14 people.\n\n' +
      'The quake hit at 3:17am, about 12 kilometres west of the town of Serrano, at a depth of 10km.',
    { title: 'Earthquake in Valdoria kills 14' },
  ),
]);

describe('a refused question that names another story', () => {
  const run = testCore([ask], kb, new Date('2024-03-05T09:00:00Z'));
  const asked = asking(run.core);

  it('moves the conversation to that story', async () => {
    const origin: Origin = { ...channelOrigin, user: { id: 'u1' } };
    expect((await asked('how old is the owner of the bakery', origin)).article).toBe('bakery');
    const named = await asked('how many dogs were rescued in valdoria', origin);
    expect(named.found).toBe(false);
    expect(named.movedTo).toBe('valdoria');
    const deep = await asked('how deep was it', origin);
    expect(deep.article).toBe('valdoria');
    expect(deep.card.title).toBe('10km');
  });

  it('does not, when it names no story', async () => {
    const origin: Origin = { ...channelOrigin, user: { id: 'u2' } };
    expect((await asked('how old is the owner of the bakery', origin)).article).toBe('bakery');
    const unnamed = await asked('how many dogs were rescued', origin);
    expect(unnamed.found).toBe(false);
    expect(unnamed.movedTo).toBeUndefined();
    expect((await asked('how deep was it', origin)).found).toBe(false);
  });
});
