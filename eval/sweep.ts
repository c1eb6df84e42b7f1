/**
 * `npm run eval -- --sweep`: the trade-off between answering and refusing. The answer
 * engine runs over every evaluation set once per coverage threshold, and for each the
 * share of answerable questions answered right and of unanswerable ones refused is
 * printed: the curve the calibrated threshold (src/briefing/ask/abstain.ts) was read from.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { answerReply } from '../src/briefing/ask/answer.ts';
import { ABSTAIN } from '../src/briefing/ask/abstain.ts';
import type { Continuations } from '../src/core/continuations.ts';
import { createKnowledgeBase } from '../src/knowledge/create-knowledge-base.ts';
import { loadPacks } from '../src/knowledge/load.ts';
import { buildEvalKnowledge, SET_DIRS, toOutcome } from './run.ts';
import { judge, type EvalCase } from './score.ts';

const COVERAGE = [0, 0.2, 0.3, 0.4, 0.45, 0.5, 0.6, 0.7, 0.8];
const continuations: Continuations = {
  put: () => 'x',
  get: async () => ({ status: 'missing' }),
  flush: async () => {},
};

export function sweep(): string[] {
  const root = buildEvalKnowledge();
  // Articles are read again for their paragraphs on first use: the folder stays until the end.
  try {
    return sweepOver(createKnowledgeBase(loadPacks(root).packs));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function sweepOver(kb: ReturnType<typeof createKnowledgeBase>): string[] {
  const lines: string[] = [];
  for (const dir of SET_DIRS) {
    const cases = (JSON.parse(readFileSync(join(dir, 'cases.json'), 'utf8')) as { cases: EvalCase[] }).cases;
    const answerable = cases.filter((c) => !c.impossible).length;
    lines.push(`${dir}:`);
    for (const absentWords of [false, true])
      for (const coverage of COVERAGE) {
        const thresholds = { ...ABSTAIN, coverage, absentWords };
        const verdicts = cases.map((c) =>
          judge(c, toOutcome(answerReply({ kb, question: c.q, page: 1, continuations, thresholds }))),
        );
        const right = verdicts.filter((v) => v === 'right').length;
        const refused = verdicts.filter((v) => v === 'abstained').length;
        const mark = coverage === ABSTAIN.coverage && absentWords === ABSTAIN.absentWords ? '  ← calibrated' : '';
        const pct = (n: number, of: number) => `${n}/${of} (${Math.round((100 * n) / of)}%)`;
        lines.push(
          `  coverage ≥ ${coverage.toFixed(2)}${absentWords ? ', absent words refused' : ''}: ` +
            `answerable right ${pct(right, answerable)}, ` +
            `unanswerable refused ${pct(refused, cases.length - answerable)}${mark}`,
        );
      }
  }
  return lines;
}
