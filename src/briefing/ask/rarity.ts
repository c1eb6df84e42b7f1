/**
 * How much a word of the question weighs: its rarity in general English, read from the
 * rank of its word vector (the vectors are stored most frequent first), never from the
 * archive. Archive-wide idf moved with every unrelated pack loaded: a thousand packs about
 * grain talks made "talks" common and every other word rarer, so the share of a question a
 * sentence covered, and with it which sentence answered and whether any did, changed with
 * packs the question is not about. A word the vectors do not know (a name, a number, a
 * rare word) weighs as the rarest.
 */
import type { Reading } from '../../knowledge/reading.ts';
import type { WordVectors } from '../../knowledge/lexicon/word-vectors.ts';

/**
 * Where the rarity curve bends: ln(1 + rank / RANK_SCALE). 3 over 10 and 50 (flatter for
 * common words): on the fixture sets one or two more answers right, on SQuAD the same.
 */
const RANK_SCALE = 3;
/** How many words the vectors hold: a word past them is as rare as a word can be. */
const VOCABULARY = 40_000;

export const RAREST = Math.log(1 + VOCABULARY / RANK_SCALE);

/** A word's rarity in general English, by the rank of the word or its key among the vectors. */
export function rarity(vectors: WordVectors, word: string, key: string, kind: 'name' | 'number' | 'word'): number {
  if (kind === 'number') return RAREST;
  const ranks = [vectors.id(word.toLowerCase()), vectors.id(key)].filter((r) => r >= 0);
  return ranks.length === 0 ? RAREST : Math.log(1 + Math.min(...ranks) / RANK_SCALE);
}

/** What a word met through the lexicon counts for in a sentence's score, as in retrieval. */
const RELATED = 0.8;
/** BM25's term-frequency saturation and length normalisation. */
const K1 = 1.2;
const B = 0.75;
/** A sentence's usual number of index keys, fixed so that no archive moves it. */
const USUAL_LENGTH = 12;

/**
 * The sentence's BM25 score with each term weighing its fixed rarity rather than the archive's
 * idf: term frequency saturates, long sentences weigh less, as BM25 does, but no pack loaded
 * beside the sentence's own changes it.
 */
export function sentenceScore(
  reading: Reading,
  terms: readonly { key: string; related: readonly string[]; weight: number }[],
): number {
  const norm = 1 - B + (B * reading.terms.length) / USUAL_LENGTH;
  let score = 0;
  for (const t of terms) {
    let tf = 0;
    for (const k of reading.terms) tf += k === t.key ? 1 : t.related.includes(k) ? RELATED : 0;
    if (tf > 0) score += (t.weight * tf * (K1 + 1)) / (tf + K1 * norm);
  }
  return score;
}
