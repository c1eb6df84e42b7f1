/**
 * What ordinary word a capitalised word may be, by compromise's dictionary and tags: a word
 * that opens a sentence or a quote ("However", "It"), or a people's adjective ("Russian").
 * Neither names an entity of its own.
 */
import nlp from 'compromise';
import { cleanToken, SENTENCE_OPENERS } from './name-titles.ts';
import { LEXICON } from './roles.ts';

/** A capitalised word that opens a sentence or a quote and is an ordinary word ("However", "It"). */
export function isOpener(word: string, tags: string[] | undefined): boolean {
  const lower = cleanToken(word).toLowerCase();
  if (SENTENCE_OPENERS.has(lower)) return true;
  if (!tags || tags.includes('ProperNoun') || tags.includes('Acronym')) return false;
  // compromise guesses unknown words from their endings ("Brodsky" reads as an adjective);
  // an opener is a word it knows.
  if (tags.includes('Adjective') && !Object.hasOwn(LEXICON, lower)) return false;
  return tags.some((t) =>
    ['Conjunction', 'Adverb', 'Preposition', 'Determiner', 'Pronoun', 'Verb', 'Adjective', 'Value'].includes(t),
  );
}

/** "Russian", "Syrians", "Kurdish": adjectives and peoples, not entities of their own. */
export function isDemonym(tags: string[], word: string): boolean {
  // An adjective by compromise's guess counts with an adjective's ending ("Islamic"), not a surname's ("Brodsky").
  const known =
    Object.hasOwn(LEXICON, word.toLowerCase()) ||
    /(ic|ian|ean|ese|ish|an|i|al|ive|ous|ern)s?$/.test(word) ||
    /-\p{Ll}+$/u.test(word);
  if (tags.includes('Demonym') || (tags.includes('Adjective') && !tags.includes('ProperNoun') && known)) return true;
  if (/^\p{Lu}\p{Ll}+(ican|ian|ean|ese|ish)s?$/u.test(word)) return true;
  const alone = nlp(word).json()[0]?.terms[0]?.tags ?? [];
  return alone.includes('Demonym') || (alone.includes('Adjective') && !alone.includes('ProperNoun') && known);
}
