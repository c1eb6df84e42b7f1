/**
 * Hot reload: watches the knowledge folder and reloads the holder shortly after files stop
 * changing (an editor's save or `briefbot ingest` touches several files; one reload is
 * enough). Adding, changing or removing a pack takes effect without a restart. A broken
 * pack is reported through `onProblems` and its last good version keeps serving (see
 * `KnowledgeHolder.reload`); the other packs reload as usual.
 *
 * fs.watch with `recursive: true` works on Linux from Node 20 (on older runtimes it throws
 * ERR_FEATURE_UNAVAILABLE_ON_PLATFORM); then the root and each pack folder are watched.
 *
 * @example
 * const watcher = watchKnowledge(holder, { onProblems: (p) => log.warn({ p }, 'broken pack') });
 * // … later
 * watcher.close();
 */
import { watch as fsWatch, readdirSync, statSync, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import type { KnowledgeHolder } from './holder.ts';
import type { PackProblem } from './load.ts';

export interface ReloadReport {
  /** Ids of the packs now served. */
  packs: string[];
  problems: PackProblem[];
}

export interface WatchOptions {
  onReload?(report: ReloadReport): void;
  onProblems?(problems: PackProblem[]): void;
  /** Quiet time after the last change before reloading. */
  debounceMs?: number;
  /** Injected in tests; defaults to node:fs `watch`. */
  watch?: typeof fsWatch;
}

export interface KnowledgeWatcher {
  /** Schedules a reload as a file event would (debounced). */
  trigger(): void;
  /** Reloads now (off the hot path: see `KnowledgeHolder.reloadAsync`), cancelling a pending debounced reload. */
  flush(): Promise<ReloadReport>;
  close(): void;
}

export function watchKnowledge(
  holder: KnowledgeHolder,
  { onReload, onProblems, debounceMs = 300, watch = fsWatch }: WatchOptions = {},
): KnowledgeWatcher {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let closed = false;
  const watchers = new Map<string, FSWatcher>();

  const flush = async (): Promise<ReloadReport> => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    let problems: PackProblem[];
    try {
      problems = await holder.reloadAsync();
    } catch (error) {
      problems = [
        {
          file: holder.dir,
          path: '',
          message: `reload failed: ${error instanceof Error ? error.message : String(error)}`,
        },
      ];
    }
    const report = { packs: holder.current().packs.map((p) => p.id), problems };
    if (!closed) {
      if (!recursive) watchFolders();
      onReload?.(report);
      if (problems.length > 0) onProblems?.(problems);
    }
    return report;
  };
  const trigger = () => {
    if (closed) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void flush(), debounceMs);
  };
  const onEvent = (_event: string, name: string | Buffer | null) => {
    // Hidden entries are ingest's temporary folders: the rename into place is what counts.
    if (name && String(name).split(/[\\/]/)[0]!.startsWith('.')) return;
    trigger();
  };
  const add = (dir: string, options: { recursive?: boolean }) => {
    if (watchers.has(dir)) return;
    const w = watch(dir, options, onEvent);
    w.on('error', () => {
      watchers.delete(dir);
      trigger();
    });
    watchers.set(dir, w);
  };
  /** Without recursive watching: the root, plus each pack folder that exists now. */
  const watchFolders = () => {
    let names: string[] = [];
    // One unreadable entry (a dangling link) must not leave the other pack folders unwatched.
    const isFolder = (name: string) => {
      try {
        return statSync(join(holder.dir, name)).isDirectory();
      } catch {
        return false;
      }
    };
    try {
      names = readdirSync(holder.dir).filter((n) => !n.startsWith('.') && isFolder(n));
    } catch {
      return;
    }
    for (const name of names) {
      try {
        add(join(holder.dir, name), {});
      } catch {
        // The folder went away between listing and watching; the next event re-lists.
      }
    }
  };

  let recursive = true;
  try {
    add(holder.dir, { recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM') throw error;
    recursive = false;
    add(holder.dir, {});
    watchFolders();
  }
  return {
    trigger,
    flush,
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      for (const w of watchers.values()) w.close();
      watchers.clear();
    },
  };
}
