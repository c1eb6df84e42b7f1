/**
 * What is to come, for "what's next?": a question with no word of its own, answered by a sentence that tells what
 * the story expects rather than what has happened. The question's side (part of stage 2) and the sentence's.
 */
import type { Reading } from '../../knowledge/reading.ts';
import { tellsEarlier } from './earlier.ts';

/** "What happens next", "what's next for them", "and what now": what is to come is asked. */
const AHEAD = new RegExp(
  String.raw`^(?:(?:and|so|ok)\s+)?what(?:['’]s|\s+is|\s+happens|\s+will happen|\s+comes)?\s+(?:next|now|then)\b` +
    String.raw`|\bnext steps?\b`,
  'i',
);
export const AHEAD_WORDS = new Set(['happen', 'happens', 'next', 'then', 'step', 'steps', 'comes']);

/** Whether the question asks what is to come. */
export function asksAhead(question: string): boolean {
  return AHEAD.test(question);
}

/**
 * Whether the sentence tells what is to come and when ("will open by Friday 15 January"): "what's next?" asks for the
 * next thing on the calendar, which a sentence in the future tense that names no day may not be. By its tense, not by
 * the pack's dated events: the evaluation dates every article alike, so a date after it is no sign of the future.
 */
export function datedAhead(reading: Reading): boolean {
  return reading.ahead && reading.mentions.some((m) => m.type === 'date' || m.type === 'time');
}

/**
 * What a sentence must tell to answer a question that asks a time rather than a fact: what is to come for "what's
 * next?", an earlier time for "has this happened before?" (`earlier.ts`); undefined for any other question.
 */
export function toldFor(frame: { ahead: boolean; earlier: boolean }): ((r: Reading) => boolean) | undefined {
  return frame.ahead ? (r) => r.ahead : frame.earlier ? tellsEarlier : undefined;
}

/**
 * "What's next?" or "has this happened before?" with no word to find: only the sentences that tell what is asked
 * (`toldFor`), when any is a candidate; else the sentences after the last answer, the story's next step, would
 * outrank them by their place alone.
 */
export function toldOnly<T extends { reading: Reading }>(
  told: ((r: Reading) => boolean) | undefined,
  termCount: number,
  candidates: T[],
): T[] {
  if (!told || termCount > 0) return candidates;
  const telling = candidates.filter((c) => told(c.reading));
  return telling.length > 0 ? telling : candidates;
}

/** `toldOnly` for "what's next?". */
export function aheadOnly<T extends { reading: Reading }>(ahead: boolean, termCount: number, candidates: T[]): T[] {
  return toldOnly(toldFor({ ahead, earlier: false }), termCount, candidates);
}
