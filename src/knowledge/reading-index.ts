/**
 * The readings of every pack and one BM25 index over their terms: what the answer
 * pipeline retrieves from. A pack is read once (`readPackParts`, kept by the knowledge
 * holder across reloads, so a reload reads only the packs that changed); the index over
 * all of them is merged per knowledge base. Rarity (idf) and neighbours are read from
 * here, never recomputed.
 */
import { buildBm25, type Bm25Index } from './bm25.ts';
import type { LoadedPack } from './knowledge-base.ts';
import { buildLexicon, GENERAL_LEXICON, type Lexicon } from './lexicon/lexicon.ts';
import { loadWordVectors, type WordVectors } from './lexicon/word-vectors.ts';
import { parse } from './nlp.ts';
import { readPack } from './read-pack.ts';
import { keysOf, type Reading } from './reading.ts';
import { spellingOf, type Spelling } from './spelling.ts';
import type { Event } from './schema.ts';

/** An event of a pack with the index keys of its title, phrase, place and participants. */
export interface EventReading {
  pack: LoadedPack;
  event: Event;
  keys: ReadonlySet<string>;
}

/** What reading one pack yields, from that pack alone. */
export interface ReadPackParts {
  readings: Reading[];
  events: EventReading[];
  terms: ReadonlySet<string>;
}

export interface ReadingIndex {
  readonly events: readonly EventReading[];
  /** The events whose own words hold any of `keys`: what a question can be about, without a scan. */
  eventsWith(keys: readonly string[]): EventReading[];
  readonly readings: readonly Reading[];
  readonly lexicon: Lexicon;
  /** Word vectors for soft matching of words the lexicon does not group. */
  readonly vectors: WordVectors;
  readonly bm25: Bm25Index;
  /** The articles' own words, to read a misspelt question word as the word it misspells. */
  readonly spelling: Spelling;
  /** The pack's readings in article order (`reading.at` indexes it). */
  ofPack(packId: string): readonly Reading[];
  /** Every index key the pack's sentences hold. */
  packTerms(packId: string): ReadonlySet<string>;
  /** The sentence before or after, in the same pack. */
  neighbour(reading: Reading, step: -1 | 1): Reading | undefined;
  /**
   * This index with more packs in it, sharing what it holds (a pack added while the bot
   * runs); undefined when a new pack brings words of its own to the lexicon, which changes
   * how every pack reads.
   */
  extend(packs: readonly LoadedPack[], partsOf: (pack: LoadedPack) => ReadPackParts): ReadingIndex | undefined;
}

/** The general lexicon, built once when this module loads. */
const GENERAL = buildLexicon(GENERAL_LEXICON);
/** The word vectors, read on first use (about 70 ms), then kept. */
let vectors: WordVectors | undefined;
const VECTORS = (): WordVectors => (vectors ??= loadWordVectors());

/** The lexicon a pack is read with: the general one, plus the pack's own words if it has any. */
function lexiconOf(pack: LoadedPack): Lexicon {
  return pack.data.lexicon ? buildLexicon(GENERAL_LEXICON, [pack.data.lexicon]) : GENERAL;
}

/** Reads one pack: its sentences and its events. */
export function readPackParts(pack: LoadedPack): ReadPackParts {
  const lexicon = lexiconOf(pack);
  const readings = readPack(pack, lexicon, VECTORS());
  const events = pack.data.events.map((event): EventReading => {
    const names = event.participants.map((id) => pack.data.entities.find((e) => e.id === id)?.name ?? '');
    const about = [event.title, event.phrase, event.place ?? '', ...names].join(' . ');
    return { pack, event, keys: new Set(keysOf(parse(about).tokens, lexicon).keys) };
  });
  return { readings, events, terms: new Set(readings.flatMap((r) => r.terms)) };
}

/**
 * Once this many events are found, a key held by more events than that adds none: an event
 * a question is about shares its rarer words too, and in a large archive "talks" or "plan"
 * alone names tens of thousands of events (walking them was a third of a question's time).
 */
const ENOUGH_EVENTS = 2_000;

/** The events holding any of the keys, the keys held by fewest events first. */
function eventsHolding(byKey: ReadonlyMap<string, EventReading[]>, keys: readonly string[]): EventReading[] {
  const lists = [...new Set(keys)].map((k) => byKey.get(k) ?? []).sort((a, b) => a.length - b.length);
  const found = new Set<EventReading>();
  for (const list of lists) {
    if (found.size > 0 && found.size + list.length > ENOUGH_EVENTS && list.length > ENOUGH_EVENTS) break;
    for (const e of list) found.add(e);
  }
  return [...found];
}

/** Merges the packs' parts into one index; `partsOf` supplies parts already read. */
export function buildReadingIndex(
  packs: readonly LoadedPack[],
  partsOf: (pack: LoadedPack) => ReadPackParts = readPackParts,
): ReadingIndex {
  const extras = packs.flatMap((p) => (p.data.lexicon ? [p.data.lexicon] : []));
  const lexicon = extras.length > 0 ? buildLexicon(GENERAL_LEXICON, extras) : GENERAL;
  const parts = new Map(packs.map((pack) => [pack.id, partsOf(pack)]));
  const readings = [...parts.values()].flatMap((p) => p.readings);
  const events = [...parts.values()].flatMap((p) => p.events);
  return indexOf({ lexicon, parts, readings, bm25: buildBm25(readings.map((r) => r.terms)), events });
}

interface Held {
  lexicon: Lexicon;
  parts: Map<string, ReadPackParts>;
  readings: Reading[];
  bm25: Bm25Index;
  events: EventReading[];
}

function indexOf(held: Held, eventsByKey = keyedEvents(held.events)): ReadingIndex {
  const { lexicon, parts, readings, bm25, events } = held;
  return {
    vectors: VECTORS(),
    events,
    eventsWith: (keys) => eventsHolding(eventsByKey, keys),
    readings,
    lexicon,
    bm25,
    spelling: spellingOf(bm25),
    ofPack: (id) => parts.get(id)?.readings ?? [],
    packTerms: (id) => parts.get(id)?.terms ?? new Set(),
    neighbour: (r, step) => parts.get(r.pack.id)?.readings[r.at + step],
    extend(added, partsOf) {
      if (added.some((p) => p.data.lexicon || parts.has(p.id))) return undefined;
      const more = added.map(partsOf);
      const newReadings = more.flatMap((p) => p.readings);
      const newEvents = more.flatMap((p) => p.events);
      const byKey = new Map(eventsByKey);
      for (const e of newEvents) for (const k of e.keys) byKey.set(k, [...(byKey.get(k) ?? []), e]);
      const next: Held = {
        lexicon,
        parts: new Map([...parts, ...added.map((pack, i) => [pack.id, more[i]!] as const)]),
        readings: [...readings, ...newReadings],
        bm25: bm25.withDocs(newReadings.map((r) => r.terms)),
        events: [...events, ...newEvents],
      };
      return indexOf(next, byKey);
    },
  };
}

function keyedEvents(events: readonly EventReading[]): Map<string, EventReading[]> {
  const byKey = new Map<string, EventReading[]>();
  for (const e of events) {
    for (const k of e.keys) {
      const list = byKey.get(k);
      if (list) list.push(e);
      else byKey.set(k, [e]);
    }
  }
  return byKey;
}
