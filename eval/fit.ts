/**
 * `npm run eval -- --fit`: are the ranking's hand-set weights any good? For every answerable question of the sets to
 * fit on, each candidate sentence's rule scores are taken once (coverage split by how each term was found, as
 * `FOUND` in match.ts weighs it), then the weights are moved one at a time, a step kept only when it ranks a
 * sentence holding the gold answer first for more questions in total and for fewer in no set. The fitted weights
 * are then scored on the sets held out from the fit, beside the weights in use. It measures the ranking alone:
 * abstention, the typed fallback and the card are left out, so a gain here is a candidate to try in `npm run eval`.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { readQuestion } from '../src/briefing/ask/frame.ts';
import { FOUND, type FoundAs } from '../src/briefing/ask/match.ts';
import { retrieve } from '../src/briefing/ask/retrieve.ts';
import { HEADLINE, ruleInputs } from '../src/briefing/ask/rule-inputs.ts';
import { RULES } from '../src/briefing/ask/rules.ts';
import { createKnowledgeBase } from '../src/knowledge/create-knowledge-base.ts';
import { loadPacks } from '../src/knowledge/load.ts';
import type { ReadingIndex } from '../src/knowledge/reading-index.ts';
import { buildEvalKnowledge } from './run.ts';
import { holdsAnswer, type EvalCase } from './score.ts';

/** The ways a term is found that count for something, each a weight of its own here. */
const WAYS = (Object.keys(FOUND) as FoundAs[]).filter((way) => FOUND[way] > 0);
/** The rules other than coverage, which the ways stand in for. */
const OTHERS = RULES.filter((r) => r.name !== 'coverage');
/** The names of the weights, in the order of a candidate's features. */
export const FEATURES = [...WAYS.map((way) => `found ${way}`), ...OTHERS.map((r) => r.name)];
/** The weights in use: each way's `FOUND` times the coverage rule's weight, then the other rules'. */
export const IN_USE = [
  ...WAYS.map((way) => FOUND[way] * (RULES.find((r) => r.name === 'coverage')?.weight ?? 1)),
  ...OTHERS.map((r) => r.weight),
];
/** What a step multiplies a weight by (a weight at 0 restarts at 0.05 times the step). */
const STEPS = [0, 0.5, 0.7, 0.85, 1.15, 1.4, 2];

/** One candidate sentence: its features, whether it is a headline (scored at `HEADLINE`) and holds the gold answer. */
interface Row {
  features: number[];
  headline?: boolean;
  gold: boolean;
}
/** A question whose candidates hold the gold answer at least once (the others cannot be ranked right). */
type Question = Row[];

/** Every set's rankable questions, each set read with only its own articles and the seed. */
export function questionsOf(dir: string): Question[] {
  const root = buildEvalKnowledge([dir]);
  try {
    const index = createKnowledgeBase(loadPacks(root).packs).reading!;
    const cases = (JSON.parse(readFileSync(join(dir, 'cases.json'), 'utf8')) as { cases: EvalCase[] }).cases;
    return cases
      .filter((c) => !c.impossible)
      .map((c) => rowsOf(index, c))
      .filter((rows) => rows.some((r) => r.gold));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** The candidates of one question as the ranking sees them (`ruleInputs`, as `rankCandidates` scores them). */
function rowsOf(index: ReadingIndex, c: EvalCase): Row[] {
  const frame = readQuestion(c.q, index.lexicon);
  return ruleInputs(index, frame, retrieve(index, frame)).map(({ input, headline }) => {
    const { candidate, local } = input;
    const weights = local?.get(candidate.reading.pack.id);
    const weightOf = (i: number) => candidate.matches[i]!.term.weight * (weights?.[i] ?? 1);
    const total = candidate.matches.reduce((sum, _, i) => sum + weightOf(i), 0);
    const found = WAYS.map((way) =>
      total === 0
        ? 0
        : candidate.matches.reduce((sum, m, i) => sum + (m.as === way ? weightOf(i) * (m.strength ?? 1) : 0), 0) /
          total,
    );
    const rules = OTHERS.map((r) => (r.applies(frame) ? r.score(input) : 0));
    return { features: [...found, ...rules], headline, gold: holdsAnswer(candidate.reading.sentence.text, c.answers) };
  });
}

/** How many questions rank a sentence holding the gold answer first under the weights. */
export function rankedFirst(questions: readonly Question[], weights: readonly number[]): number {
  let right = 0;
  for (const rows of questions) {
    let best = rows[0]!;
    let bestScore = -Infinity;
    for (const row of rows) {
      const sum = row.features.reduce((total, f, i) => total + f * weights[i]!, 0);
      const score = row.headline ? sum * HEADLINE : sum;
      if (score > bestScore) [best, bestScore] = [row, score];
    }
    if (best.gold) right++;
  }
  return right;
}

/** Weights moved one at a time while every set ranks at least as many first and their sum more. */
export function fitted(sets: readonly Question[][], start: readonly number[], rounds = 5): number[] {
  let weights = [...start];
  let now = sets.map((q) => rankedFirst(q, weights));
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    for (let i = 0; i < weights.length; i++) {
      let best: { weights: number[]; scores: number[]; gain: number } | undefined;
      for (const step of STEPS) {
        const tried = weights.map((w, j) => (j !== i ? w : w === 0 ? 0.05 * step : w * step));
        const scores = sets.map((q) => rankedFirst(q, tried));
        const gain = scores.reduce((sum, s, j) => sum + s - now[j]!, 0);
        if (scores.every((s, j) => s >= now[j]!) && gain > (best?.gain ?? 0)) best = { weights: tried, scores, gain };
      }
      if (best) [weights, now, moved] = [best.weights, best.scores, true];
    }
    if (!moved) break;
  }
  return weights;
}

/** The report: each set's questions ranked right first with the weights in use and the fitted ones. */
export function fitReport(fitDirs: readonly string[], checkDirs: readonly string[]): string[] {
  const fitSets = fitDirs.map(questionsOf);
  const checkSets = checkDirs.map(questionsOf);
  const weights = fitted(fitSets, IN_USE);
  const line = (dir: string, q: Question[]) =>
    `  ${dir}: ${rankedFirst(q, IN_USE)} → ${rankedFirst(q, weights)} of ${q.length}`;
  return [
    'Gold sentence ranked first, weights in use → fitted:',
    'fitted on:',
    ...fitDirs.map((dir, i) => line(dir, fitSets[i]!)),
    'held out:',
    ...checkDirs.map((dir, i) => line(dir, checkSets[i]!)),
    'weights (in use → fitted):',
    ...FEATURES.map((name, i) => `  ${name}: ${IN_USE[i]!.toFixed(3)} → ${weights[i]!.toFixed(3)}`),
  ];
}
