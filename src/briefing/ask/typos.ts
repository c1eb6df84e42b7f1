/**
 * Typing slips in a question ("waht", "peices", "petiton", "mvoe") read as the word meant. A slipped
 * word is in no article and no dictionary, so it would be a word of the question that nothing holds,
 * and the question would be refused. A lower-case word of four letters or more that neither the
 * word vectors' 40,000 words (the dictionary, most frequent first) nor any article holds is read as
 * a dictionary word one edit away (a letter added, dropped, changed, or two swapped) that carries no
 * topic ("tehy" → "they"), or else that some article holds, the most frequent if several do.
 * Read as any other word one edit away, a slip only moves the refusal ("laywer" → "lawyer", which no
 * article holds either) or makes one word another ("rehired" → "retired"). Names typed in lower case
 * are left alone when an article holds them, and a word with no such neighbour stays as typed, for
 * retrieval's own spelling against the articles' stems (`retrieve.ts`).
 */
import type { ReadingIndex } from '../../knowledge/reading-index.ts';
import { knowsWord } from '../../knowledge/lexicon/word-vectors.ts';
import { STOP_WORDS } from '../../knowledge/text.ts';

/** What the fixer needs to know of a word. */
export interface Dictionary {
  /** The word's rank among the dictionary's words, most frequent first; -1 for a word it lacks. */
  rank(word: string): number;
  /** Whether some article holds the word. */
  held(word: string): boolean;
  /** Whether the dictionary holds the word or the word it inflects ("pandas" is "panda"s). */
  english(word: string): boolean;
  /** Whether the word carries no topic ("they", "what"), so that no article need hold it. */
  topicless(word: string): boolean;
}

/** The articles' words and the word vectors' as a dictionary. */
export function dictionaryOf(index: ReadingIndex): Dictionary {
  return {
    rank: (word) => index.vectors.id(word),
    english: (word) => knowsWord(index.vectors, word),
    held: (word) => index.bm25.df(index.lexicon.key(word)) > 0,
    topicless: (word) => STOP_WORDS.has(word),
  };
}

/**
 * Shortest word read as a slip, by the slip: two letters swapped from four ("waht", "tehy"), a letter
 * added or dropped from seven, a letter changed from nine. Across the eval sets' questions, shorter
 * words read so were as often other words as slips ("redo" → "red", "roofer" → "roofed", "moaning" →
 * "morning", "connecter" → "connected"), longer ones nearly always slips ("parliment", "sentanced").
 */
const SHORTEST = { swapped: 4, added: 7, dropped: 7, changed: 9 };
/** Longest word read as a slip: the dictionary's longest words have 20 letters; a longer run is a name or noise. */
const LONGEST = 21;
/** At most this many unknown words of a question are looked at: a line of noise costs no more than a question. */
const MOST = 12;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** The question with each slipped word read as the word meant. */
export function withSlipsFixed(text: string, dictionary: Dictionary): string {
  let looked = 0;
  return text.replace(/(?<![\p{L}\p{N}'’-])\p{Ll}+(?![\p{L}\p{N}'’-])/gu, (word) => {
    if (word.length < SHORTEST.swapped || word.length > LONGEST || !/^[a-z]+$/.test(word)) return word;
    const known = (w: string) => dictionary.rank(w) >= 0 || dictionary.topicless(w);
    if (dictionary.english(word) || dictionary.topicless(word)) return word;
    return looked++ < MOST ? (meant(word, known, dictionary) ?? word) : word;
  });
}

function meant(word: string, known: (w: string) => boolean, dictionary: Dictionary): string | undefined {
  // "dont", "wasnt", "itll": a word of chat's, written without its apostrophe, is no slip.
  if ([...word].some((_, i) => i > 0 && known(`${word.slice(0, i)}'${word.slice(i)}`))) return undefined;
  if (dictionary.held(word)) return undefined;
  // A slip of a word that carries no topic first ("tehy" is "they"), then of an article's word.
  let best: { word: string; order: number; rank: number } | undefined;
  for (const candidate of oneEditAway(word)) {
    const rank = dictionary.rank(candidate);
    const order = dictionary.topicless(candidate) ? 0 : dictionary.held(candidate) ? 1 : 2;
    if (rank < 0 || order === 2) continue;
    if (!best || order < best.order || (order === best.order && rank < best.rank))
      best = { word: candidate, order, rank };
  }
  return best?.word;
}

/** Every string one edit from the word that its length allows (`SHORTEST`). */
function oneEditAway(word: string): Set<string> {
  const out = new Set<string>();
  const [added, dropped, changed] = [SHORTEST.added, SHORTEST.dropped, SHORTEST.changed].map((n) => word.length >= n);
  for (let i = 0; i <= word.length; i++) {
    const [head, tail] = [word.slice(0, i), word.slice(i)];
    if (tail.length > 1) out.add(head + tail[1] + tail[0] + tail.slice(2));
    // The word typed has a letter too many: the word meant lacks it.
    if (tail && added) out.add(head + tail.slice(1));
    for (const letter of dropped || changed ? LETTERS : '') {
      if (tail && changed) out.add(head + letter + tail.slice(1));
      if (dropped) out.add(head + letter + tail);
    }
  }
  out.delete(word);
  return out;
}
