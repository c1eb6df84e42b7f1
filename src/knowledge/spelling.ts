/**
 * Spelling against the articles' own words: a question word that no sentence holds
 * ("foriegn", "Hatmanis", "fuedel") is most often a typo of one that some sentence does
 * ("foreign", "Hartmanis", "feudal"). The closest key by edit distance (transpositions count
 * once) stands in for it, the commonest when several are as close. A word no sentence holds may also
 * be found in a word derived from it ("baker" in "bakery").
 */
import type { Bm25Index } from './bm25.ts';
import { derivable, sameDerivation } from './derived.ts';
import { editDistance } from './fuzzy-words.ts';

export interface Spelling {
  /** The key a sentence holds that `key` most likely misspells, if one is close enough. */
  correct(key: string): string | undefined;
  /** The keys sentences hold that are derived from the same word as `key` ("bakeri" for "baker"). */
  derivations(key: string): string[];
}

/** Shortest key that is corrected: shorter words are too often other words one letter off. */
const MIN_LENGTH = 5;

/** Edits allowed: one up to seven letters, two beyond. */
const allowed = (length: number) => (length <= 7 ? 1 : 2);

/** Builds the lookup over the index's terms, bucketed by first letter (typos seldom change it). */
export function spellingOf(index: Bm25Index): Spelling {
  let buckets: Map<string, string[]> | undefined;
  const bucket = (letter: string) => {
    if (!buckets) {
      buckets = new Map();
      for (const term of index.terms()) {
        if (term.length < MIN_LENGTH - 1) continue;
        const list = buckets.get(term[0]!);
        if (list) list.push(term);
        else buckets.set(term[0]!, [term]);
      }
    }
    return buckets.get(letter) ?? [];
  };
  return {
    derivations: (key) => (derivable(key) ? bucket(key[0]!).filter((term) => sameDerivation(key, term)) : []),
    correct(key) {
      if (key.length < MIN_LENGTH || /\d/.test(key) || index.df(key) > 0) return undefined;
      const max = allowed(key.length);
      let best: { term: string; distance: number; df: number } | undefined;
      for (const term of bucket(key[0]!)) {
        if (Math.abs(term.length - key.length) > max) continue;
        const distance = editDistance(key, term, max);
        if (distance > max) continue;
        const df = index.df(term);
        if (!best || distance < best.distance || (distance === best.distance && df > best.df))
          best = { term, distance, df };
      }
      return best?.term;
    },
  };
}
