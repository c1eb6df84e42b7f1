/**
 * What a conversation leaves behind for a while: the state behind a button ("Show more",
 * "Share", a pick) and what a thread was about (so "when is that?" in the thread under an
 * answer can be read). It is its own small interface, beside `Store`, so any backend can
 * hold it (SQLite by default, sharing the database file; memory for one-shot CLI runs and
 * tests). Methods are async so that a networked backend fits without a change here.
 *
 * Every entry expires (`expiresAt`, compared with the caller's clock, never the wall
 * clock) and each kind is bounded: past `capacity`, the oldest go first.
 */
import type { Platform } from '../core/incoming.ts';

/** A thread: on Slack its parent's `ts`; on Discord the id of the bot's message replied to. */
export interface ThreadRef {
  platform: Platform;
  channelId: string;
  threadId: string;
}

/** What a thread was about, carried into its follow-up questions. */
export interface ThreadContext {
  /** Entity and event names the last answer in the thread was about. */
  topics: string[];
}

/** A stored entry, or why there is none: `expired` lets the bot say so kindly. */
export type Lookup<T> = { status: 'found'; value: T } | { status: 'expired' } | { status: 'missing' };

export interface ConversationState {
  /** Saves the JSON-serialisable state behind button `id` until `expiresAt`. */
  putButton(id: string, value: unknown, expiresAt: Date): Promise<void>;
  button(id: string, now: Date): Promise<Lookup<unknown>>;
  /** Records (or replaces) what a thread is about, until `expiresAt`. */
  putThread(ref: ThreadRef, context: ThreadContext, expiresAt: Date): Promise<void>;
  thread(ref: ThreadRef, now: Date): Promise<ThreadContext | undefined>;
  close(): Promise<void>;
}

/** How many entries of each kind are kept at most (the oldest go first). */
export const DEFAULT_CAPACITY = 50_000;

/** An expired entry is remembered as expired for this long, then forgotten. */
export const EXPIRED_MEMORY_MS = 30 * 24 * 3600_000;

export const threadKey = (ref: ThreadRef) => `${ref.platform}\u0000${ref.channelId}\u0000${ref.threadId}`;

/**
 * State kept in this process only: for the CLI's one-shot commands and tests. Values are
 * copied through JSON, as a database would, so a caller cannot change what was stored.
 */
export function memoryConversationState(capacity = DEFAULT_CAPACITY): ConversationState {
  const buttons = new Map<string, { json: string; expiresAt: number }>();
  const threads = new Map<string, { json: string; expiresAt: number }>();
  const put = (map: Map<string, { json: string; expiresAt: number }>, key: string, value: unknown, expiresAt: Date) => {
    map.delete(key);
    map.set(key, { json: JSON.stringify(value), expiresAt: expiresAt.getTime() });
    while (map.size > capacity) map.delete(map.keys().next().value!);
  };
  return {
    async putButton(id, value, expiresAt) {
      put(buttons, id, value, expiresAt);
    },
    async button(id, now) {
      const entry = buttons.get(id);
      if (!entry) return { status: 'missing' };
      if (entry.expiresAt <= now.getTime()) return { status: 'expired' };
      return { status: 'found', value: JSON.parse(entry.json) as unknown };
    },
    async putThread(ref, context, expiresAt) {
      put(threads, threadKey(ref), context, expiresAt);
    },
    async thread(ref, now) {
      const entry = threads.get(threadKey(ref));
      return entry && entry.expiresAt > now.getTime() ? (JSON.parse(entry.json) as ThreadContext) : undefined;
    },
    async close() {
      buttons.clear();
      threads.clear();
    },
  };
}
