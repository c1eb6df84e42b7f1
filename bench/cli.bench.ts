/**
 * One-shot CLI benchmark (issue 12): wall time of `npx briefbot brief Kerry` and of the
 * same command through `node bin/briefbot.js` on the seed pack, first with no compiled
 * packs (a fresh data folder), then warm. Needs a built dist/ (`npm run build`, which
 * `npm ci` runs). Run: `node --import tsx bench/cli.bench.ts [runs]`; printed, never asserted.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const runs = Number(process.argv[2] ?? 7);
const root = new URL('../', import.meta.url).pathname;
const data = mkdtempSync(join(tmpdir(), 'cli-bench-'));
const env = { ...process.env, DATABASE_PATH: join(data, 'briefbot.db'), SLACK_BOT_TOKEN: '', DISCORD_TOKEN: '' };

function time(command: string, args: string[]): number {
  const start = performance.now();
  execFileSync(command, args, { cwd: root, env, stdio: 'ignore' });
  return performance.now() - start;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (n: number) => `${n.toFixed(0)} ms`;

console.log(`one-shot CLI on the seed pack, ${runs} runs each, Node ${process.version}`);
const cold = time('node', ['bin/briefbot.js', 'brief', 'Kerry']);
console.log(`  cold (no compiled packs yet): node bin/briefbot.js brief Kerry ${ms(cold)}`);
for (const [label, command, args] of [
  ['node bin/briefbot.js brief Kerry', 'node', ['bin/briefbot.js', 'brief', 'Kerry']],
  ['npx briefbot brief Kerry', 'npx', ['briefbot', 'brief', 'Kerry']],
  ['npx briefbot ask (reads the pack for answering)', 'npx', ['briefbot', 'ask', 'When did Kerry meet Putin?']],
] as const) {
  const times = Array.from({ length: runs }, () => time(command, [...args]));
  console.log(
    `  ${label}: median ${ms(median(times))}, best ${ms(Math.min(...times))}, worst ${ms(Math.max(...times))}`,
  );
}
rmSync(data, { recursive: true, force: true });
