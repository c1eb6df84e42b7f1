/**
 * The readings of every pack and one BM25 index over their terms: what the answer
 * pipeline retrieves from. Built once per knowledge base (a reload builds a new one);
 * rarity (idf) and neighbours are read from here, never recomputed.
 */
import { buildBm25, type Bm25Index } from './bm25.ts';
import type { LoadedPack } from './knowledge-base.ts';
import { buildLexicon, GENERAL_LEXICON, type Lexicon } from './lexicon/lexicon.ts';
import { readPack } from './read-pack.ts';
import { loadWordVectors, type WordVectors } from './lexicon/word-vectors.ts';
import { keysOf, type Reading } from './reading.ts';
import { parse } from './nlp.ts';
import type { Event } from './schema.ts';

/** An event of a pack with the index keys of its title, phrase, place and participants. */
export interface EventReading {
  pack: LoadedPack;
  event: Event;
  keys: ReadonlySet<string>;
}

export interface ReadingIndex {
  readonly events: readonly EventReading[];
  readonly readings: readonly Reading[];
  readonly lexicon: Lexicon;
  /** Word vectors for soft matching of words the lexicon does not group. */
  readonly vectors: WordVectors;
  readonly bm25: Bm25Index;
  /** The pack's readings in article order (`reading.at` indexes it). */
  ofPack(packId: string): readonly Reading[];
  /** Every index key the pack's sentences hold. */
  packTerms(packId: string): ReadonlySet<string>;
  /** The sentence before or after, in the same pack. */
  neighbour(reading: Reading, step: -1 | 1): Reading | undefined;
}

export function buildReadingIndex(packs: readonly LoadedPack[]): ReadingIndex {
  const lexicon = buildLexicon(GENERAL_LEXICON, packs.flatMap((p) => (p.data.lexicon ? [p.data.lexicon] : [])));
  const byPack = new Map<string, Reading[]>();
  const readings: Reading[] = [];
  const vectors = wordVectors();
  for (const pack of packs) {
    const own = readPack(pack, lexicon, vectors);
    byPack.set(pack.id, own);
    readings.push(...own);
  }
  const bm25 = buildBm25(readings.map((r) => r.terms));
  const packTerms = new Map([...byPack].map(([id, own]) => [id, new Set(own.flatMap((r) => r.terms))]));
  const events = packs.flatMap((pack) =>
    pack.data.events.map((event): EventReading => {
      const names = event.participants.map((id) => pack.data.entities.find((e) => e.id === id)?.name ?? '');
      const about = [event.title, event.phrase, event.place ?? '', ...names].join(' . ');
      return { pack, event, keys: new Set(keysOf(parse(about).tokens, lexicon).keys) };
    }),
  );
  return {
    vectors,
    events,
    readings,
    lexicon,
    bm25,
    ofPack: (id) => byPack.get(id) ?? [],
    packTerms: (id) => packTerms.get(id) ?? new Set(),
    neighbour: (r, step) => byPack.get(r.pack.id)?.[r.at + step],
  };
}

let shared: WordVectors | undefined;

/** The vectors are the same for every knowledge base: read the file once per process. */
function wordVectors(): WordVectors {
  shared ??= loadWordVectors();
  return shared;
}
