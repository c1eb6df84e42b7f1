/**
 * What a command's `run` receives. Dependencies are injected (knowledge, clock, store,
 * logger) so tests pass fakes instead of monkey-patching imports.
 */
import type { Logger } from 'pino';
import type { Clock } from './clock.ts';
import type { AnyCommand } from './command.ts';
import type { ReplyIncoming } from './incoming.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import type { Store } from '../storage/store.ts';
import type { Continuations } from './continuations.ts';
import type { ConversationState } from '../storage/conversation-state.ts';

/** Long-lived services shared by every command. */
export interface CoreDeps {
  knowledge: () => KnowledgeBase;
  clock: Clock;
  store: Store;
  log: Logger;
  /** Every loaded command, for help text and the platform registrations. */
  commands: readonly AnyCommand[];
  /** Button state kept server-side, so button values stay short. */
  continuations: Continuations;
  /** What threads were about (for follow-ups); kept in memory when absent. */
  conversations?: ConversationState;
  /** Timezone of channels that never set one (config.DEFAULT_TIMEZONE; UTC when absent). */
  defaultTimeZone?: string;
}

export interface CommandContext<O = Record<string, unknown>> extends CoreDeps {
  options: O;
  incoming: ReplyIncoming;
  /** 1 for a fresh command; higher when the person pressed "Show more". */
  page: number;
  /** Knowledge as of this request (a reload mid-request does not change it). */
  kb: KnowledgeBase;
  /** In a thread follow-up: what the thread's last answer was about ("when is that?"). */
  carried?: { topics: string[] };
  /** The pack this person was last answered from in this channel, in the last half hour (core `recentArticles`). */
  recentArticle?: string;
  /** The stories this person's conversation here has met, the latest last (core `recentArticles`). */
  visitedArticles?: readonly string[];
  /** Where in the recent article the last answer's sentence stands (core `recentArticles`). */
  recentAt?: number;
}
