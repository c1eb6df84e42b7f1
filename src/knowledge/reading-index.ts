/**
 * The readings of every pack and one BM25 index over their terms: what the answer
 * pipeline retrieves from. A pack is read once (`readPackParts`, kept by the knowledge
 * holder across reloads, so a reload reads only the packs that changed); the index over
 * all of them is merged per knowledge base. Rarity (idf) and neighbours are read from
 * here, never recomputed.
 *
 * The index itself holds no reading: it keeps each sentence's place (which pack, which
 * sentence of it) and asks `partsOf` for the pack's readings when a question needs them.
 * The knowledge holder answers from memory for a small knowledge base and from the
 * compiled readings on disk, through a bounded cache, for an archive (`reading-store.ts`):
 * 300,000 readings in memory were a gigabyte. The merged index can be stored as data
 * (`stored`) and opened again (`openReadingIndex`) without reading a pack.
 */
import { buildBm25, openBm25, type Bm25Index, type PackedBm25 } from './bm25.ts';
import type { LoadedPack } from './knowledge-base.ts';
import { buildLexicon, GENERAL_LEXICON, type Lexicon } from './lexicon/lexicon.ts';
import { sharedWordVectors, type WordVectors } from './lexicon/word-vectors.ts';
import { parse } from './nlp.ts';
import { readPack } from './read-pack.ts';
import { intern } from './intern.ts';
import { keysOf, type Reading } from './reading.ts';
import { spellingOf, type Spelling } from './spelling.ts';
import type { Event } from './schema.ts';

/** An event of a pack with the index keys of its title, phrase, place and participants. */
export interface EventReading {
  pack: LoadedPack;
  event: Event;
  /** Each key once; an array rather than a set, as an archive holds 30,000 of them (a set's table is 190 bytes). */
  keys: readonly string[];
}

/** What reading one pack yields, from that pack alone. */
export interface ReadPackParts {
  readings: Reading[];
  events: EventReading[];
  terms: ReadonlySet<string>;
}

/**
 * One pack's readings as the index asks for them: one sentence at a time (a question needs
 * a few of a pack's sentences, so those kept on disk are read back one by one), or all.
 */
export interface PackReadings {
  readonly count: number;
  /** The reading at `at` (its position in the pack), or undefined past either end. */
  at(at: number): Reading | undefined;
  all(): readonly Reading[];
  /** Every index key the pack's sentences hold. */
  readonly terms: ReadonlySet<string>;
  /** Each sentence's index keys, what merging the index needs (without reading the sentences back). */
  docTerms(): readonly (readonly string[])[];
  readonly events: readonly EventReading[];
}

/** Readings held in memory, as the index asks for them. */
export function heldReadings(parts: ReadPackParts): PackReadings {
  return {
    count: parts.readings.length,
    at: (at) => parts.readings[at],
    all: () => parts.readings,
    terms: parts.terms,
    docTerms: () => parts.readings.map((r) => r.terms),
    events: parts.events,
  };
}

export interface ReadingIndex {
  readonly events: readonly EventReading[];
  /** The events whose own words hold any of `keys`: what a question can be about, without a scan. */
  eventsWith(keys: readonly string[]): EventReading[];
  /** The reading of a document of `bm25` (a sentence). */
  reading(doc: number): Reading;
  readonly lexicon: Lexicon;
  /** Word vectors for soft matching of words the lexicon does not group. */
  readonly vectors: WordVectors;
  readonly bm25: Bm25Index;
  /** The articles' own words, to read a misspelt question word as the word it misspells. */
  readonly spelling: Spelling;
  /** The pack's readings in article order (`reading.at` indexes it). */
  ofPack(packId: string): readonly Reading[];
  /** Whether any of the pack's sentences holds the index key. */
  packHolds(packId: string, key: string): boolean;
  /** How many of the pack's sentences hold the index key, and how many it has. */
  packShare(packId: string, key: string): { holding: number; of: number };
  /** The sentence before or after, in the same pack. */
  neighbour(reading: Reading, step: -1 | 1): Reading | undefined;
  /**
   * This index with packs taken out and others put in (packs added, changed or removed while
   * the bot runs), without reading the packs it keeps: their sentences are renumbered and
   * the new packs' appended. Undefined when a pack in or out brings words of its own to the
   * lexicon (then every pack is merged anew).
   */
  changed(removed: readonly LoadedPack[], added: readonly LoadedPack[], partsOf: PartsOf): ReadingIndex | undefined;
  /** The packs it indexes, in its own order (a changed pack's sentences come last). */
  readonly packs: readonly LoadedPack[];
  /** The index as data, to store beside the compiled readings (no reading in it). */
  stored(): StoredReadingIndex;
}

