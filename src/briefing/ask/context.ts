/**
 * The sentences quoted beside the best one to give it its context, as a reader of the article would
 * meet them: the sentence before, when the best opens with "This"/"That" standing alone, and the
 * sentence after it in the paragraph, when the question asks "what" or "why" and no mention can be
 * the answer.
 */
import type { ReadingIndex } from '../../knowledge/reading-index.ts';
import type { Reading } from '../../knowledge/reading.ts';
import { QUOTES, type Ranked } from './card.ts';
import type { Frame } from './frame.ts';
import { matchCandidate } from './match.ts';
import type { WeightedTerm } from './retrieve.ts';

/** Demonstratives that open a sentence about what the one before said ("This was stated on Friday by …"). */
const DEMONSTRATIVE = /^(?:this|that|these|those)$/i;

/**
 * "This was stated on Friday by White House spokesman Josh Ernest": a best sentence whose
 * subject is a demonstrative standing alone (no noun after it) is about the sentence before,
 * which is quoted right after it.
 */
export function withAntecedent(index: ReadingIndex, frame: Frame, terms: WeightedTerm[], shown: Ranked[]): Ranked[] {
  const best = shown[0];
  if (!best) return shown;
  const { reading } = best.candidate;
  const first = reading.sentence.text.split(/\s+/, 1)[0] ?? '';
  // A noun right after it ("This attack …") makes it a determiner: the sentence names its subject.
  if (!DEMONSTRATIVE.test(first) || reading.positions.includes(1)) return shown;
  const before = index.neighbour(reading, -1);
  if (!before || shown.some((r) => r.candidate.reading === before)) return shown;
  return [best, quoted(index, frame, terms, before), ...shown.slice(1)].slice(0, QUOTES);
}

/**
 * "What ruined Richard's plans to reach Acre?": the best sentence says he set off for Acre, and the one after
 * it in the paragraph says a storm scattered his fleet. A "what" or "why" question has no type of mention to
 * look for, so the best sentence may set the scene while the next one answers; it is quoted after the runner-up
 * (which the ranking still puts second). Only within the paragraph: the next paragraph starts another thought
 * (across paragraphs the held-out sets lost 7 answers asked one by one). Thirty-three sets, clean held out:
 * 912 → 919 right one by one, 1,263 → 1,288 as conversations; tuned 732 → 735 and 793 → 797.
 */
export function withFollowing(index: ReadingIndex, frame: Frame, terms: WeightedTerm[], shown: Ranked[]): Ranked[] {
  const best = shown[0];
  if (!best || frame.accepts.length > 0) return shown;
  const { reading } = best.candidate;
  const next = index.neighbour(reading, 1);
  if (!next || next.sentence.paragraph !== reading.sentence.paragraph) return shown;
  if (shown.some((r) => r.candidate.reading === next)) return shown;
  return [...shown.slice(0, 2), quoted(index, frame, terms, next), ...shown.slice(2)].slice(0, QUOTES);
}

/** A sentence quoted for its context: matched as any candidate is, ranked nowhere. */
function quoted(index: ReadingIndex, frame: Frame, terms: WeightedTerm[], reading: Reading): Ranked {
  return { candidate: matchCandidate(index, frame, terms, reading), total: 0 };
}
