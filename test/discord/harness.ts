/**
 * The real discord.js client, the real commands and the real knowledge base, against the
 * stand-in Discord. Extra commands let a test make an answer throw, page or overflow.
 * Logs are captured unscrubbed at trace level, so a test can prove that nothing logs the
 * token in the first place.
 */
import { discordAdapter, type DiscordAdapter } from '../../src/adapters/discord/index.ts';
import { loadConfig } from '../../src/config.ts';
import { manualClock } from '../../src/core/clock.ts';
import { defineCommand, type AnyCommand } from '../../src/core/command.ts';
import { memoryContinuations } from '../../src/core/continuations.ts';
import { createCore, type Core } from '../../src/core/core.ts';
import { loadCommands } from '../../src/core/registry.ts';
import { card, reply, text, type Citation } from '../../src/core/reply.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { loadPacks } from '../../src/knowledge/load.ts';
import { createLogger } from '../../src/log.ts';
import { nullStore } from '../../src/storage/store.ts';
import { DiscordStandIn } from '../support/discord-stand-in.ts';

export const KNOWLEDGE_DIR = new URL('../../knowledge/', import.meta.url).pathname;

/** Commands that exist only in tests. */
export const testCommands: AnyCommand[] = [
  defineCommand({
    name: 'boom',
    description: 'Fails on purpose',
    options: [],
    run: () => {
      throw new Error('boom: the handler failed');
    },
  }),
  defineCommand({
    name: 'pages',
    description: 'Three pages',
    options: [],
    run: ({ page }) => ({
      ...reply(card({ kind: 'info', title: `Page ${page}`, blocks: [text(`This is page ${page}.`)] })),
      hasMore: page < 3,
    }),
  }),
  defineCommand({
    name: 'announce',
    description: 'Answers in the channel',
    options: [],
    run: () => reply(card({ kind: 'info', title: 'For everyone' }), 'channel'),
  }),
  defineCommand({
    name: 'huge',
    description: 'An answer over every Discord limit',
    options: [],
    run: () => reply(hugeCard()),
  }),
];

/** ~15,000 characters of body, 40 fields of ~1,800 characters, 300 citations. */
export function hugeCard() {
  const words = (n: number, p: string) => Array.from({ length: n }, (_, i) => `${p}${i}`).join(' ');
  const citations: Citation[] = Array.from({ length: 300 }, (_, i) => ({
    packId: `p${i % 30}`,
    packTitle: `Article number ${i % 30} with a long title`,
    paragraph: i + 1,
  }));
  return card({
    kind: 'answer',
    title: 'An answer far too long for one message',
    blocks: [text(words(2500, 'body'))],
    fields: Array.from({ length: 40 }, (_, i) => ({ label: `Field ${i}`, value: words(300, `f${i}w`) })),
    citations,
  });
}

export interface Harness {
  standIn: DiscordStandIn;
  adapter: DiscordAdapter;
  core: Core;
  logs: string[];
  stop(): Promise<void>;
}

export async function startHarness(
  options: {
    deferAfterMs?: number;
    wrapCore?: (core: Core) => Core;
    logLevel?: string;
    prepare?: (standIn: DiscordStandIn) => void;
  } = {},
): Promise<Harness> {
  const standIn = await DiscordStandIn.start();
  options.prepare?.(standIn);
  const logs: string[] = [];
  const log = createLogger({
    level: options.logLevel ?? 'trace',
    destination: { write: (line) => void logs.push(line) },
  });
  const { packs, problems } = loadPacks(KNOWLEDGE_DIR);
  if (problems.length > 0) throw new Error(`knowledge problems: ${JSON.stringify(problems)}`);
  const kb = createKnowledgeBase(packs);
  const clock = manualClock(new Date('2015-12-15T09:00:00Z'));
  const commands = [...(await loadCommands()), ...testCommands];
  const base = createCore({
    knowledge: () => kb,
    clock,
    store: nullStore(),
    log,
    commands,
    continuations: memoryContinuations(clock),
  });
  const core = options.wrapCore ? options.wrapCore(base) : base;
  const config = loadConfig({ DISCORD_TOKEN: standIn.token, DISCORD_API_URL: standIn.apiUrl }, false);
  const adapter = discordAdapter({ core, config, log }, { deferAfterMs: options.deferAfterMs ?? 10_000 });
  try {
    await adapter.start();
  } catch (error) {
    await standIn.close();
    throw error;
  }
  return {
    standIn,
    adapter,
    core,
    logs,
    async stop() {
      // The client first: closing the stand-in under a live client would make it reconnect.
      await adapter.stop();
      await standIn.close();
    },
  };
}
