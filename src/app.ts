/**
 * Builds the bot from its parts: configuration, clock, logger, knowledge, store, commands,
 * core; then starts the platforms. The one place where concrete implementations are
 * chosen, so everything else receives its dependencies and tests can swap any of them.
 */
import type { Logger } from 'pino';
import type { Config } from './config.ts';
import type { ChatAdapter } from './core/adapter.ts';
import type { Clock } from './core/clock.ts';
import type { AnyCommand } from './core/command.ts';
import { storedContinuations } from './core/continuations.ts';
import { createCore, type Core } from './core/core.ts';
import { loadCommands } from './core/registry.ts';
import { compiledPacksFor } from './knowledge/compiled-packs.ts';
import { createKnowledgeHolder, type KnowledgeHolder } from './knowledge/holder.ts';
import { memoryConversationState, type ConversationState } from './storage/conversation-state.ts';
import { nullStore, type Store } from './storage/store.ts';

export interface BuildOptions {
  config: Config;
  clock: Clock;
  log: Logger;
  /** Defaults to a store that keeps nothing (the CLI's one-shot commands). */
  store?: Store;
  /** Button and thread state; defaults to memory (the CLI's one-shot commands). */
  conversations?: ConversationState;
  commands?: AnyCommand[];
  /** Read the packs for answering while loading (the bot); a one-shot command reads them only if it answers. */
  readEagerly?: boolean;
}

export interface Bot {
  core: Core;
  knowledge: KnowledgeHolder;
  store: Store;
  conversations: ConversationState;
}

/** Loads knowledge and commands and builds the core. Throws on a broken knowledge base. */
export async function buildBot(options: BuildOptions): Promise<Bot> {
  const { config, clock, log, store = nullStore(), conversations = memoryConversationState(), commands } = options;
  const knowledge = createKnowledgeHolder(config.KNOWLEDGE_DIR, {
    readEagerly: options.readEagerly ?? true,
    compiled: compiledPacksFor(config),
  });
  const core = createCore({
    knowledge: () => knowledge.current(),
    clock,
    store,
    log,
    commands: commands ?? (await loadCommands()),
    continuations: storedContinuations(conversations, clock),
    conversations,
    defaultTimeZone: config.DEFAULT_TIMEZONE,
  });
  return { core, knowledge, store, conversations };
}

/**
 * Every platform whose settings are present, built but not yet started. The platform
 * libraries (Bolt, discord.js: about a second to load) are imported only here, so the
 * CLI's one-shot commands, which build a bot but run no platform, never load them.
 */
export async function configuredAdapters(bot: Bot, config: Config, log: Logger): Promise<ChatAdapter[]> {
  const { adapterFactories } = await import('./platforms.ts');
  return adapterFactories
    .map((factory) => factory({ core: bot.core, config, log }))
    .filter((a): a is ChatAdapter => a !== undefined);
}