/** Where a pack's readings come from: memory, or the compiled readings on disk. */
export type PartsOf = (pack: LoadedPack) => PackReadings;

/** The merged index as data: what `openReadingIndex` needs besides the packs themselves. */
export interface StoredReadingIndex {
  /** How many readings (sentences) each pack has, in the packs' order. */
  counts: Int32Array;
  /** Per event: the position of its pack, its position in the pack's events, its keys. */
  eventPack: Int32Array;
  eventAt: Int32Array;
  eventKeys: string[][];
  bm25: PackedBm25;
}

/** The general lexicon, built once when this module loads. */
const GENERAL = buildLexicon(GENERAL_LEXICON);

/** The lexicon a pack is read with: the general one, plus the pack's own words if it has any. */
function lexiconOf(pack: LoadedPack): Lexicon {
  return pack.data.lexicon ? buildLexicon(GENERAL_LEXICON, [pack.data.lexicon]) : GENERAL;
}

/** Reads one pack: its sentences and its events. */
export function readPackParts(pack: LoadedPack): ReadPackParts {
  const lexicon = lexiconOf(pack);
  const readings = readPack(pack, lexicon, sharedWordVectors());
  const events = pack.data.events.map((event): EventReading => {
    const names = event.participants.map((id) => pack.data.entities.find((e) => e.id === id)?.name ?? '');
    const about = [event.title, event.phrase, event.place ?? '', ...names].join(' . ');
    return { pack, event, keys: [...new Set(keysOf(parse(about).tokens, lexicon).keys)] };
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
  partsOf: PartsOf = (pack) => heldReadings(readPackParts(pack)),
): ReadingIndex {
  const counts = new Int32Array(packs.length);
  const docs: (readonly string[])[] = [];
  const events: EventReading[] = [];
  packs.forEach((pack, i) => {
    const parts = partsOf(pack);
    counts[i] = parts.count;
    docs.push(...parts.docTerms());
    events.push(...parts.events);
  });
  return indexOf({ packs: [...packs], counts, bm25: buildBm25(docs), events, partsOf });
}

/** Opens a stored index over the same packs, in the same order, without reading any of them. */
export function openReadingIndex(
  packs: readonly LoadedPack[],
  stored: StoredReadingIndex,
  partsOf: PartsOf,
): ReadingIndex {
  if (stored.counts.length !== packs.length) throw new Error('the stored index is of other packs');
  const events = Array.from(stored.eventPack, (p, i): EventReading => {
    const pack = packs[p]!;
    const event = pack.data.events[stored.eventAt[i]!];
    if (!event) throw new Error('the stored index is of other packs');
    return { pack, event, keys: stored.eventKeys[i]!.map(intern) };
  });
  return indexOf({ packs: [...packs], counts: stored.counts, bm25: openBm25(stored.bm25), events, partsOf });
}

interface Held {
  packs: LoadedPack[];
  /** Readings per pack. */
  counts: Int32Array;
  bm25: Bm25Index;
  events: EventReading[];
  partsOf: PartsOf;
}

function indexOf(held: Held, eventsByKey = keyedEvents(held.events)): ReadingIndex {
  const { packs, counts, bm25, events, partsOf } = held;
  const extras = packs.flatMap((p) => (p.data.lexicon ? [p.data.lexicon] : []));
  const lexicon = extras.length > 0 ? buildLexicon(GENERAL_LEXICON, extras) : GENERAL;
  const ordinalOf = new Map(packs.map((p, i) => [p.id, i]));
  const packOf = (id: string) => {
    const p = ordinalOf.get(id);
    return p === undefined ? undefined : packs[p];
  };
  // Each document's pack, and where each pack's documents start.
  const firstDoc = new Int32Array(packs.length + 1);
  counts.forEach((count, i) => (firstDoc[i + 1] = firstDoc[i]! + count));
  const docPack = new Int32Array(firstDoc[packs.length]!);
  counts.forEach((count, i) => docPack.fill(i, firstDoc[i]!, firstDoc[i]! + count));
  const readingsOf = (id: string) => {
    const pack = packOf(id);
    return pack ? partsOf(pack).all() : [];
  };
  return {
    vectors: sharedWordVectors(),
    events,
    eventsWith: (keys) => eventsHolding(eventsByKey, keys),
    reading(doc) {
      const p = docPack[doc]!;
      return partsOf(packs[p]!).at(doc - firstDoc[p]!)!;
    },
    lexicon,
    bm25,
    spelling: spellingOf(bm25),
    ofPack: readingsOf,
    // From the postings, not the pack's readings: a question asks this of every candidate's pack.
    packHolds(id, key) {
      const p = ordinalOf.get(id);
      return p !== undefined && bm25.holdsIn(key, firstDoc[p]!, firstDoc[p + 1]!);
    },
    packShare(id, key) {
      const p = ordinalOf.get(id);
      if (p === undefined) return { holding: 0, of: 0 };
      return { holding: bm25.countIn(key, firstDoc[p]!, firstDoc[p + 1]!), of: counts[p]! };
    },
    neighbour(r, step) {
      const pack = packOf(r.pack.id);
      return pack ? partsOf(pack).at(r.at + step) : undefined;
    },
    packs,
    changed(removed, added, nextPartsOf) {
      if ([...removed, ...added].some((p) => p.data.lexicon)) return undefined;
      const gone = new Set(removed);
      const keptAt = packs.flatMap((p, i) => (gone.has(p) ? [] : [i]));
      const more = added.map(nextPartsOf);
      const newEvents = more.flatMap((p) => p.events);
      const keptEvents = gone.size > 0 ? events.filter((e) => !gone.has(e.pack)) : events;
      let byKey: Map<string, EventReading[]>;
      let kept = bm25;
      if (gone.size > 0) {
        const remap = new Int32Array(docPack.length).fill(-1);
        let doc = 0;
        for (const i of keptAt) for (let d = firstDoc[i]!; d < firstDoc[i + 1]!; d++) remap[d] = doc++;
        kept = bm25.remapped(remap);
        byKey = keyedEvents([...keptEvents, ...newEvents]);
      } else {
        byKey = new Map(eventsByKey);
        for (const e of newEvents) for (const k of e.keys) byKey.set(k, [...(byKey.get(k) ?? []), e]);
      }
      const next: Held = {
        packs: [...keptAt.map((i) => packs[i]!), ...added],
        counts: Int32Array.from([...keptAt.map((i) => counts[i]!), ...more.map((p) => p.count)]),
        bm25: more.length > 0 ? kept.withDocs(more.flatMap((p) => p.docTerms())) : kept,
        events: [...keptEvents, ...newEvents],
        partsOf: nextPartsOf,
      };
      return indexOf(next, byKey);
    },
    stored() {
      const at = new Map(packs.map((p, i) => [p, i]));
      return {
        counts,
        eventPack: Int32Array.from(events, (e) => at.get(e.pack)!),
        eventAt: Int32Array.from(events, (e) => e.pack.data.events.indexOf(e.event)),
        eventKeys: events.map((e) => [...e.keys]),
        bm25: bm25.packed(),
      };
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
