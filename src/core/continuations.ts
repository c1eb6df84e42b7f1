/**
 * Button state, kept on the server. Discord's custom_id holds 100 characters and Slack's
 * value 2,000, so a button carries only a short id; what it stands for (the command, its
 * options, the page) is saved in a `ConversationState` (SQLite in a running bot), so the
 * buttons of yesterday's answers still work after a restart or a deploy. Entries expire
 * after `ttlMs` on the injected clock; an expired or unknown button gets a polite "ask
 * again", never a crash.
 *
 * `put` hands out the id at once (the card builders are synchronous) and saves in the
 * background; the core awaits `flush()` before the reply goes out, so a button is never
 * shown before its state is stored.
 */
import { randomBytes } from 'node:crypto';
import type { Clock } from './clock.ts';
import type { OptionValue } from './incoming.ts';
import { memoryConversationState, type ConversationState, type Lookup } from '../storage/conversation-state.ts';

export interface Continuation {
  command: string;
  options: Record<string, OptionValue>;
  page: number;
  /** The article of the asker's conversation when the first page was asked, so later pages rank as it did. */
  article?: string;
  /** Where in that article the answer before stood, for the same reason. */
  articleAt?: number;
}

export interface Continuations {
  /** A fresh id for `continuation`, saved in the background until `flush()`. */
  put(continuation: Continuation): string;
  get(id: string): Promise<Lookup<Continuation>>;
  /** Resolves once every `put` so far is saved; rejects if a save failed. */
  flush(): Promise<void>;
}

/** How long a button works: a week, long enough for yesterday's answers. */
export const BUTTON_TTL_MS = 7 * 24 * 3600_000;

export function storedContinuations(state: ConversationState, clock: Clock, ttlMs = BUTTON_TTL_MS): Continuations {
  let pending: Promise<unknown>[] = [];
  return {
    put(value) {
      const id = randomBytes(6).toString('base64url');
      const saving = state.putButton(id, value, new Date(clock.now().getTime() + ttlMs));
      saving.catch(() => undefined); // reported by flush()
      pending.push(saving);
      return id;
    },
    async get(id) {
      const found = await state.button(id, clock.now());
      if (found.status !== 'found') return found;
      return isContinuation(found.value) ? { status: 'found', value: found.value } : { status: 'missing' };
    },
    async flush() {
      const saving = pending;
      pending = [];
      await Promise.all(saving);
    },
  };
}

/** Kept in this process only: the CLI's one-shot commands and tests. */
export function memoryContinuations(clock: Clock, capacity = 5_000, ttlMs = BUTTON_TTL_MS): Continuations {
  return storedContinuations(memoryConversationState(capacity), clock, ttlMs);
}

/** Stored state is read back from a database: check its shape before trusting it. */
function isContinuation(value: unknown): value is Continuation {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const options = v.options;
  return (
    typeof v.command === 'string' &&
    Number.isInteger(v.page) &&
    (v.article === undefined || typeof v.article === 'string') &&
    (v.articleAt === undefined || Number.isInteger(v.articleAt)) &&
    typeof options === 'object' &&
    options !== null &&
    Object.values(options).every((o) => ['string', 'number', 'boolean'].includes(typeof o))
  );
}
