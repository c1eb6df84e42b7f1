/**
 * `briefbot index [--rebuild]`: compiles every knowledge pack ahead of time, the pack as
 * validated and what the answer pipeline reads in it, into the compiled folder beside the
 * database (`compiled-packs.ts`, `compiled-readings.ts`), so the bot's next start reads
 * them instead of parsing and reading every article. Packs already compiled are skipped;
 * `--rebuild` starts from nothing. A progress bar with an ETA shows on a terminal.
 * Exit 1 when a pack is broken (the others are compiled all the same).
 */
import { rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../config.ts';
import { compiledPacksFor } from '../knowledge/compiled-packs.ts';
import type { LoadedPack } from '../knowledge/knowledge-base.ts';
import { formatProblem, listPackDirs, loadPack } from '../knowledge/load.ts';
import { buildReadingIndex } from '../knowledge/reading-index.ts';
import { readingStoreIn } from '../knowledge/reading-store.ts';
import { EXIT, type CliIo, type GlobalFlags } from './io.ts';
import { UsageError } from './main.ts';
import { clock, progressBar } from './progress.ts';

export async function run(args: string[], io: CliIo, flags: GlobalFlags): Promise<number> {
  const unknown = args.find((a) => a !== '--rebuild');
  if (unknown !== undefined) throw new UsageError(`index takes only --rebuild (got "${unknown.slice(0, 40)}")`);
  const config = loadConfig();
  const compiled = compiledPacksFor(config);
  if (args.includes('--rebuild')) rmSync(compiled.dir, { recursive: true, force: true });
  const store = readingStoreIn(compiled.dir);
  const started = performance.now();
  const { dirs, problems } = listPackDirs(config.KNOWLEDGE_DIR);
  const bar = progressBar(dirs.length);
  const keep = new Set<string>();
  const packs: LoadedPack[] = [];
  let read = 0;
  for (const dir of dirs) {
    const loaded = loadPack(dir, { root: config.KNOWLEDGE_DIR, compiled });
    problems.push(...loaded.problems);
    const pack = loaded.pack;
    if (pack) {
      packs.push(pack);
      keep.add(loaded.compiled!);
      if (store.ensure(pack)) read++;
    }
    bar.tick(pack?.id);
  }
  bar.done();
  // The merged index too, in the order the bot loads the packs, so its start opens it.
  if (problems.length === 0) {
    store.saveIndex(store.openIndex(packs, store.partsOf) ?? buildReadingIndex(packs, store.partsOf));
  }
  compiled.keepOnly(new Set([...keep, ...store.keysOf(packs)]));
  const took = clock(performance.now() - started);
  if (flags.json) {
    io.out(JSON.stringify({ ok: problems.length === 0, packs: packs.length, read, problems, folder: compiled.dir }));
  } else {
    for (const problem of problems) io.err(formatProblem(problem));
    io.out(
      `indexed ${packs.length} pack(s) in ${took} (${read} read now, ${packs.length - read} already compiled) → ` +
        compiled.dir,
    );
  }
  return problems.length === 0 ? EXIT.ok : EXIT.broken;
}
