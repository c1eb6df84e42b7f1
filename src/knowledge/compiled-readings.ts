/**
 * Compiled readings: what stage 1 of answering read in a pack (`readPackParts`: every
 * sentence's lemmas, mentions, links and speaker), stored beside the compiled packs so
 * that a restart or a reload of an unchanged pack skips the NLP pass, the costliest part
 * of loading (about 5 ms a pack), and so that an archive keeps them on disk, not in memory.
 *
 * A reading depends on the pack, its article and the reading code, lexicon, vectors and
 * model, so its key hashes all of them: change any and the pack is read again. Each
 * sentence's reading is stored on its own (v8's structured serialisation, without its link
 * to the pack) behind a table of where each starts, so a question that needs three
 * sentences of a pack deserialises those three: deserialising whole packs was most of a
 * question's time in a 10,000-pack archive. Like compiled packs, it is a cache: any failure
 * means reading again.
 *
 * Layout: u32 count, u32 × (count + 1) offsets of each reading (from the first), u32 length
 * of the header, the header ({ events, docs }), the readings.
 */
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { intern } from './intern.ts';
import type { LoadedPack } from './knowledge-base.ts';
import { readPackParts, type EventReading, type PackReadings, type ReadPackParts } from './reading-index.ts';
import type { Reading } from './reading.ts';

export interface CompiledReadings {
  /** The pack's readings as stored, each read back when first asked for; undefined when not stored. */
  get(pack: LoadedPack): PackReadings | undefined;
  /** Whether the pack's reading is kept (without reading it back). */
  has(pack: LoadedPack): boolean;
  put(pack: LoadedPack, parts: ReadPackParts): void;
  /** The file a pack's reading is kept in (to tidy the folder with the compiled packs). */
  keyOf(pack: LoadedPack): string;
}

/** The modules and data whose change changes what a reading holds. */
const READING_FILES = [
  'read-pack',
  'known-keys',
  'acronym',
  'reading',
  'amount-key',
  'reading-index',
  'compiled-readings',
  'nlp',
  'text',
  'plain-letters',
  'voice',
  'article',
  'untyped',
  'money',
  'lexicon/currency-signs.json',
  'quotation',
  'gender',
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
  for (const pkg of [
    'wink-nlp/package.json',
    'wink-eng-lite-web-model/package.json',
    'gender-detection-from-name/package.json',
  ]) {
    hash.update((require(pkg) as { version: string }).version);
  }
  const vectors = join(here, 'lexicon/word-vectors.bin');
  hash.update(existsSync(vectors) ? String(readFileSync(vectors).length) : 'no-vectors');
  return (stamp = hash.digest('hex'));
}

/** What is stored of one sentence's reading: all of it but its link to the pack. */
type StoredReading = Omit<Reading, 'pack'>;
/** What is stored of the pack as a whole. */
interface Header {
  events: { at: number; keys: string[] }[];
  /** Each sentence's index keys again: merging the index reads the headers only. */
  docs: string[][];
}

/** Compiled readings in `dir` (the compiled packs' folder). */
export function compiledReadingsIn(dir: string): CompiledReadings {
  // A pack object is the same across reloads while its files are, so its key is worked out once.
  const keys = new WeakMap<LoadedPack, string>();
  const keyOf = (pack: LoadedPack) => {
    const known = keys.get(pack);
    if (known) return known;
    const hash = createHash('sha256')
      .update(readingStamp())
      .update(pack.id)
      .update(pack.dataHash ?? JSON.stringify(pack.data));
    // The article's hash when loaded from a folder: hashing it needs no split into sentences.
    if (pack.articleHash !== undefined) hash.update(`\0${pack.articleHash}`);
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
        return storedReadings(pack, join(dir, `${keyOf(pack)}.bin`));
      } catch {
        return undefined;
      }
    },
    put(pack, parts) {
      try {
        mkdirSync(dir, { recursive: true });
        const file = join(dir, `${keyOf(pack)}.bin`);
        const tmp = `${file}.${process.pid}.tmp`;
        writeFileSync(tmp, laidOut(pack, parts));
        renameSync(tmp, file);
      } catch {
        // Not kept: it is read again next time, nothing more.
      }
    },
  };
}

function headerFor(pack: LoadedPack, parts: ReadPackParts): Header {
  return {
    events: parts.events.map((e) => ({ at: pack.data.events.indexOf(e.event), keys: [...e.keys] })),
    docs: parts.readings.map((r) => r.terms),
  };
}

