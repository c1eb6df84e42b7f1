/**
 * The article a person was last answered from in a conversation. People ask a run of
 * questions about one story without naming it again ("what did the libel ruling say?",
 * then "who was the judge?"); the second names nothing that tells the stories apart, and
 * a desk keeps dozens loaded. The answer pipeline prefers this article when it answers
 * nearly as well as the best (answer.ts `preferRecent`). The names that answer was about are
 * kept with it: "how old is he?" then reads as a thread's follow-up does (answer.ts `withCarried`).
 *
 * Kept in memory only: it is a conversation's last few minutes, and a restart that forgets
 * it costs a question that names its story. Bounded, so a bot in thousands of channels
 * keeps only the latest conversations.
 */
import { Recent } from '../knowledge/recent.ts';
import type { Clock } from './clock.ts';
import type { ThreadContext } from '../storage/conversation-state.ts';
import type { Origin } from './incoming.ts';

export interface RecentArticles {
  /** The pack id this person was last answered from here, if that was less than the time to live ago. */
  get(incoming: Origin): string | undefined;
  /** The stories this conversation has met (answered from, or leaned to by a refused question), the latest last. */
  visited(incoming: Origin): readonly string[];
  /** The entity and event names that last answer was about, as a thread keeps its last answer's. */
  topics(incoming: Origin): ThreadContext | undefined;
  /** Records that a question of this conversation pointed to `packId`, which it may go to next. */
  lean(incoming: Origin, packId: string): void;
  /** Where in the article that answer's first sentence stands, if the answer quoted one. */
  at(incoming: Origin): number | undefined;
  /** Records that this person was just answered from `packId` here (at position `at` of its sentences). */
  note(incoming: Origin, packId: string, topics?: readonly string[], at?: number): void;
}

/** How long a conversation stays on its article: a run of questions, not the rest of the day. */
export const RECENT_TTL_MS = 30 * 60_000;
/** How many of a conversation's stories are remembered: a run of questions visits a few. */
export const VISITED_MAX = 8;
/** How many conversations are remembered at once; the one heard from longest ago is forgotten first. */
export const RECENT_MAX = 10_000;

/** One conversation: one person in one channel (two people there may be reading different stories). */
function keyOf(incoming: Origin): string {
  return `${incoming.platform}\0${incoming.channel.id}\0${incoming.user.id}`;
}

export function recentArticles(clock: Clock, ttlMs = RECENT_TTL_MS, max = RECENT_MAX): RecentArticles {
  type Entry = { packId: string; until: number; topics: readonly string[]; visited: readonly string[]; at?: number };
  const entries = new Recent<string, Entry>(max);
  /** This conversation's entry, unless its time to live has run out. */
  const live = (incoming: Origin) => {
    const entry = entries.get(keyOf(incoming));
    return entry && entry.until > clock.now().getTime() ? entry : undefined;
  };
  return {
    get: (incoming) => live(incoming)?.packId,
    at: (incoming) => live(incoming)?.at,
    visited: (incoming) => live(incoming)?.visited ?? [],
    topics(incoming) {
      const topics = live(incoming)?.topics ?? [];
      return topics.length > 0 ? { topics: [...topics] } : undefined;
    },
    lean(incoming, packId) {
      const entry = live(incoming);
      if (entry) entries.set(keyOf(incoming), { ...entry, visited: visitedWith(entry.visited, packId) });
    },
    note(incoming, packId, topics = [], at) {
      const visited = visitedWith(live(incoming)?.visited ?? [], packId);
      entries.set(keyOf(incoming), { packId, until: clock.now().getTime() + ttlMs, topics, visited, at });
    },
  };
}

/** The stories visited, with `packId` the latest, the oldest forgotten past `VISITED_MAX`. */
function visitedWith(visited: readonly string[], packId: string): readonly string[] {
  return [...visited.filter((id) => id !== packId), packId].slice(-VISITED_MAX);
}
