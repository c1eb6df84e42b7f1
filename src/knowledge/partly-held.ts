/**
 * A pack's data as an archive holds it. What readers need of every pack stays in memory:
 * ids, titles, dates, timezone, summary, lexicon and events (scheduling, `/events`, digests
 * and the indexes read those for all packs). Its entities, quotes and key points are read
 * by a card or an answer for the few packs it shows, so they are read again from the
 * compiled pack on use, and the last few hundred packs' are kept. At 10,000 packs those
 * objects were a quarter of the heap (46 MB); their names are in the fuzzy index already.
 */
import { Recent } from './recent.ts';
import { intern } from './intern.ts';
import type { Event, PackData } from './schema.ts';

type Held = Pick<PackData, 'entities' | 'quotes' | 'keyPoints'>;

/** Packs whose entities, quotes and key points stay in memory at once. */
export const PACKS_HELD_WHOLE = 256;

const held = new Recent<PackData, Held>(PACKS_HELD_WHOLE);

/**
 * `data` with its entities, quotes and key points read again through `readAgain` once let
 * go of. When the compiled form is gone, `readAgain` reads the pack file (after a change,
 * its new version, until the watcher's reload swaps the pack in); when that fails too, the
 * pack shows none until it is reloaded.
 */
export function partlyHeld(data: PackData, readAgain: () => PackData | undefined): PackData {
  const partly = new PartlyHeld(data, readAgain);
  held.set(partly, pick(data));
  return partly;
}

/**
 * The fields every reader needs, set in the constructor so that all such objects share one
 * shape; the rest through getters on the prototype. (Getters given to each object, in a
 * literal or by `defineProperty`, made every one of them a dictionary: 9 MB at 10,000 packs.)
 */
class PartlyHeld implements PackData {
  id: string;
  title: string;
  published: string;
  source: string;
  url: string | undefined;
  timezone: string;
  origin: PackData['origin'];
  article: string;
  summary: string;
  events: PackData['events'];
  lexicon: PackData['lexicon'];
  readonly #readAgain: () => PackData | undefined;

  constructor(data: PackData, readAgain: () => PackData | undefined) {
    this.id = data.id;
    this.title = data.title;
    this.published = intern(data.published);
    this.source = intern(data.source);
    this.url = data.url;
    this.timezone = intern(data.timezone);
    this.origin = data.origin;
    this.article = intern(data.article);
    this.summary = data.summary;
    this.events = data.events.map(internedEvent);
    this.lexicon = data.lexicon;
    this.#readAgain = readAgain;
  }

  get entities() {
    return this.#parts().entities;
  }

  get quotes() {
    return this.#parts().quotes;
  }

  get keyPoints() {
    return this.#parts().keyPoints;
  }

  /** As JSON, the whole pack. */
  toJSON(): PackData {
    const { entities, quotes, keyPoints } = this.#parts();
    const { id, title, published, source, url, timezone, origin, article, summary, events, lexicon } = this;
    return {
      id,
      title,
      published,
      source,
      url,
      timezone,
      origin,
      article,
      summary,
      entities,
      events,
      quotes,
      keyPoints,
      lexicon,
    };
  }

  #parts(): Held {
    return held.getOr(this, () => {
      const again = this.#readAgain();
      return again ? pick(again) : { entities: [], quotes: [], keyPoints: [] };
    });
  }
}

/**
 * An event with its short strings held once across packs: an archive's events say "on
 * Friday", "day", a timezone and the same participants over and over (at 10,000 packs, the
 * same strings copied were an eighth of the heap).
 */
function internedEvent(event: Event): Event {
  const { id, title, date, precision, phrase, ambiguous, timezone, place, participants, summary, paragraphs } = event;
  return {
    id,
    title,
    ...(date === undefined ? {} : { date: intern(date) }),
    ...(precision === undefined ? {} : { precision }),
    phrase: intern(phrase),
    ...(ambiguous === undefined ? {} : { ambiguous }),
    ...(timezone === undefined ? {} : { timezone: intern(timezone) }),
    ...(place === undefined ? {} : { place: intern(place) }),
    participants: participants.map(intern),
    summary,
    paragraphs,
  };
}

function pick({ entities, quotes, keyPoints }: PackData): Held {
  return { entities, quotes, keyPoints };
}
