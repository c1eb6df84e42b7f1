/**
 * Holds the current knowledge base and swaps it whole on reload. A reload that finds a
 * broken pack keeps serving the last good knowledge and reports the problems; the bot
 * never runs on half a knowledge base.
 *
 * Reloading is incremental and, through `reloadAsync`, yields to the event loop between
 * packs: a pack folder whose files did not change (same size, mtime, ctime, inode) is not
 * read again, and only changed packs are parsed, validated and tokenised; then the prepared
 * parts are merged and the new knowledge base swapped in at once. Answers keep flowing
 * meanwhile from the knowledge base in place, and size caps (load.ts) bound each step.
 */
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { existsSync } from 'node:fs';
import { createKnowledgeBase, preparePack, type PreparedPack } from './create-knowledge-base.ts';
import type { CompiledPacks } from './compiled-packs.ts';
import type { KnowledgeBase, LoadedPack } from './knowledge-base.ts';
import { addPack, listPackDirs, loadPack, type Loaded, type LoadResult, type PackProblem } from './load.ts';
import { memoryReadings, readingStoreIn } from './reading-store.ts';
import { byCodePoint } from './text.ts';

export interface KnowledgeHolder {
  current(): KnowledgeBase;
  /**
   * Loads `dir` again and returns its problems. Good packs take effect (added, changed,
   * removed); a pack folder that is now broken keeps serving its last good version, so one
   * bad edit never takes the other packs, or itself, off the air.
   */
  reload(): PackProblem[];
  /** The same reload, yielding to the event loop between packs; reloads never overlap. */
  reloadAsync(): Promise<PackProblem[]>;
  readonly dir: string;
}

export interface HolderOptions {
  /**
   * Read every pack for answering (the NLP pass) while loading, a pack per step, so that
   * the first question is fast and a reload never stalls on it. True for the bot; a
   * one-shot command that may never answer a question turns it off.
   */
  readEagerly?: boolean;
  /** Where packs compiled before are kept (`compiled-packs.ts`); none means parsing every pack. */
  compiled?: CompiledPacks;
  /** How many packs' readings stay in memory when they are kept on disk (`READINGS_HELD`). */
  readingsHeld?: number;
}

/** Unchanged pack folders stamped between two yields of a reload. */
const STAMPS_PER_STEP = 500;

