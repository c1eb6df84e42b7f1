/**
 * Holds the current knowledge base and swaps it whole on reload. A reload that finds a
 * broken pack keeps serving the last good knowledge and reports the problems; the bot
 * never runs on half a knowledge base.
 */
import { createKnowledgeBase } from './create-knowledge-base.ts';
import type { KnowledgeBase } from './knowledge-base.ts';
import { loadPacks, type PackProblem } from './load.ts';

export interface KnowledgeHolder {
  current(): KnowledgeBase;
  /** Loads `dir` again; on problems keeps the previous knowledge and returns them. */
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
      if (next.problems.length === 0) current = createKnowledgeBase(next.packs);
      return next.problems;
    },
  };
}

export class KnowledgeLoadError extends Error {
  override readonly name = 'KnowledgeLoadError';
  constructor(readonly problems: PackProblem[]) {
    super(`the knowledge base is broken (${problems.length} problem${problems.length === 1 ? '' : 's'})`);
  }
}
