/**
 * The article a person was last answered from in a conversation. People ask a run of
 * questions about one story without naming it again ("what did the libel ruling say?",
 * then "who was the judge?"); the second names nothing that tells the stories apart, and
 * a desk keeps dozens loaded. The answer pipeline prefers this article when it answers
 * nearly as well as the best (answer.ts `preferRecent`).
 *
 * Kept in memory only: it is a conversation's last few minutes, and a restart that forgets
 * it costs a question that names its story. Bounded, so a bot in thousands of channels
 * keeps only the latest conversations.
 */
import type { Clock } from './clock.ts';
import type { Origin } from './incoming.ts';

export interface RecentArticles {
  /** The pack id this person was last answered from here, if that was less than the time to live ago. */
  get(incoming: Origin): string | undefined;
  /** Records that this person was just answered from `packId` here. */
  note(incoming: Origin, packId: string): void;
}

/** How long a conversation stays on its article: a run of questions, not the rest of the day. */
export const RECENT_TTL_MS = 30 * 60_000;
/** How many conversations are remembered at once; the oldest is forgotten first. */
export const RECENT_MAX = 10_000;

/** One conversation: one person in one channel (two people there may be reading different stories). */
function keyOf(incoming: Origin): string {
  return `${incoming.platform}\0${incoming.channel.id}\0${incoming.user.id}`;
}

export function recentArticles(clock: Clock, ttlMs = RECENT_TTL_MS, max = RECENT_MAX): RecentArticles {
  // A Map iterates in insertion order: deleting before setting keeps the oldest first.
  const entries = new Map<string, { packId: string; until: number }>();
  return {
    get(incoming) {
      const key = keyOf(incoming);
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.until > clock.now().getTime()) return entry.packId;
      entries.delete(key);
      return undefined;
    },
    note(incoming, packId) {
      const key = keyOf(incoming);
      entries.delete(key);
      entries.set(key, { packId, until: clock.now().getTime() + ttlMs });
      if (entries.size > max) entries.delete(entries.keys().next().value!);
    },
  };
}
