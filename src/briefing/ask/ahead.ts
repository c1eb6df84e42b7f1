/**
 * What is to come, for "what's next?": a question with no word of its own, answered by a sentence that tells what
 * the story expects rather than what has happened.
 */
import type { Reading } from '../../knowledge/reading.ts';

/**
 * Whether the sentence tells what is to come and when ("will open by Friday 15 January"): "what's next?" asks for the
 * next thing on the calendar, which a sentence in the future tense that names no day may not be. By its tense, not by
 * the pack's dated events: the evaluation dates every article alike, so a date after it is no sign of the future.
 */
export function datedAhead(reading: Reading): boolean {
  return reading.ahead && reading.mentions.some((m) => m.type === 'date' || m.type === 'time');
}

/**
 * "What's next?" with no word to find: only the sentences that tell what is to come, when any is a candidate; else
 * the sentences after the last answer, the story's next step, would outrank them by their place alone.
 */
export function aheadOnly<T extends { reading: Reading }>(ahead: boolean, termCount: number, candidates: T[]): T[] {
  if (!ahead || termCount > 0) return candidates;
  const told = candidates.filter((c) => c.reading.ahead);
  return told.length > 0 ? told : candidates;
}
