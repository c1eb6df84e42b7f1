/**
 * A pack's data as an archive holds it. What readers need of every pack stays in memory:
 * ids, titles, dates, timezone, summary, lexicon and events (scheduling, `/events`, digests
 * and the indexes read those for all packs). Its entities, quotes and key points are read
 * by a card or an answer for the few packs it shows, so they are read again from the
 * compiled pack on use, and the last few hundred packs' are kept. At 10,000 packs those
 * objects were a quarter of the heap (46 MB); their names are in the fuzzy index already.
 */
import { Recent } from './recent.ts';
import type { PackData } from './schema.ts';

type Held = Pick<PackData, 'entities' | 'quotes' | 'keyPoints'>;

/** Packs whose entities, quotes and key points stay in memory at once. */
export const PACKS_HELD_WHOLE = 256;

const held = new Recent<PackData, Held>(PACKS_HELD_WHOLE);

/**
 * `data` with its entities, quotes and key points read again through `readAgain` once let
 * go of. Reading them again can fail (the pack changed and its compiled form was tidied
 * away before the watcher's reload): the pack then shows none until it is reloaded.
 */
export function partlyHeld(data: PackData, readAgain: () => PackData | undefined): PackData {
  const parts = (): Held =>
    held.getOr(partly, () => {
      const again = readAgain();
      return again ? pick(again) : { entities: [], quotes: [], keyPoints: [] };
    });
  // Every field written out (rather than copied and given getters one by one), so the object
  // keeps a fixed shape: an object given properties after it is made turns into a dictionary.
  const partly: PackData = {
    id: data.id,
    title: data.title,
    published: data.published,
    source: data.source,
    url: data.url,
    timezone: data.timezone,
    origin: data.origin,
    article: data.article,
    summary: data.summary,
    events: data.events,
    lexicon: data.lexicon,
    get entities() {
      return parts().entities;
    },
    get quotes() {
      return parts().quotes;
    },
    get keyPoints() {
      return parts().keyPoints;
    },
  };
  held.set(partly, pick(data));
  return partly;
}

function pick({ entities, quotes, keyPoints }: PackData): Held {
  return { entities, quotes, keyPoints };
}
