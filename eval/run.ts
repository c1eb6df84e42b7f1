/**
 * `npm run eval`: ingests every evaluation article (../shared/eval/<set>/ and
 * test/fixtures/articles/) into a temporary knowledge folder beside the seed pack, so
 * several packs compete as in a real archive; asks every case through the core; prints per
 * set answerable right / refused / wrong, unanswerable refused, answers in the first quote,
 * and ask time p50/p99 (entry point: main.ts).
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import ask from '../commands/ask.ts';
import { manualClock } from '../src/core/clock.ts';
import { memoryContinuations } from '../src/core/continuations.ts';
import { createCore } from '../src/core/core.ts';
import type { Reply } from '../src/core/reply.ts';
import { draftPack } from '../src/ingest/draft.ts';
import { slugify } from '../src/ingest/slug.ts';
import { writePack } from '../src/ingest/write.ts';
import { createKnowledgeBase } from '../src/knowledge/create-knowledge-base.ts';
import { loadPacks } from '../src/knowledge/load.ts';
import { silentLogger } from '../src/log.ts';
import { renderText } from '../src/render/text.ts';
import { nullStore } from '../src/storage/store.ts';
import { syntheticArchive } from '../bench/synthetic-archive.ts';
import { boldRight, judge, type EvalCase, type Outcome, type Verdict } from './score.ts';

/** Where the sets live: each folder holds articles (.txt/.md) and a cases.json. */
export const SET_DIRS = [
  ...(existsSync('../shared/eval') ? readdirSync('../shared/eval').map((d) => join('../shared/eval', d)) : []),
  'test/fixtures/articles',
  'test/fixtures/articles-blind',
  'test/fixtures/articles-blind-2',
  'test/fixtures/articles-blind-3',
  'test/fixtures/articles-blind-4',
  'test/fixtures/articles-blind-5',
  'test/fixtures/articles-blind-6',
  'test/fixtures/articles-blind-7',
  'test/fixtures/articles-blind-8',
  'test/fixtures/articles-blind-9',
  'test/fixtures/articles-blind-10',
  'test/fixtures/articles-blind-11',
  'test/fixtures/articles-blind-12',
  'test/fixtures/articles-blind-13',
  'test/fixtures/articles-blind-14',
  'test/fixtures/articles-blind-15',
  'test/fixtures/articles-blind-16',
  'test/fixtures/articles-blind-17',
  'test/fixtures/articles-blind-18',
  'test/fixtures/articles-blind-19',
  'test/fixtures/articles-blind-20',
  'test/fixtures/articles-blind-21',
  'test/fixtures/articles-blind-22',
  'test/fixtures/articles-blind-23',
  'test/fixtures/articles-blind-24',
  'test/fixtures/articles-blind-25',
  'test/fixtures/articles-blind-26',
  'test/fixtures/articles-blind-27',
  'test/fixtures/articles-blind-28',
  'test/fixtures/articles-blind-29',
  'test/fixtures/articles-blind-30',
  'test/fixtures/articles-blind-31',
  'test/fixtures/articles-blind-32',
  'test/fixtures/articles-blind-33',
  'test/fixtures/articles-blind-34',
  'test/fixtures/articles-blind-35',
  'test/fixtures/articles-blind-36',
  'test/fixtures/articles-blind-37',
  'test/fixtures/articles-blind-38',
  'test/fixtures/articles-blind-39',
  'test/fixtures/articles-blind-40',
  'test/fixtures/articles-blind-41',
  'test/fixtures/articles-blind-42',
  'test/fixtures/articles-blind-43',
  'test/fixtures/articles-blind-44',
  'test/fixtures/squad-heldout',
  'test/fixtures/squad-heldout-train',
].filter((d) => existsSync(join(d, 'cases.json')));

/**
 * Sets to develop on that are scored with only their own articles and the seed, never in the shared archive: the
 * four SQuAD training articles run to 26,000 words, and loaded beside the news sets they took 17 answers from them
 * asked one by one (the news sets from the eleventh), which would measure the SQuAD text, not the news.
 */
export const ALONE_SETS = ['test/fixtures/squad-train-answerable'].filter((d) => existsSync(join(d, 'cases.json')));

export interface SetResult {
  set: string;
  cases: { c: EvalCase; outcome: Outcome; verdict: Verdict; ms: number; confidence: number }[];
}

/** Ingests the sets' articles and the seed pack into a fresh folder; returns it. */
export function buildEvalKnowledge(setDirs = SET_DIRS): string {
  const root = mkdtempSync(join(tmpdir(), 'briefbot-eval-'));
  cpSync('knowledge', root, { recursive: true });
  for (const dir of setDirs) {
    // Every .txt or .md file is an article, but a README says what the set is.
    const articles = readdirSync(dir).filter((f) => ['.txt', '.md'].includes(extname(f)) && !/^readme\./i.test(f));
    for (const file of articles) {
      const text = readFileSync(join(dir, file), 'utf8');
      const id = slugify(basename(file, extname(file)));
      const pack = draftPack(text, {
        id,
        published: '2016-06-01',
        source: 'eval',
        timezone: 'UTC',
        article: `article${extname(file)}`,
      });
      writePack(root, pack, text, { force: true });
    }
  }
  return root;
}

