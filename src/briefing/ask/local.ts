/**
 * A word's weight within its own article. Rarity in general English (`rarity.ts`) does not see
 * that an article about salmon says "salmon" in most of its sentences: there the word tells its
 * sentences apart no more than "the" does, and a question's other words should choose among them.
 */
import type { ReadingIndex } from '../../knowledge/reading-index.ts';
import type { WeightedTerm } from './retrieve.ts';

/**
 * How much of a term's weight depends on its article: 0 none, 1 all. 0.4, against none, with
 * twenty-seven sets loaded: held out +9 right one by one, +6 right and +1 first quote as
 * conversations, +3 right and +7 first quote alone, 1 to 2 fewer unanswerable questions refused;
 * tuned −2 right one by one, +4 first quote as conversations; the probe conversations +2 right.
 * (0.3: held out +4 one by one; 0.5: +9, but tuned −3; 1: held out −14 as conversations. Scaling
 * the abstention's coverage too refused more answerable questions than unanswerable ones.)
 */
export const SPREAD = 0.4;

/**
 * Per pack, each term's weight multiplier: 1 for a word one sentence holds, falling towards
 * ln 2 / ln (N + 1) for a word all N sentences hold, blended with 1 by `SPREAD`.
 */
export function localWeights(
  index: ReadingIndex,
  terms: readonly WeightedTerm[],
  packIds: Iterable<string>,
): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const packId of packIds)
    out.set(
      packId,
      terms.map((t) => {
        let holding = 0;
        let of = 0;
        for (const key of [t.key, ...t.related]) {
          const share = index.packShare(packId, key);
          holding = Math.max(holding, share.holding);
          of = share.of;
        }
        if (holding === 0 || of < 2) return 1;
        const idf = Math.log(1 + of / holding) / Math.log(1 + of);
        return 1 - SPREAD + SPREAD * idf;
      }),
    );
  return out;
}
