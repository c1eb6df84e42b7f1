/**
 * The answer pipeline on the evaluation archive: the seed pack, the SQuAD dev articles and
 * the fixture articles loaded together (the archive issue 9's bars name), or with `--all`
 * every evaluation set's articles too. Reports the time to load and read them all (stage 1,
 * at load) and ask p50/p99 over the loaded sets' questions, after a warm-up pass.
 * Run: `node --import tsx bench/answer.bench.ts [--all]` (numbers are printed, never asserted).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildEvalKnowledge, SET_DIRS } from '../eval/run.ts';
import type { EvalCase } from '../eval/score.ts';
import { answerReply } from '../src/briefing/ask/answer.ts';
import type { Continuations } from '../src/core/continuations.ts';
import { createKnowledgeBase } from '../src/knowledge/create-knowledge-base.ts';
import { compiledPacksIn } from '../src/knowledge/compiled-packs.ts';
import { createKnowledgeHolder } from '../src/knowledge/holder.ts';
import { loadPacks } from '../src/knowledge/load.ts';

const continuations: Continuations = {
  put: () => 'x',
  get: async () => ({ status: 'missing' }),
  flush: async () => {},
};
const ROUNDS = 3;

/** The issue's archive: the public dev set and the first fixture articles (the seed pack is always loaded). */
const ISSUE_SETS = SET_DIRS.filter((d) => d.startsWith('../shared/eval') || d === 'test/fixtures/articles');
const sets = process.argv.includes('--all') ? SET_DIRS : ISSUE_SETS;
console.log(`sets: ${sets.join(', ')}`);
const root = buildEvalKnowledge(sets);
const loadStart = performance.now();
const { packs } = loadPacks(root);
const parsed = performance.now();
const kb = createKnowledgeBase(packs);
// Read at load, as the bot does (the holder reads eagerly): the NLP pass over every sentence.
const sentences = kb.reading?.bm25.size ?? 0;
const loaded = performance.now();
console.log(`load: ${packs.length} packs, ${sentences} sentences: ${(loaded - loadStart).toFixed(0)} ms`);
console.log(
  `  of which parse and validate ${(parsed - loadStart).toFixed(0)} ms, ` +
    `index and read ${(loaded - parsed).toFixed(0)} ms`,
);
// A restart: the bot keeps compiled packs and readings beside its database (compiled-packs.ts).
const cache = mkdtempSync(join(tmpdir(), 'briefbot-answer-bench-'));
createKnowledgeHolder(root, { compiled: compiledPacksIn(cache) });
const restart = performance.now();
createKnowledgeHolder(root, { compiled: compiledPacksIn(cache) });
console.log(
  `  again, from the compiled packs and readings (a restart): ${(performance.now() - restart).toFixed(0)} ms`,
);
rmSync(cache, { recursive: true, force: true });

const questions = sets.flatMap((d) =>
  (JSON.parse(readFileSync(join(d, 'cases.json'), 'utf8')) as { cases: EvalCase[] }).cases.map((c) => c.q),
);
/** Each question asked `rounds` times over; the times sorted, and their share-`p` percentile. */
function timed(rounds: number): (p: number) => string {
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const question of questions) {
      const start = performance.now();
      answerReply({ kb, question, page: 1, continuations });
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  return (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(2);
}

// The first pass is timed apart: a question's new words are looked up once (the fuzzy topic
// search memoises them), so repeated questions alone would hide that cost.
const first = timed(1);
console.log(`ask, first time each: p50 ${first(0.5)} ms, p99 ${first(0.99)} ms`);
const pct = timed(ROUNDS);
console.log(
  `ask: ${questions.length} questions × ${ROUNDS}: p50 ${pct(0.5)} ms, p99 ${pct(0.99)} ms, max ${pct(1)} ms`,
);
console.log(`heap used: ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);
// Removed only now: articles are read again for their paragraphs when an answer quotes them.
rmSync(root, { recursive: true, force: true });