/**
 * Asks every case of every set through the core. `noise` packs of unrelated synthetic
 * articles (bench/synthetic-archive.ts) are loaded beside them, to check that the right
 * article still answers in a large archive. Each question is asked on its own, as if in a new
 * conversation; with `conversation`, a set's questions are asked one after another in one
 * conversation (a desk asking a run of questions), so each may lean on the article the one before
 * was answered from (core `recentArticles`).
 */
export async function runEval(setDirs = SET_DIRS, { noise = 0, conversation = false } = {}): Promise<SetResult[]> {
  const root = buildEvalKnowledge(setDirs);
  try {
    const { packs, problems } = loadPacks(root);
    if (problems.length > 0) throw new Error(`eval packs do not load: ${JSON.stringify(problems.slice(0, 3))}`);
    const kb = createKnowledgeBase(noise > 0 ? [...packs, ...syntheticArchive(noise)] : packs);
    const clock = manualClock(new Date('2016-06-01T09:00:00Z'));
    const core = createCore({
      knowledge: () => kb,
      clock,
      store: nullStore(),
      log: silentLogger(),
      commands: [ask],
      continuations: memoryContinuations(clock),
    });
    const origin = {
      platform: 'cli' as const,
      user: { id: 'eval' },
      channel: { id: 'eval', isDirect: true },
      canManageChannel: true,
    };
    const results: SetResult[] = [];
    for (const dir of setDirs) {
      const cases = (JSON.parse(readFileSync(join(dir, 'cases.json'), 'utf8')) as { cases: EvalCase[] }).cases;
      const result: SetResult = { set: basename(dir), cases: [] };
      for (const [i, c] of cases.entries()) {
        const channel = { id: conversation ? `eval-${dir}` : `eval-${dir}-${i}`, isDirect: true };
        const started = performance.now();
        const asked = { ...origin, channel, type: 'command' as const, name: 'ask', options: { question: c.q } };
        const reply = await core.handle(asked);
        const ms = performance.now() - started;
        const outcome = toOutcome(reply);
        result.cases.push({
          c,
          outcome,
          verdict: judge(c, outcome),
          ms,
          confidence: reply.confidence ?? (reply.found ? 1 : 0),
        });
      }
      results.push(result);
    }
    return results;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

export function toOutcome(reply: Reply): Outcome {
  const first = reply.card.blocks.find((b) => b.type === 'quote');
  const quote = first?.type === 'quote' ? first : undefined;
  return {
    found: reply.found,
    text: renderText(reply),
    firstQuote: quote?.text,
    ...(quote?.highlight ? { bold: quote.highlight } : {}),
  };
}

/** The summary figures of one set. */
export function summarise(r: SetResult) {
  const count = (v: Verdict) => r.cases.filter((x) => x.verdict === v).length;
  const answerable = r.cases.filter((x) => !x.c.impossible);
  const inFirst = answerable.filter(
    (x) =>
      x.verdict === 'right' &&
      x.outcome.firstQuote !== undefined &&
      judge(x.c, { found: true, text: x.outcome.firstQuote }) === 'right',
  );
  // Of the answers whose first quote holds the gold, those that set an answer in bold, and those whose bold is the
  // asked one: how well the card picks the answer out of the right sentence (`span.ts`, `whole-answer.ts`).
  const bolded = inFirst.filter((x) => x.outcome.bold !== undefined);
  const boldOk = bolded.filter((x) => boldRight(x.outcome.bold!, x.c.answers));
  const times = r.cases.map((x) => x.ms).sort((a, b) => a - b);
  const pct = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0;
  return {
    set: r.set,
    answerable: answerable.length,
    right: count('right'),
    refused: count('refused'),
    wrong: count('wrong'),
    firstQuote: inFirst.length,
    impossible: r.cases.length - answerable.length,
    abstained: count('abstained'),
    bolded: bolded.length,
    boldRight: boldOk.length,
    p50: pct(0.5),
    p99: pct(0.99),
  };
}

const share = (n: number, of: number) => `${n}/${of} (${of === 0 ? 0 : Math.round((100 * n) / of)}%)`;

export function formatSummary(s: ReturnType<typeof summarise>): string {
  return [
    `${s.set}: answerable right ${share(s.right, s.answerable)}, refused ${s.refused}, wrong ${s.wrong};`,
    `in the first quote ${share(s.firstQuote, s.answerable)}; ` +
      `unanswerable refused ${share(s.abstained, s.impossible)}; bold answer right ${share(s.boldRight, s.bolded)};`,
    `ask p50 ${s.p50.toFixed(1)} ms, p99 ${s.p99.toFixed(1)} ms`,
  ].join(' ');
}