/** The file's bytes: the count, the offsets, the header, then each reading on its own. */
function laidOut(pack: LoadedPack, parts: ReadPackParts): Buffer {
  const readings = parts.readings.map(({ pack: _pack, ...rest }) => serialize(rest satisfies StoredReading));
  const header = serialize(headerFor(pack, parts));
  const table = Buffer.alloc(4 * (readings.length + 3));
  table.writeUInt32LE(readings.length, 0);
  let offset = 0;
  readings.forEach((r, i) => {
    table.writeUInt32LE(offset, 4 * (i + 1));
    offset += r.length;
  });
  table.writeUInt32LE(offset, 4 * (readings.length + 1));
  table.writeUInt32LE(header.length, 4 * (readings.length + 2));
  return Buffer.concat([table, header, ...readings]);
}

/** Bytes of the file read first: the table of a pack of up to a thousand sentences. */
const HEAD_BYTES = 4096;

/** Reads bytes `from`..`to` of `file` (one open, one positioned read, one close). */
function readRange(file: string, from: number, to: number): Buffer {
  const fd = openSync(file, 'r');
  try {
    return readAt(fd, from, to);
  } finally {
    closeSync(fd);
  }
}

function readAt(fd: number, from: number, to: number): Buffer {
  const out = Buffer.allocUnsafe(to - from);
  let done = 0;
  while (done < out.length) {
    const n = readSync(fd, out, done, out.length - done, from + done);
    if (n === 0) throw new Error('truncated reading');
    done += n;
  }
  return out;
}

/** The file's size and its first bytes (the table, for a pack of up to a thousand sentences), through one open. */
function readHead(file: string): { size: number; head: Buffer } {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    return { size, head: readAt(fd, 0, Math.min(size, HEAD_BYTES)) };
  } finally {
    closeSync(fd);
  }
}

/**
 * A pack's readings in its file: the table is read now, each sentence's reading when first
 * asked for (a positioned read of its bytes alone), then kept. A question reads one or two
 * sentences of most packs it touches, so reading whole files was most of what it read, and
 * the allocations behind the garbage collection that made its slowest runs slow.
 */
function storedReadings(pack: LoadedPack, file: string): PackReadings {
  const { size, head } = readHead(file);
  let table = head;
  const count = table.readUInt32LE(0);
  const headerAt = 4 * (count + 3);
  if (headerAt > size) throw new Error('truncated reading');
  if (headerAt > table.length) table = readRange(file, 0, headerAt);
  const headerLength = table.readUInt32LE(4 * (count + 2));
  const first = headerAt + headerLength;
  // Copied out of the bytes read: a pack held for its readings held its 4 kB head (or, when
  // smaller, the 8 kB pool it was cut from) with it.
  const starts = Array.from({ length: count + 1 }, (_, i) => first + table.readUInt32LE(4 * (i + 1)));
  const offset = (i: number) => starts[i]!;
  if (offset(count) !== size) throw new Error('truncated reading');
  const readings: (Reading | undefined)[] = new Array<Reading | undefined>(count);
  let header: Header | undefined;
  let all: Reading[] | undefined;
  let terms: ReadonlySet<string> | undefined;
  let events: EventReading[] | undefined;
  /** Read anew if the file cannot be read any more (tidied away after a reload): answers go on. */
  let fallback: ReadPackParts | undefined;
  const anew = () => (fallback ??= readPackParts(pack));
  const headerOf = (): Header => {
    if (header) return header;
    try {
      return (header = deserialize(readRange(file, headerAt, first)) as Header);
    } catch {
      return (header = headerFor(pack, anew()));
    }
  };
  const link = (stored: StoredReading): Reading => ({ ...stored, pack });
  const at = (i: number): Reading | undefined => {
    if (!(i >= 0 && i < count)) return undefined;
    if (!readings[i]) {
      try {
        readings[i] = link(deserialize(readRange(file, offset(i), offset(i + 1))) as StoredReading);
      } catch {
        readings[i] = anew().readings[i];
      }
    }
    return readings[i];
  };
  return {
    count,
    at,
    all() {
      if (all) return all;
      // One read for every sentence not read yet.
      let bytes: Buffer | undefined;
      try {
        bytes = readRange(file, first, size);
      } catch {
        bytes = undefined;
      }
      for (let i = 0; i < count; i++) {
        if (readings[i]) continue;
        if (!bytes) {
          readings[i] = anew().readings[i];
          continue;
        }
        const slice = bytes.subarray(offset(i) - first, offset(i + 1) - first);
        readings[i] = link(deserialize(slice) as StoredReading);
      }
      return (all = readings as Reading[]);
    },
    get terms() {
      return (terms ??= new Set(headerOf().docs.flat()));
    },
    docTerms: () => headerOf().docs,
    get events() {
      return (events ??= headerOf().events.map(({ at: index, keys: eventKeys }): EventReading => {
        const event = pack.data.events[index];
        if (!event) throw new Error('stale reading');
        return { pack, event, keys: eventKeys.map(intern) };
      }));
    },
  };
}
