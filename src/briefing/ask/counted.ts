/**
 * "How many passengers …" is answered by a number of passengers: "1.2 million passengers",
 * not "fallen by a third" or "in 2019". The question's counted noun is read with the frame;
 * an amount in a sentence answers only with that noun (or its group, its WordNet synonym,
 * or a word the vectors find close, "retailers" for "shops") within a few words of it.
 */
import type { ReadingIndex } from '../../knowledge/reading-index.ts';
import type { Mention, Reading } from '../../knowledge/reading.ts';
import type { Token } from '../../knowledge/nlp.ts';
import type { WeightedTerm } from './retrieve.ts';

/** How far, in tokens, the counted noun may stand from the amount ("38,000 small retailers"). */
const REACH = 3;
/**
 * Nouns that count people in general: any plain count answers them, as an article names the people
 * by their part (tuned sets four more right, held out one, no unanswerable question answered).
 */
const PEOPLE = new Set(['people', 'ppl', 'persons', 'folk', 'folks', 'individuals', 'guys']);
/** How far the counted noun may stand after the amount when only content words come between (a noun phrase). */
const PHRASE = 6;
/** Least word-vector similarity for a sentence word to count as the counted noun. */
const LIKE = 0.6;

/** Token positions of the counted noun(s) after "how many" (and its adjectives), if any. */
export function countedNouns(tokens: readonly Token[], whAt: number): number[] {
  if (tokens[whAt]?.text.toLowerCase() !== 'how' || tokens[whAt + 1]?.text.toLowerCase() !== 'many') return [];
  let at = whAt + 2;
  while (tokens[at]?.pos === 'ADJ') at++;
  const nouns: number[] = [];
  for (; tokens[at]?.pos === 'NOUN'; at++) nouns.push(at);
  // What is counted is plural ("hospital admissions", "passengers use" where "use" is a verb
  // the model took for a noun); failing that, the first noun.
  const plural = nouns.filter((i) => tokens[i]!.text.toLowerCase() !== tokens[i]!.lemma);
  const counted = plural.length > 0 ? plural : nouns.slice(0, 1);
  // "How many illegal ones …": "ones" stands for what the conversation counts, a word no sentence writes.
  return counted.filter((i) => tokens[i]!.text.toLowerCase() !== 'ones');
}

/**
 * Whether the amount has one of the counted nouns close by, before or after it. Close is
 * counted in words: a hyphenated word ("64,218 first-preference votes") is one word, not three
 * tokens.
 */
export function countsAsked(
  index: ReadingIndex,
  reading: Reading,
  amount: Mention,
  counted: readonly WeightedTerm[],
): boolean {
  // "For hours", "a month": a unit with no number counts nothing.
  // "thousands of school children", "a million pigs": a count in words, plural or not.
  const counts = (w: string) =>
    index.lexicon.number(w) !== undefined || index.lexicon.number(w.replace(/s$/, '')) !== undefined;
  const numbered = /\d/.test(amount.text) || amount.text.toLowerCase().split(/\s+/).some(counts);
  if (!numbered) return false;
  // "How many victims …" asks for more than one: "the daughter of one victim" counts no victims.
  if (/^(?:one|1)$/i.test(amount.text) && counted.every((t) => /[^s]s$/i.test(t.word))) return false;
  const keys = new Set(counted.flatMap((t) => [t.key, ...t.related, ...t.synonyms]));
  const like = (i: number) => {
    const row = reading.vectorIds[i]!;
    return row >= 0 && counted.some((t) => t.vectorId >= 0 && index.vectors.similarity(t.vectorId, row) >= LIKE);
  };
  // A hyphenated word after the amount is three tokens: "64,218 first - preference votes".
  const compound = hyphenatedAfter(reading.sentence.text, amount.text) ? amount.end + 4 : -1;
  // "People living a few hundred yards away": an amount of a measure counts its unit, not what is asked.
  const measure = reading.mentions.find((m) => m.type === 'measure' && m.start <= amount.start && m.end >= amount.end);
  const unit = measure ? reading.positions.indexOf(measure.end) : -1;
  if (unit >= 0 && !keys.has(reading.terms[unit]!) && !like(unit)) return false;
  // "How many people signed": the article counts them by their part ("4,300 signatures", "62,000 visitors").
  if (counted.every((t) => PEOPLE.has(t.word.toLowerCase())) && pluralAfter(reading.sentence.text, amount)) return true;
  // The counted noun may be the amount's own unit: "how many days" → "14 days".
  // "About 240 registered sign language interpreters": the noun ending the amount's noun phrase. Content words stand
  // at rising positions, so every word between is one when the position `gap` entries back is the amount's next word.
  const phrase = (p: number, i: number, gap = p - amount.end - 1) =>
    gap < PHRASE && reading.positions[i - gap] === amount.end + 1;
  return reading.positions.some((p, i) => {
    const near =
      (p > amount.end && (p - amount.end <= REACH || phrase(p, i))) ||
      p === compound ||
      (p < amount.start && amount.start - p <= REACH) ||
      (p > amount.start && p <= amount.end);
    return near && (keys.has(reading.terms[i]!) || like(i));
  });
}

/** Whether a plain count is followed by a plural noun, as the sentence writes it ("4,300 signatures"). */
function pluralAfter(sentence: string, amount: Mention): boolean {
  const at = amount.type === 'number' ? sentence.indexOf(amount.text) : -1;
  return at >= 0 && /^\s+\p{Ll}{3,}s\b/u.test(sentence.slice(at + amount.text.length));
}

/** Whether the amount, as the sentence writes it, is followed by a hyphenated word. */
function hyphenatedAfter(sentence: string, amount: string): boolean {
  const at = sentence.indexOf(amount);
  return at >= 0 && /^\s+\p{L}+-\p{L}+/u.test(sentence.slice(at + amount.length));
}
