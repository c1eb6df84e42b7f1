/**
 * The real core over the real knowledge folder and commands, for the hardening tests:
 * `say('/brief Kerry')` or `say('who is Kerry?')` as a person in a shell channel would.
 */
import { manualClock } from '../../src/core/clock.ts';
import { memoryContinuations } from '../../src/core/continuations.ts';
import { createCore, type Core } from '../../src/core/core.ts';
import type { Origin } from '../../src/core/incoming.ts';
import type { Reply } from '../../src/core/reply.ts';
import { loadCommands } from '../../src/core/registry.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import type { KnowledgeBase } from '../../src/knowledge/knowledge-base.ts';
import { loadPacks } from '../../src/knowledge/load.ts';
import { silentLogger } from '../../src/log.ts';
import { nullStore, type Store } from '../../src/storage/store.ts';

const commands = await loadCommands();
const seed = createKnowledgeBase(loadPacks('knowledge').packs);

export const origin: Origin = {
  platform: 'shell',
  user: { id: 'u1', name: 'Ann' },
  channel: { id: 'c1', isDirect: false },
  canManageChannel: true,
};

export function createBot(
  store: Store = nullStore(),
  kb: KnowledgeBase = seed,
): { core: Core; say(line: string): Promise<Reply> } {
  const clock = manualClock(new Date('2015-12-15T09:00:00Z'));
  const core = createCore({
    knowledge: () => kb,
    clock,
    store,
    log: silentLogger(),
    commands,
    continuations: memoryContinuations(clock),
    defaultTimeZone: 'UTC',
  });
  const say = (line: string) => {
    const command = /^\/(\S+)\s*([\s\S]*)$/.exec(line);
    return core.handle(
      command
        ? { ...origin, type: 'command-text', name: command[1]!, text: command[2]! }
        : { ...origin, type: 'mention', text: line },
    );
  };
  return { core, say };
}
