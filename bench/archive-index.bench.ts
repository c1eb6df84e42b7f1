/**
 * Archive benchmark (issue 12), knowledge part: synthetic archives of 1,000 and 10,000
 * packs written to disk as pack folders (bench/synthetic-archive.ts), then
 * - the first index build (`briefbot index`: every pack compiled and read for answering),
 * - a bot start with the index present, in a process of its own (bench/archive-start.ts):
 *   start-up time, RSS and heap (at start and serving, after the queries), brief and ask
 *   p50/p99, and one pack added while running (time until served),
 * - beside it, in this process, the same ask questions on SQLite FTS5 directly and on
 *   MiniSearch over the same sentences: build time and query p50/p99 (retrieval only).
 * Run: `node --expose-gc --import tsx bench/archive-index.bench.ts [1000,10000]`; printed, never asserted.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { transformSync } from 'esbuild';
import MiniSearch from 'minisearch';
import type { LoadedPack } from '../src/knowledge/knowledge-base.ts';
import { syntheticArchive } from './synthetic-archive.ts';

const sizes = (process.argv[2] ?? '1000,10000').split(',').map(Number);
const repo = new URL('../', import.meta.url).pathname;
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.floor((p / 100) * (xs.length - 1))]!;
const ms = (n: number) => `${n < 10 ? n.toFixed(2) : n.toFixed(0)} ms`;

/**
 * bench/archive-start.ts as plain JavaScript, beside the compiled bot in dist/, so that the
 * measured process runs as `npm start` runs it. Under `--import tsx` it would carry tsx's
 * loader thread, a second V8 isolate: 40 MB of RSS that the bot itself never has.
 */
function startScript(): string {
  const out = join(repo, 'dist', 'archive-start.bench.mjs');
  const source = readFileSync(join(repo, 'bench', 'archive-start.ts'), 'utf8');
  writeFileSync(out, transformSync(source, { loader: 'ts', format: 'esm' }).code);
  return out;
}

function writePackFolder(root: string, pack: LoadedPack): void {
  const dir = join(root, pack.id);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'pack.json'), JSON.stringify({ ...pack.data, article: 'article.txt' }));
  writeFileSync(join(dir, 'article.txt'), pack.paragraphs.map((p) => p.text).join('\n\n'));
}

/** Questions and topics about the archive's own people and topics (some with typos), the same for every peer. */
function queries(packs: LoadedPack[]) {
  const people = packs.slice(0, 40).map((p) => p.data.entities.find((e) => e.kind === 'person')!);
  const typo = (s: string) => s.slice(0, -2) + s.slice(-1);
  const topics = people.map((p, i) => (i % 3 === 0 ? typo(p.name) : p.name));
  const questions = people.map(
    (p, i) =>
      [
        `what did ${p.name} say about the talks?`,
        `when did ${p.name.split(' ')[1]} discuss the plan?`,
        `where did the ${p.role} meet reporters?`,
        `why do talks with ${p.name} continue?`,
      ][i % 4]!,
  );
  return { topics, questions };
}

