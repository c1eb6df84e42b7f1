/**
 * A conversation moves to a story it has not been on when the question names that story, not on one
 * word that only that story writes: "where was the epicentre?" about a quake whose article never says
 * "epicentre" is no question about another quake that does. Refused, it leans there: a second question
 * pointing to the same story goes (`briefing/ask/recent.ts`, `core/recent-article.ts`).
 */
import { describe, expect, it } from 'vitest';
import ask from '../../commands/ask.ts';
import { manualClock } from '../../src/core/clock.ts';
import type { Origin } from '../../src/core/incoming.ts';
import { recentArticles, VISITED_MAX } from '../../src/core/recent-article.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { articlePack } from '../support/article-pack.ts';
import { asking, channelOrigin, testCore } from '../support/core-harness.ts';

const kb = createKnowledgeBase([
  articlePack(
    'valdoria',
    'An earthquake of magnitude 6.1 struck southern Valdoria on Saturday, killing at least 14 people.\n\n' +
      'The quake hit at 3:17am, about 12 kilometres west of the town of Serrano, at a depth of 10km.\n\n' +
      'Rescue teams worked through the night in the village of Castel Ruvo.',
    { title: 'Earthquake in Valdoria kills 14' },
  ),
  articlePack(
    'peru',
    'A magnitude 6.4 earthquake struck southern Peru on Monday, cutting off villages in the Colca Canyon.\n\n' +
      'The epicentre was about 22 kilometres south-west of the town of Chivay, at a depth of 38 kilometres.\n\n' +
      'Roads into the canyon were blocked by landslides.',
    {
      title: 'Earthquake in Peru cuts off villages',
      entities: [{ id: 'peru', name: 'Peru', kind: 'place', aliases: [], summary: 'A country.', paragraphs: [2] }],
    },
  ),
]);

describe('a story the conversation has not been on', () => {
  const run = testCore([ask], kb, new Date('2024-03-05T09:00:00Z'));
  const asked = asking(run.core);

  it('is not gone to on one word only it writes; a second question pointing there goes', async () => {
    expect((await asked('how strong was the valdoria earthquake')).article).toBe('valdoria');
    const first = await asked('where was the epicentre');
    expect(first.found).toBe(false);
    // The conversation stays on its story, which does answer what it does say.
    expect((await asked('how deep was it')).card.title).toBe('10km');
    expect((await asked('where was the epicentre')).article).toBe('peru');
  });

  it('is gone to at once when the question names it', async () => {
    const origin: Origin = { ...channelOrigin, user: { id: 'u3' } };
    expect((await asked('how strong was the valdoria earthquake', origin)).article).toBe('valdoria');
    expect((await asked('where was the epicentre in peru', origin)).article).toBe('peru');
  });

  it('is gone to by a question asked with no conversation', async () => {
    const origin: Origin = { ...channelOrigin, user: { id: 'u4' } };
    expect((await asked('where was the epicentre', origin)).article).toBe('peru');
  });
});

describe('the stories a conversation has met', () => {
  it('are those it was answered from and those a refused question leaned to, the latest last', () => {
    const recent = recentArticles(manualClock(new Date('2024-03-05T09:00:00Z')), 1000);
    recent.note(channelOrigin, 'one');
    recent.lean(channelOrigin, 'two');
    recent.note(channelOrigin, 'three');
    recent.note(channelOrigin, 'one');
    expect(recent.visited(channelOrigin)).toEqual(['two', 'three', 'one']);
    // Leaning does not move the conversation: its story is still the one last answered from.
    recent.lean(channelOrigin, 'four');
    expect(recent.get(channelOrigin)).toBe('one');
    for (let i = 0; i < VISITED_MAX; i++) recent.note(channelOrigin, `story-${i}`);
    expect(recent.visited(channelOrigin)).toHaveLength(VISITED_MAX);
    expect(recent.visited(channelOrigin)).not.toContain('two');
  });
});
