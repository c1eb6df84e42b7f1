/**
 * `npm run eval [-- --json <file>] [-- --sweep]`: the evaluation's entry point (see run.ts
 * and sweep.ts).
 */
import { writeFileSync } from 'node:fs';
import { formatSummary, runEval, summarise } from './run.ts';
import { sweep } from './sweep.ts';

const args = process.argv.slice(2);
if (args.includes('--sweep')) {
  for (const line of sweep()) console.log(line);
} else {
  const results = await runEval();
  for (const r of results) console.log(formatSummary(summarise(r)));
  const jsonAt = args.indexOf('--json');
  if (jsonAt >= 0 && args[jsonAt + 1]) writeFileSync(args[jsonAt + 1]!, JSON.stringify(results, null, 1));
}
