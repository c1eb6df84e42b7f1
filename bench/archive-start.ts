/**
 * One bot start on a built archive, in a process of its own so its memory is its own
 * (run by bench/archive-index.bench.ts): start-up with the compiled packs present, RSS and
 * heap at start, after the queries (serving) and 10 s later (settled), brief and ask p50/p99
 * over the driver's queries, and one pack added while running (time until it is served).
 * Prints one JSON line. The driver runs it as JavaScript, without tsx (see `startScript` there).
 * Usage: node --expose-gc --import tsx bench/archive-start.ts <knowledge> <database-path> <queries.json> <new-pack-dir>
 */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import type { Continuations } from '../src/core/continuations.ts';

// The compiled bot in dist/ (as `npm start` runs it), whose compiled readings `briefbot index` wrote.
const dist = (path: string) => import(new URL(`../dist/src/${path}`, import.meta.url).href);
const { answerReply } = (await dist('briefing/ask/answer.js')) as typeof import('../src/briefing/ask/answer.ts');
const { briefReply } = (await dist('briefing/brief.js')) as typeof import('../src/briefing/brief.ts');
const { compiledPacksFor } = (await dist(
  'knowledge/compiled-packs.js',
)) as typeof import('../src/knowledge/compiled-packs.ts');
const { createKnowledgeHolder } = (await dist('knowledge/holder.js')) as typeof import('../src/knowledge/holder.ts');

const [root, database, queriesFile, newPack] = process.argv.slice(2) as [string, string, string, string];
const { topics, questions, newTopic } = JSON.parse(readFileSync(queriesFile, 'utf8')) as {
  topics: string[];
  questions: string[];
  newTopic: string;
};
const continuations: Continuations = {
  put: () => 'x',
  get: async () => ({ status: 'missing' }),
  flush: async () => {},
};
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.floor((p / 100) * (xs.length - 1))]!;

const started = performance.now();
const holder = createKnowledgeHolder(root, {
  compiled: compiledPacksFor({ DATABASE_PATH: database, KNOWLEDGE_DIR: root }),
});
const startMs = performance.now() - started;
globalThis.gc?.();
const memory = process.memoryUsage();

function times(inputs: string[], run: (input: string) => void): { p50: number; p99: number } {
  for (const input of inputs) run(input); // first use, left out
  const samples: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const input of inputs) {
      const t = performance.now();
      run(input);
      samples.push(performance.now() - t);
    }
  }
  return { p50: percentile(samples, 50), p99: percentile(samples, 99) };
}
const kb = () => holder.current();
const brief = times(topics, (topic) => briefReply({ kb: kb(), topic, page: 1, continuations }));
const ask = times(questions, (question) => answerReply({ kb: kb(), question, page: 1, continuations }));
// Serving: the questions have loaded the language model and touched a few hundred packs' readings.
globalThis.gc?.();
const serving = process.memoryUsage();
// Settled: a bot answers at people's pace, and between questions V8 and the allocator give
// back what a burst of questions left behind.
await new Promise((resolve) => setTimeout(resolve, 10_000));
globalThis.gc?.();
const settled = process.memoryUsage();

const added = performance.now();
cpSync(newPack, join(root, 'zz-new-pack'), { recursive: true });
await holder.reloadAsync();
const served = kb().findTopics(newTopic)[0]?.type === 'entity';
const hotAddMs = performance.now() - added;

console.log(
  JSON.stringify({
    startMs,
    rssMb: memory.rss / 2 ** 20,
    heapMb: memory.heapUsed / 2 ** 20,
    servingRssMb: serving.rss / 2 ** 20,
    servingHeapMb: serving.heapUsed / 2 ** 20,
    settledRssMb: settled.rss / 2 ** 20,
    brief,
    ask,
    hotAddMs,
    served,
  }),
);
