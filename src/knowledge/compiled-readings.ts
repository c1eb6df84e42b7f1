/**
 * Compiled readings: what stage 1 of answering read in a pack (`readPackParts`: every
 * sentence's lemmas, mentions, links and speaker), stored beside the compiled packs so
 * that a restart or a reload of an unchanged pack skips the NLP pass, the costliest part
 * of loading (about 5 ms a pack; reading it back takes a fifth of that).
 *
 * A reading depends on the pack, its article and the reading code, lexicon, vectors and
 * model, so its key hashes all of them: change any and the pack is read again. Readings
 * are stored without their links to the pack (v8's structured serialisation) and linked
 * again on the way back. Like compiled packs, it is a cache: any failure means reading.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { LoadedPack } from './knowledge-base.ts';
import type { EventReading, ReadPackParts } from './reading-index.ts';
import type { Reading } from './reading.ts';

export interface CompiledReadings {
  get(pack: LoadedPack): ReadPackParts | undefined;
  /** Whether the pack's reading is kept (without reading it back). */
  has(pack: LoadedPack): boolean;
  put(pack: LoadedPack, parts: ReadPackParts): void;
  /** The file a pack's reading is kept in (to tidy the folder with the compiled packs). */
  keyOf(pack: LoadedPack): string;
}

/** The modules and data whose change changes what a reading holds. */
const READING_FILES = [
  'read-pack',
  'reading',
  'reading-index',
  'nlp',
  'text',
  'voice',
  'lexicon/lexicon',
  'lexicon/general.json',
  'lexicon/word-vectors',
];

let stamp: string | undefined;
/** One hash of the reading code, its data and the model's version, worked out once. */
function readingStamp(): string {
  if (stamp) return stamp;
  const here = fileURLToPath(new URL('.', import.meta.url));
  const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  const hash = createHash('sha256');
  for (const name of READING_FILES) {
    const file = join(here, name.endsWith('.json') ? name : `${name}${ext}`);
    hash.update(existsSync(file) ? readFileSync(file) : name);
  }
  const require = createRequire(import.meta.url);
  for (const pkg of ['wink-nlp/package.json', 'wink-eng-lite-web-model/package.json']) {
    hash.update((require(pkg) as { version: string }).version);
  }
  const vectors = join(here, 'lexicon/word-vectors.bin');
  hash.update(existsSync(vectors) ? String(readFileSync(vectors).length) : 'no-vectors');
  return (stamp = hash.digest('hex'));
}

/** What is stored: a reading without the pack and sentence it belongs to. */
type StoredReading = Omit<Reading, 'pack' | 'sentence'> & { paragraph: number; index: number };
interface Stored {
  readings: StoredReading[];
  events: { at: number; keys: string[] }[];
  terms: string[];
}

/** Compiled readings in `dir` (the compiled packs' folder). */
export function compiledReadingsIn(dir: string): CompiledReadings {
  // A pack object is the same across reloads while its files are, so its key is worked out once.
  const keys = new WeakMap<LoadedPack, string>();
  const keyOf = (pack: LoadedPack) => {
    const known = keys.get(pack);
    if (known) return known;
    const hash = createHash('sha256').update(readingStamp()).update(pack.id).update(JSON.stringify(pack.data));
    // The article as read when there is one: hashing it needs no split into sentences.
    if (pack.text !== undefined) hash.update(`\0${pack.text}`);
    else for (const p of pack.paragraphs) hash.update(`\0${p.text}`);
    const key = `${hash.digest('hex')}.reading`;
    keys.set(pack, key);
    return key;
  };
  return {
    keyOf,
    has: (pack) => existsSync(join(dir, `${keyOf(pack)}.bin`)),
    get(pack) {
      try {
        const stored = deserialize(readFileSync(join(dir, `${keyOf(pack)}.bin`))) as Stored;
        return relink(pack, stored);
      } catch {
        return undefined;
      }
    },
    put(pack, parts) {
      try {
        mkdirSync(dir, { recursive: true });
        const file = join(dir, `${keyOf(pack)}.bin`);
        const tmp = `${file}.${process.pid}.tmp`;
        writeFileSync(tmp, serialize(strip(pack, parts)));
        renameSync(tmp, file);
      } catch {
        // Not kept: it is read again next time, nothing more.
      }
    },
  };
}

function strip(pack: LoadedPack, parts: ReadPackParts): Stored {
  return {
    readings: parts.readings.map(({ pack: _pack, sentence, ...rest }) => {
      const paragraph = pack.paragraphs.findIndex((p) => p.sentences.includes(sentence));
      return { ...rest, paragraph, index: pack.paragraphs[paragraph]!.sentences.indexOf(sentence) };
    }),
    events: parts.events.map((e) => ({ at: pack.data.events.indexOf(e.event), keys: [...e.keys] })),
    terms: [...parts.terms],
  };
}

function relink(pack: LoadedPack, stored: Stored): ReadPackParts {
  const readings = stored.readings.map(({ paragraph, index, ...rest }): Reading => {
    const sentence = pack.paragraphs[paragraph]?.sentences[index];
    if (!sentence) throw new Error('stale reading');
    return { ...rest, pack, sentence };
  });
  const events = stored.events.map(({ at, keys }): EventReading => {
    const event = pack.data.events[at];
    if (!event) throw new Error('stale reading');
    return { pack, event, keys: new Set(keys) };
  });
  return { readings, events, terms: new Set(stored.terms) };
}
