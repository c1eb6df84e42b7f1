/**
 * What the fault and abuse suite measured, in one table: it runs `test/hardening` (vitest,
 * JSON reporter) with `BRIEFBOT_FIGURES` set, so each test records its figures, and then
 * measures how long a hot reload holds the event loop, incremental and yielding
 * (`reloadAsync`) against a whole synchronous reload, on a folder of copies of the seed.
 *
 * Run: `npx tsx bench/hardening.bench.ts` (about a minute; `--skip-suite` for the reload part only).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createKnowledgeHolder } from '../src/knowledge/holder.ts';

const work = mkdtempSync(join(tmpdir(), 'briefbot-hardening-bench-'));

function suite(): void {
  const figures = join(work, 'figures.jsonl');
  const results = join(work, 'results.json');
  const run = spawnSync('npx', ['vitest', 'run', 'test/hardening', '--reporter=json', `--outputFile=${results}`], {
    env: { ...process.env, BRIEFBOT_FIGURES: figures },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const report = JSON.parse(readFileSync(results, 'utf8')) as {
    numTotalTests: number;
    numPassedTests: number;
    numFailedTests: number;
  };
  const lines = existsSync(figures)
    ? readFileSync(figures, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Record<string, number | string>)
    : [];
  const of = (name: string) => lines.find((l) => l.name === name) ?? {};
  const crash = of('crash-points');
  const fuzz = of('fuzz');
  const shapes = of('hostile-shapes');
  console.log(`vitest exit ${run.status}`);
  console.table({
    'probes (tests) handled': `${report.numPassedTests} / ${report.numTotalTests}`,
    'hostile pack shapes handled': `${shapes.handled} / ${shapes.shapes}`,
    'SIGKILLs survived': crash.kills,
    'digest rounds': crash.rounds,
    'deliveries doubled': crash.doubled,
    'deliveries lost (unaccounted)': crash.unaccounted,
    'lost in flight (claimed, killed before the send)': crash.lostInFlight,
    'misses sent late once': crash.late,
    'misses past the grace window, skipped': crash.skipped,
    'fuzzed messages': fuzz.messages,
    'fuzz exceptions / apologies / pings': `${fuzz.exceptions} / ${fuzz.errorCards} / ${fuzz.pings}`,
  });
}

/** The longest time the event loop was held while `work` ran, sampled by a 1 ms interval. */
async function longestStall(work: () => Promise<unknown> | unknown): Promise<{ totalMs: number; stallMs: number }> {
  let last = performance.now();
  let stall = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    stall = Math.max(stall, now - last);
    last = now;
  }, 1);
  const start = performance.now();
  last = start;
  await work();
  const totalMs = performance.now() - start;
  stall = Math.max(stall, performance.now() - last);
  clearInterval(timer);
  return { totalMs, stallMs: stall };
}

async function reload(count: number): Promise<void> {
  const root = join(work, `archive-${count}`);
  const seed = 'knowledge/kerry-putin-moscow-2015';
  const yaml = readFileSync(join(seed, 'pack.yaml'), 'utf8');
  for (let i = 0; i < count; i++) {
    cpSync(seed, join(root, `copy-${i}`), { recursive: true });
    writeFileSync(join(root, `copy-${i}`, 'pack.yaml'), yaml.replace(/^id: .*$/m, `id: copy-${i}`));
  }
  const holder = createKnowledgeHolder(root);
  const edit = (title: string) =>
    writeFileSync(
      join(root, 'copy-0', 'pack.yaml'),
      yaml.replace(/^id: .*$/m, 'id: copy-0').replace(/^title: .*$/m, `title: ${title}`),
    );
  const fresh = () => createKnowledgeHolder(root);
  const rows: Record<string, string>[] = [];
  const row = (what: string, r: { totalMs: number; stallMs: number }) =>
    rows.push({ what, 'total ms': r.totalMs.toFixed(0), 'longest event-loop stall ms': r.stallMs.toFixed(0) });
  row(`whole load of ${count} packs (start-up, synchronous)`, await longestStall(fresh));
  edit('one');
  row('one pack changed: reload() (incremental, synchronous)', await longestStall(() => holder.reload()));
  edit('two');
  row('one pack changed: reloadAsync() (incremental, yielding)', await longestStall(() => holder.reloadAsync()));
  for (let i = 0; i < count; i++)
    writeFileSync(
      join(root, `copy-${i}`, 'article.txt'),
      `${readFileSync(join(seed, 'article.txt'), 'utf8')}\n\nEdit ${i}.\n`,
    );
  row(`all ${count} packs changed: reloadAsync()`, await longestStall(() => holder.reloadAsync()));
  console.table(rows);
}

try {
  if (!process.argv.includes('--skip-suite')) suite();
  await reload(200);
} finally {
  rmSync(work, { recursive: true, force: true });
}
