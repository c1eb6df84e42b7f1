/**
 * Builds a core for tests from parts a test chooses: commands, a knowledge base (an empty
 * fake by default), a manual clock. Nothing is read from disk unless the test asks.
 */
import { manualClock } from '../../src/core/clock.ts';
import type { AnyCommand } from '../../src/core/command.ts';
import { memoryContinuations } from '../../src/core/continuations.ts';
import { createCore, type Core } from '../../src/core/core.ts';
import type { Origin } from '../../src/core/incoming.ts';
import type { Reply } from '../../src/core/reply.ts';
import type { KnowledgeBase } from '../../src/knowledge/knowledge-base.ts';
import { silentLogger } from '../../src/log.ts';
import { nullStore } from '../../src/storage/store.ts';

export const emptyKnowledge: KnowledgeBase = {
  packs: [],
  pack: () => undefined,
  findTopics: () => [],
  searchPassages: () => [],
  suggest: () => [],
  events: () => [],
};

export function testCore(
  commands: AnyCommand[],
  knowledge: KnowledgeBase = emptyKnowledge,
  now = new Date('2015-12-15T09:00:00Z'),
) {
  const clock = manualClock(now);
  const logs: string[] = [];
  const log = silentLogger();
  const core: Core = createCore({
    knowledge: () => knowledge,
    clock,
    store: nullStore(),
    log,
    commands,
    continuations: memoryContinuations(clock),
  });
  return { core, clock, logs };
}

export const channelOrigin: Origin = {
  platform: 'shell',
  user: { id: 'u1', name: 'Ann' },
  channel: { id: 'c1', isDirect: false },
  canManageChannel: true,
};

/** Asks `core` a question as `origin` (by default `channelOrigin`), as a person typing `/ask` or mentioning the bot. */
export function asking(core: Core): (question: string, origin?: Origin) => Promise<Reply> {
  return (question, origin = channelOrigin) =>
    core.handle({ ...origin, type: 'command', name: 'ask', options: { question } });
}