function peers(packs: LoadedPack[], questions: string[]) {
  const sentences = packs.flatMap((p) => p.paragraphs.flatMap((para) => para.sentences.map((s) => s.text)));
  const words = (q: string) =>
    q
      .toLowerCase()
      .replace(/[^a-z0-9 ]+/g, ' ')
      .split(/\s+/)
      .filter((w) => w.length > 2);
  const timeQueries = (run: (q: string) => unknown) => {
    const samples = [...questions, ...questions, ...questions].map((q) => {
      const t = performance.now();
      run(q);
      return performance.now() - t;
    });
    return `p50 ${ms(percentile(samples, 50))}, p99 ${ms(percentile(samples, 99))}`;
  };
  let t = performance.now();
  const db = new Database(':memory:');
  db.exec('CREATE VIRTUAL TABLE s USING fts5(text)');
  const insert = db.prepare('INSERT INTO s(text) VALUES (?)');
  db.transaction(() => sentences.forEach((s) => insert.run(s)))();
  const ftsBuild = performance.now() - t;
  const search = db.prepare('SELECT rowid FROM s WHERE s MATCH ? ORDER BY rank LIMIT 40');
  const fts = timeQueries((q) =>
    search.all(
      words(q)
        .map((w) => `"${w}"`)
        .join(' OR '),
    ),
  );
  t = performance.now();
  const mini = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
  mini.addAll(sentences.map((text, id) => ({ id, text })));
  const miniBuild = performance.now() - t;
  const miniQuery = timeQueries((q) => mini.search(q, { combineWith: 'OR' }).slice(0, 40));
  console.log(`  peer SQLite FTS5 (${sentences.length} sentences): build ${ms(ftsBuild)}; query ${fts}`);
  console.log(`  peer MiniSearch: build ${ms(miniBuild)}; query ${miniQuery}`);
}

console.log(`archive benchmark: the knowledge index, Node ${process.version}`);
for (const size of sizes) {
  const base = mkdtempSync(join(tmpdir(), 'archive-index-'));
  try {
    const packs = syntheticArchive(size + 1);
    const extra = packs.pop()!;
    const root = join(base, 'knowledge');
    for (const pack of packs) writePackFolder(root, pack);
    writePackFolder(join(base, 'new'), extra);
    const env = { ...process.env, KNOWLEDGE_DIR: root, DATABASE_PATH: join(base, 'data', 'bot.db') };
    console.log(`\n${size} packs`);
    let t = performance.now();
    execFileSync('node', ['bin/briefbot.js', 'index'], { cwd: repo, env, stdio: 'ignore' });
    console.log(`  first index build (briefbot index): ${ms(performance.now() - t)}`);
    t = performance.now();
    execFileSync('node', ['bin/briefbot.js', 'index'], { cwd: repo, env, stdio: 'ignore' });
    console.log(`  index again, nothing changed: ${ms(performance.now() - t)}`);
    const { topics, questions } = queries(packs);
    const queriesFile = join(base, 'queries.json');
    const newTopic = extra.data.entities.find((e) => e.kind === 'person')!.name;
    writeFileSync(queriesFile, JSON.stringify({ topics, questions, newTopic }));
    const out = execFileSync(
      'node',
      ['--expose-gc', startScript(), root, env.DATABASE_PATH, queriesFile, join(base, 'new', extra.id)],
      { cwd: repo, env, maxBuffer: 1 << 20 },
    ).toString();
    const r = JSON.parse(out.trim().split('\n').pop()!) as {
      startMs: number;
      rssMb: number;
      heapMb: number;
      servingRssMb: number;
      servingHeapMb: number;
      settledRssMb: number;
      brief: { p50: number; p99: number };
      ask: { p50: number; p99: number };
      hotAddMs: number;
      served: boolean;
    };
    const memory = `RSS ${r.rssMb.toFixed(0)} MB, heap ${r.heapMb.toFixed(0)} MB`;
    console.log(`  start-up with the index present: ${ms(r.startMs)}; ${memory}`);
    const serving = `RSS ${r.servingRssMb.toFixed(0)} MB, heap ${r.servingHeapMb.toFixed(0)} MB`;
    const settled = `RSS ${r.settledRssMb.toFixed(0)} MB`;
    console.log(`  serving, after the brief and ask queries: ${serving}; settled, 10 s later: ${settled}`);
    console.log(
      `  brief p50 ${ms(r.brief.p50)}, p99 ${ms(r.brief.p99)}; ask p50 ${ms(r.ask.p50)}, p99 ${ms(r.ask.p99)}`,
    );
    console.log(`  one pack added while running: served after ${ms(r.hotAddMs)} (found: ${r.served})`);
    peers(packs, questions);
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}
