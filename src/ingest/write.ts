/**
 * Writes a pack folder all at once: the files go to a hidden temporary folder inside the
 * knowledge folder (the loader skips dot-folders, and a rename within one file system is
 * atomic), the pack is loaded back and validated there, and only then renamed into place.
 * A failure at any step removes the temporary folder, so knowledge/ is left as it was and
 * a watching bot never sees half a pack.
 */
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { formatProblem, loadPack } from '../knowledge/load.ts';
import type { PackInput } from '../knowledge/schema.ts';

export class PackExistsError extends Error {
  override readonly name = 'PackExistsError';
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
export function writePack(root: string, pack: PackInput, articleText: string, { force = false }: WriteOptions = {}): string {
  const target = join(root, pack.id);
  if (existsSync(target) && !force) throw new PackExistsError(`${target} already exists (use --force to replace it)`);
  mkdirSync(root, { recursive: true });
  const temp = mkdtempSync(join(root, `.ingest-${pack.id}-`));
  try {
    writeFileSync(join(temp, pack.article ?? 'article.txt'), articleText);
    writeFileSync(join(temp, 'pack.yaml'), HEADER + stringify(pack, { lineWidth: 0 }));
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
}
