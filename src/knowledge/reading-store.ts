/**
 * Where the packs' readings live while the bot runs. A small knowledge base keeps them in
 * memory. An archive keeps them on disk, in the compiled readings beside the database, and
 * holds only the packs the last questions touched (a bounded cache): at 10,000 packs every
 * reading in memory was a gigabyte, while a question needs a few dozen packs' readings.
 *
 * The merged index over all packs (BM25 and where each sentence and event is) is stored
 * there too, under the hash of every pack's reading key (in any order), so a start with
 * nothing changed opens it instead of reading each pack's reading back to rebuild it.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { compiledReadingsIn } from './compiled-readings.ts';
import type { LoadedPack } from './knowledge-base.ts';
import { Recent } from './recent.ts';
import {
  heldReadings,
  openReadingIndex,
  readPackParts,
  type PackReadings,
  type PartsOf,
  type ReadingIndex,
  type StoredReadingIndex,
} from './reading-index.ts';

export interface ReadingStore {
  /** A pack's readings, read now if they never were. */
  partsOf: PartsOf;
  /** Reads and keeps a pack's readings if they are not kept yet; true when it read them now. */
  ensure(pack: LoadedPack): boolean;
  /** The merged index of these packs as stored, or undefined. */
  openIndex(packs: readonly LoadedPack[], partsOf: PartsOf): ReadingIndex | undefined;
  /** Stores the merged index (nothing when it is stored already). */
  saveIndex(index: ReadingIndex): void;
  /** The files to keep for these packs (their readings and their merged index), to tidy the folder. */
  keysOf(packs: readonly LoadedPack[]): string[];
}

/** Packs whose readings stay in memory at once; a question touches a few dozen. */
export const READINGS_HELD = 512;

/** Readings kept in memory, all of them: for a knowledge base with no folder to keep them in. */
export function memoryReadings(): ReadingStore {
  const held = new WeakMap<LoadedPack, PackReadings>();
  const partsOf = (pack: LoadedPack) => {
    let parts = held.get(pack);
    if (!parts) held.set(pack, (parts = heldReadings(readPackParts(pack))));
    return parts;
  };
  return {
    partsOf,
    ensure(pack) {
      const read = !held.has(pack);
      partsOf(pack);
      return read;
    },
    openIndex: () => undefined,
    saveIndex: () => undefined,
    keysOf: () => [],
  };
}

/** Readings kept in `dir` (the compiled packs' folder), the last `held` packs' in memory. */
export function readingStoreIn(dir: string, held = READINGS_HELD): ReadingStore {
  const compiled = compiledReadingsIn(dir);
  const recent = new Recent<LoadedPack, PackReadings>(held);
  // The index of a set of packs, whatever their order: a changed pack's sentences come last.
  const indexKey = (packs: readonly LoadedPack[]) => {
    const hash = createHash('sha256');
    for (const key of packs.map((p) => compiled.keyOf(p)).sort()) hash.update(`${key}\0`);
    return `${hash.digest('hex')}.index`;
  };
  const indexFile = (key: string) => join(dir, `${key}.bin`);
  let saved: string | undefined;

  function partsOf(pack: LoadedPack): PackReadings {
    return recent.getOr(pack, () => {
      const stored = compiled.get(pack);
      if (stored) return stored;
      const read = readPackParts(pack);
      compiled.put(pack, read);
      return heldReadings(read);
    });
  }

  return {
    partsOf,
    ensure(pack) {
      if (recent.has(pack) || compiled.has(pack)) return false;
      partsOf(pack);
      return true;
    },
    openIndex(packs, packParts) {
      const key = indexKey(packs);
      try {
        const stored = deserialize(readFileSync(indexFile(key))) as StoredReadingIndex & { keys: string[] };
        const byKey = new Map(packs.map((p) => [compiled.keyOf(p), p]));
        const ordered = stored.keys.map((k) => byKey.get(k));
        if (ordered.length !== packs.length || ordered.some((p) => p === undefined)) return undefined;
        const index = openReadingIndex(ordered as LoadedPack[], stored, packParts);
        saved = key;
        return index;
      } catch {
        return undefined;
      }
    },
    saveIndex(index) {
      const key = indexKey(index.packs);
      if (key === saved) return;
      try {
        mkdirSync(dir, { recursive: true });
        const tmp = `${indexFile(key)}.${process.pid}.tmp`;
        writeFileSync(tmp, serialize({ ...index.stored(), keys: index.packs.map((p) => compiled.keyOf(p)) }));
        renameSync(tmp, indexFile(key));
        saved = key;
      } catch {
        // Not kept: the next start merges the packs' readings again, nothing more.
      }
    },
    keysOf: (packs) => [...packs.map((p) => compiled.keyOf(p)), indexKey(packs)],
  };
}
