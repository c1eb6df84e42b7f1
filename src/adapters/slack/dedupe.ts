/**
 * Slack retries an Events API delivery it thinks was lost (no 200 within 3 s, or a dropped
 * socket), with the same `event_id`. Answering a retry would post the answer twice, so
 * each event id is remembered for `ttlMs` on the injected clock. In memory: after a
 * restart the first delivery of an id is answered, which is what a person would want.
 */
import type { Clock } from '../../core/clock.ts';

export interface SeenEvents {
  /** True when `id` was seen within the window; otherwise records it and returns false. */
  seen(id: string): boolean;
}

export function seenEvents(clock: Clock, ttlMs = 60 * 60_000, capacity = 10_000): SeenEvents {
  const at = new Map<string, number>();
  return {
    seen(id) {
      const now = clock.now().getTime();
      const when = at.get(id);
      if (when !== undefined && now - when < ttlMs) return true;
      at.delete(id);
      at.set(id, now);
      // Map keeps insertion order: the oldest entries go first.
      for (const [key, time] of at) {
        if (at.size <= capacity && now - time < ttlMs) break;
        at.delete(key);
      }
      return false;
    },
  };
}
