/**
 * Holds the current knowledge base and swaps it whole on reload. A reload that finds a
 * broken pack keeps serving the last good knowledge and reports the problems; the bot
 * never runs on half a knowledge base.
 */
import { createKnowledgeBase } from './create-knowledge-base.ts';
import { existsSync } from 'node:fs';
import type { KnowledgeBase, LoadedPack } from './knowledge-base.ts';
import { loadPacks, type PackProblem } from './load.ts';

export interface KnowledgeHolder {
  current(): KnowledgeBase;
  /**
   * Loads `dir` again and returns its problems. Good packs take effect (added, changed,
   * removed); a pack folder that is now broken keeps serving its last good version, so one
   * bad edit never takes the other packs, or itself, off the air.
   */
  reload(): PackProblem[];
  readonly dir: string;
}

/** Loads `dir` once; throws `KnowledgeLoadError` listing every problem when it is broken. */
export function createKnowledgeHolder(dir: string): KnowledgeHolder {
  const first = loadPacks(dir);
  if (first.problems.length > 0) throw new KnowledgeLoadError(first.problems);
  let current = createKnowledgeBase(first.packs);
  return {
    dir,
    current: () => current,
    reload() {
      const next = loadPacks(dir);
      current = createKnowledgeBase(keepLastGood(next.packs, current.packs));
      return next.problems;
    },
  };
}

/** The new good packs, plus the previous version of any pack whose folder is still there but no longer loads. */
export function keepLastGood(next: readonly LoadedPack[], previous: readonly LoadedPack[]): LoadedPack[] {
  const dirs = new Set(next.map((p) => p.dir));
  const ids = new Set(next.map((p) => p.id));
  const heldBack = previous.filter((p) => !dirs.has(p.dir) && !ids.has(p.id) && existsSync(p.dir));
  return [...next, ...heldBack].sort((a, b) => a.dir.localeCompare(b.dir));
}

export class KnowledgeLoadError extends Error {
  override readonly name = 'KnowledgeLoadError';
  constructor(readonly problems: PackProblem[]) {
    super(`the knowledge base is broken (${problems.length} problem${problems.length === 1 ? '' : 's'})`);
  }
}
