/**
 * `npm run eval [-- --json <file>] [-- --sweep | --fit] [-- --noise <packs>] [-- --alone] [-- --conversation]`:
 * the evaluation's entry point (see run.ts, sweep.ts and fit.ts). `--alone` scores each set with only its own
 * articles and the seed loaded: the archive a desk has when it asks about today's few articles, and the issue's own
 * set-up for SQuAD and the fixtures. The default loads every set at once, so other articles compete for each answer.
 * `--conversation` asks each set's questions in one conversation, in order; by default each stands alone. The sets
 * to develop on of `ALONE_SETS` are always scored alone.
 */
import { writeFileSync } from 'node:fs';
import { ALONE_SETS, formatSummary, runEval, SET_DIRS, summarise } from './run.ts';
import { fitReport } from './fit.ts';
import { sweep } from './sweep.ts';

/** The sets whose failures are read to develop on: the ranking's weights are fitted on these alone (`--fit`). */
const DEVELOPED_ON = /\/(?:articles|articles-blind(?:-[2-5]|-10|-32)?|squad-heldout-train|squad-train-answerable)$/;

const args = process.argv.slice(2);
if (args.includes('--sweep')) {
  for (const line of sweep()) console.log(line);
} else if (args.includes('--fit')) {
  const all = [...SET_DIRS, ...ALONE_SETS];
  const developed = all.filter((dir) => DEVELOPED_ON.test(dir));
  for (const line of fitReport(
    developed,
    all.filter((dir) => !developed.includes(dir)),
  ))
    console.log(line);
} else {
  const noiseAt = args.indexOf('--noise');
  const noise = noiseAt >= 0 ? Number(args[noiseAt + 1] ?? 0) : 0;
  if (noise > 0) console.log(`with ${noise} unrelated synthetic packs loaded beside the evaluation articles`);
  const alone = args.includes('--alone');
  const conversation = args.includes('--conversation');
  if (conversation) console.log("each set's questions asked one after another in one conversation");
  const results = [];
  // The sets to develop on (`ALONE_SETS`) are always scored with only their own articles.
  for (const dirs of [...(alone ? SET_DIRS.map((dir) => [dir]) : [SET_DIRS]), ...ALONE_SETS.map((dir) => [dir])])
    results.push(...(await runEval(dirs, { noise, conversation })));
  for (const r of results) console.log(formatSummary(summarise(r)));
  const jsonAt = args.indexOf('--json');
  if (jsonAt >= 0 && args[jsonAt + 1]) writeFileSync(args[jsonAt + 1]!, JSON.stringify(results, null, 1));
}