/** Loads `dir` once; throws `KnowledgeLoadError` listing every problem when it is broken. */
export function createKnowledgeHolder(
  dir: string,
  { readEagerly = true, compiled, readingsHeld }: HolderOptions = {},
): KnowledgeHolder {
  let folders = new Map<string, { stamp: string; loaded: Loaded }>();
  let prepared = new Map<LoadedPack, PreparedPack>();
  let current: KnowledgeBase | undefined;
  let running: Promise<PackProblem[]> = Promise.resolve([]);
  // With a compiled folder, readings live on disk and a few in memory; without, all in memory.
  const store = compiled ? readingStoreIn(compiled.dir, readingsHeld) : memoryReadings();
  const prepare = (pack: LoadedPack) => preparePack(pack, { store });

  /** One reload as steps: it yields after each piece of real work (a pack read or prepared). */
  function* steps(): Generator<void, PackProblem[]> {
    const listed = listPackDirs(dir);
    const realRoot = realRootOf(dir);
    const result: LoadResult = { packs: [], problems: [...listed.problems] };
    const nextFolders = new Map<string, { stamp: string; loaded: Loaded }>();
    let stamped = 0;
    // A pack read now is prepared at once, while its entities are in memory (an archive reads
    // them again from disk once let go of, see partly-held.ts).
    const fresh = new Map<LoadedPack, PreparedPack>();
    for (const folder of listed.dirs) {
      // Stamping 10,000 unchanged folders is a fifth of a second: answers go on in between.
      if (++stamped % STAMPS_PER_STEP === 0) yield;
      const before = folders.get(folder);
      const stamp = stampOf(folder, before?.loaded.pack?.data.article, realRoot);
      // A broken pack is read again every time: what it needs may have appeared under any name.
      const reuse = before !== undefined && before.stamp === stamp && before.loaded.pack !== undefined;
      const loaded = reuse ? before.loaded : loadPack(folder, { root: dir, compiled });
      nextFolders.set(folder, { stamp, loaded });
      if (!reuse && loaded.pack) fresh.set(loaded.pack, prepare(loaded.pack));
      addPack(result, loaded);
      if (!reuse) yield;
    }
    const packs = current ? keepLastGood(result.packs, current.packs) : result.packs;
    if (!current && result.problems.length > 0) throw new KnowledgeLoadError(result.problems);
    const nextPrepared = new Map<LoadedPack, PreparedPack>();
    for (const pack of packs) {
      const known = prepared.get(pack);
      const parts = known ?? fresh.get(pack) ?? prepare(pack);
      nextPrepared.set(pack, parts);
      // A pack prepared before was read before: its reading is kept (or is read again when asked for).
      if (readEagerly && !known) store.ensure(pack);
      if (!known) yield;
    }
    const next = createKnowledgeBase(packs, (p) => nextPrepared.get(p) ?? prepare(p), current, store);
    if (readEagerly) {
      yield;
      void next.reading;
    }
    // The swap: one assignment, so a request sees the old knowledge or the new, never a mix.
    current = next;
    folders = nextFolders;
    prepared = nextPrepared;
    // Keeping and tidying are the bot's: a one-shot command leaves the folder alone. Both come
    // after the swap, each a step of its own: the new knowledge is served meanwhile.
    if (compiled && readEagerly) {
      yield;
      store.saveIndex(next.reading!);
      yield;
      const keep = [...folders.values()].flatMap((f) => (f.loaded.compiled ? [f.loaded.compiled] : []));
      compiled.keepOnly(new Set([...keep, ...store.keysOf(packs)]));
    }
    return result.problems;
  }

  const runSync = (): PackProblem[] => {
    const it = steps();
    for (let step = it.next(); ; step = it.next()) if (step.done) return step.value;
  };
  const runAsync = async (): Promise<PackProblem[]> => {
    const it = steps();
    for (let step = it.next(); ; step = it.next()) {
      if (step.done) return step.value;
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  };

  runSync();
  return {
    dir,
    current: () => current!,
    reload: runSync,
    reloadAsync() {
      running = running.catch(() => []).then(runAsync);
      return running;
    },
  };
}

/**
 * What changes when a pack folder's files change: size, times and inode of the pack file and
 * the article, through any symlink and of the link itself, and where the folder really is.
 * Four system calls for a plain folder (a symlink costs a few more): at 10,000 packs every
 * reload stats them all, and this was a third of a reload.
 */
function stampOf(folder: string, article = 'article.txt', realRoot?: string): string {
  const parts: string[] = [];
  const add = (path: string) => {
    try {
      const link = lstatSync(path);
      const target = link.isSymbolicLink() ? statSync(path) : link;
      parts.push(`${stampOfStat(link)}>${stampOfStat(target)}`);
    } catch {
      parts.push('-');
    }
  };
  try {
    const link = lstatSync(folder);
    const plain = !link.isSymbolicLink() && realRoot !== undefined;
    parts.push(plain ? join(realRoot, basename(folder)) : realpathSync(folder));
    parts.push(stampOfStat(plain ? link : statSync(folder)));
  } catch {
    parts.push('?');
  }
  let names: Set<string>;
  try {
    names = new Set(readdirSync(folder));
  } catch {
    names = new Set();
  }
  for (const name of ['pack.yaml', 'pack.yml', 'pack.json']) {
    if (names.has(name)) add(join(folder, name));
    else parts.push('-');
  }
  add(join(folder, article));
  // Hashed: 10,000 folders' stamps of 200 characters each are held between reloads.
  return createHash('sha256').update(parts.join('|')).digest('base64');
}

/** Where the knowledge folder really is, or nothing (then every folder is resolved). */
function realRootOf(dir: string): string | undefined {
  try {
    return realpathSync(dir);
  } catch {
    return undefined;
  }
}

function stampOfStat(s: { size: number; mtimeMs: number; ctimeMs: number; ino: number }): string {
  return `${s.size}:${s.mtimeMs}:${s.ctimeMs}:${s.ino}`;
}

/** The new good packs, plus the previous version of any pack whose folder is still there but no longer loads. */
export function keepLastGood(next: readonly LoadedPack[], previous: readonly LoadedPack[]): LoadedPack[] {
  const dirs = new Set(next.map((p) => p.dir));
  const ids = new Set(next.map((p) => p.id));
  const heldBack = previous.filter((p) => !dirs.has(p.dir) && !ids.has(p.id) && existsSync(p.dir));
  return [...next, ...heldBack].sort((a, b) => byCodePoint(a.dir, b.dir));
}

export class KnowledgeLoadError extends Error {
  override readonly name = 'KnowledgeLoadError';
  constructor(readonly problems: PackProblem[]) {
    super(`the knowledge base is broken (${problems.length} problem${problems.length === 1 ? '' : 's'})`);
  }
}
