/**
 * Writes a pack folder all at once: the files go to a hidden temporary folder inside the
 * knowledge folder (the loader skips dot-folders, and a rename within one file system is
 * atomic), the pack is loaded back and validated there, and only then renamed into place.
 * A failure at any step removes the temporary folder, so knowledge/ is left as it was and
 * a watching bot never sees half a pack.
 *
 * Two ingests of the same id never race: each holds `.ingest-<id>.lock` (created
 * exclusively, holding its pid) from the "does it exist?" check to the rename. A run
 * killed mid-way (SIGKILL, power cut) leaves its temporary folder and lock behind; the
 * next run removes those whose process is gone. Folders and files are created with the
 * default modes, so they follow the umask like any other file the operator makes.
 */
import { randomBytes } from 'node:crypto';
import {
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { dump } from 'js-yaml';
import { formatProblem, loadPack } from '../knowledge/load.ts';
import type { PackInput } from '../knowledge/schema.ts';

export class PackExistsError extends Error {
  override readonly name = 'PackExistsError';
}

/** Another ingest of the same pack id is running now. */
export class PackBusyError extends Error {
  override readonly name = 'PackBusyError';
}

export interface WriteOptions {
  /** Replace a pack folder that already exists. */
  force?: boolean;
}

const HEADER = [
  '# Drafted by `briefbot ingest` from the article beside this file (origin: machine).',
  '# Review it: check kinds, merge or split entities, add summaries; then set origin: curated.',
  '',
].join('\n');

/** Writes `<root>/<pack.id>/` with the article and pack.yaml; returns the folder. */
export function writePack(
  root: string,
  pack: PackInput,
  articleText: string,
  { force = false }: WriteOptions = {},
): string {
  mkdirSync(root, { recursive: true });
  removeStale(root);
  const release = lock(root, pack.id);
  try {
    const target = join(root, pack.id);
    if (existsSync(target) && !force) throw new PackExistsError(`${target} already exists (use --force to replace it)`);
    const temp = join(root, `.ingest-${pack.id}-${process.pid}-${randomBytes(4).toString('hex')}`);
    mkdirSync(temp);
    try {
      writeFileSync(join(temp, pack.article ?? 'article.txt'), articleText);
      writeFileSync(join(temp, 'pack.yaml'), HEADER + dump(pack, { lineWidth: -1 }));
      const check = loadPack(temp);
      if (!check.pack) throw new Error(`the draft does not validate:\n${check.problems.map(formatProblem).join('\n')}`);
      if (existsSync(target)) {
        const old = `${temp}.old`;
        renameSync(target, old);
        renameSync(temp, target);
        rmSync(old, { recursive: true, force: true });
      } else {
        renameSync(temp, target);
      }
      return target;
    } catch (error) {
      rmSync(temp, { recursive: true, force: true });
      throw error;
    }
  } finally {
    release();
  }
}

/**
 * Takes `.ingest-<id>.lock`; a lock whose process is gone is taken over. The lock appears
 * with its pid already in it (written to a file of our own, then hard-linked into place):
 * created empty and written after, a racing ingest could read it empty, take it for a dead
 * one's and remove it, and both would write.
 */
function lock(root: string, id: string): () => void {
  const file = join(root, `.ingest-${id}.lock`);
  for (let attempt = 0; attempt < 2; attempt++) {
    const mine = join(root, `.ingest-${id}-lock-${process.pid}-${randomBytes(4).toString('hex')}`);
    try {
      writeFileSync(mine, String(process.pid), { flag: 'wx' });
      linkSync(mine, file);
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const text = readText(file);
      // Released between our link and this read: the other ingest is done, so try again (and
      // never remove what may by now be a third ingest's fresh lock).
      if (text === '') continue;
      const holder = Number(text);
      if (holder && holder !== process.pid && alive(holder)) {
        throw new PackBusyError(`another ingest of "${id}" is running (pid ${holder}); try again when it is done`);
      }
      rmSync(file, { force: true });
    } finally {
      rmSync(mine, { force: true });
    }
  }
  throw new PackBusyError(`another ingest of "${id}" took the lock first; try again`);
}

/** An ingest takes seconds: a temporary folder this old without a pid in its name (older versions) is dead. */
const LEGACY_STALE_MS = 10 * 60_000;

/** Removes temporary folders and locks left by ingests that were killed. */
function removeStale(root: string): void {
  for (const name of readdirSync(root)) {
    const match = /^\.ingest-.+?-(\d+)-[0-9a-f]{8}(\.old)?$/.exec(name) ?? /^\.ingest-.+\.lock$/.exec(name);
    if (!match) {
      const legacy = name.startsWith('.ingest-') && ageMs(join(root, name)) > LEGACY_STALE_MS;
      if (legacy) rmSync(join(root, name), { recursive: true, force: true });
      continue;
    }
    const pid = name.endsWith('.lock') ? Number(readText(join(root, name))) : Number(match[1]);
    if (pid && alive(pid)) continue;
    rmSync(join(root, name), { recursive: true, force: true });
  }
}

function ageMs(path: string): number {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    return '';
  }
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
