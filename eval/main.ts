/**
 * `npm run eval [-- --json <file>] [-- --sweep] [-- --noise <packs>] [-- --alone]`: the evaluation's entry point
 * (see run.ts and sweep.ts). `--alone` scores each set with only its own articles and the seed loaded: the
 * archive a desk has when it asks about today's few articles, and the issue's own set-up for SQuAD and the
 * fixtures. The default loads every set at once, so other articles compete for each answer.
 */
import { writeFileSync } from 'node:fs';
import { formatSummary, runEval, SET_DIRS, summarise } from './run.ts';
import { sweep } from './sweep.ts';

const args = process.argv.slice(2);
if (args.includes('--sweep')) {
  for (const line of sweep()) console.log(line);
} else {
  const noiseAt = args.indexOf('--noise');
  const noise = noiseAt >= 0 ? Number(args[noiseAt + 1] ?? 0) : 0;
  if (noise > 0) console.log(`with ${noise} unrelated synthetic packs loaded beside the evaluation articles`);
  const alone = args.includes('--alone');
  const results = [];
  for (const dirs of alone ? SET_DIRS.map((dir) => [dir]) : [SET_DIRS])
    results.push(...(await runEval(dirs, { noise })));
  for (const r of results) console.log(formatSummary(summarise(r)));
  const jsonAt = args.indexOf('--json');
  if (jsonAt >= 0 && args[jsonAt + 1]) writeFileSync(args[jsonAt + 1]!, JSON.stringify(results, null, 1));
}
