/**
 * `npm run eval [-- --json <file>] [-- --sweep] [-- --noise <packs>]`: the evaluation's entry point (see run.ts
 * and sweep.ts).
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
  const results = await runEval(SET_DIRS, { noise });
  for (const r of results) console.log(formatSummary(summarise(r)));
  const jsonAt = args.indexOf('--json');
  if (jsonAt >= 0 && args[jsonAt + 1]) writeFileSync(args[jsonAt + 1]!, JSON.stringify(results, null, 1));
}
