/**
 * Button state, kept on the server. Discord's custom_id holds 100 characters and Slack's
 * value 2,000, so a button carries only a short id; what it stands for (the command, its
 * options, the page) lives here. Entries expire after `ttlMs` on the injected clock and
 * the oldest go first when `capacity` is reached; an expired button gets a polite
 * "ask again", never a crash.
 */
import { randomBytes } from 'node:crypto';
import type { Clock } from './clock.ts';
import type { OptionValue } from './incoming.ts';

export interface Continuation {
  command: string;
  options: Record<string, OptionValue>;
  page: number;
}

export interface Continuations {
  put(continuation: Continuation): string;
  get(id: string): Continuation | undefined;
}

export function memoryContinuations(clock: Clock, capacity = 5_000, ttlMs = 24 * 3600_000): Continuations {
  const entries = new Map<string, { value: Continuation; at: number }>();
  return {
    put(value) {
      const id = randomBytes(6).toString('base64url');
      entries.set(id, { value, at: clock.now().getTime() });
      while (entries.size > capacity) entries.delete(entries.keys().next().value!);
      return id;
    },
    get(id) {
      const entry = entries.get(id);
      if (!entry) return undefined;
      if (clock.now().getTime() - entry.at > ttlMs) {
        entries.delete(id);
        return undefined;
      }
      return entry.value;
    },
  };
}
