/**
 * Stage 5 of answering, "abstain on evidence": the bot answers only when its best
 * sentence holds what was asked. It refuses when that sentence lacks a mention of the
 * asked type (no date for "when"), misses a name or number of the question, or covers too
 * little of the question. The thresholds were calibrated on the public dev set
 * (`npm run eval -- --sweep`), never on one question.
 */
import type { Frame } from './frame.ts';
import { coverage, type Candidate } from './match.ts';

export interface Thresholds {
  coverage: number;
  /** Refuse when a word of the question is in no article at all and nothing like it is in the sentence. */
  absentWords: boolean;
}

export const ABSTAIN: Readonly<Thresholds> = {
  /** Least share of the question's weight the best sentence must cover. */
  coverage: 0.4,
  absentWords: false,
};

export type Refusal = 'no-candidate' | 'no-answer-type' | 'missing-term' | 'low-coverage';

/** Why the best candidate does not answer, or undefined when it does. */
export function refusal(
  frame: Frame,
  best: Candidate | undefined,
  thresholds: Readonly<Thresholds> = ABSTAIN,
): Refusal | undefined {
  if (!best) return 'no-candidate';
  if (frame.accepts.length > 0 && best.answers.length === 0) return 'no-answer-type';
  // A name or number of the question must be in the sentence or next to it. (Requiring
  // rare words too refused as many answerable questions as unanswerable ones: see the sweep.)
  if (best.matches.some((m) => m.term.kind !== 'word' && m.as === 'none')) return 'missing-term';
  if (thresholds.absentWords && best.matches.some((m) => m.term.absent && m.as === 'none')) return 'missing-term';
  if (coverage(best) < thresholds.coverage) return 'low-coverage';
  return undefined;
}
