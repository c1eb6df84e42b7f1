/**
 * "How old is the lighthouse?" asks when it was built ("built in 1857"), not the age of the keeper a sentence about
 * it names ("Dimitrios Pappas, 56, the director of the Lighthouse Service"), nor a length of time the sentence gives
 * ("will be restored over eight years"). "How old is the farmer?" asks a person's age. Which nouns are people or
 * animals is data, from WordNet (`living-nouns.json`, scripts/build-living-nouns.mjs). Part of stage 2 (question →
 * frame).
 */
import living from '../../knowledge/lexicon/living-nouns.json' with { type: 'json' };
import { GENERAL_LEXICON } from '../../knowledge/lexicon/lexicon.ts';
import type { Token } from '../../knowledge/nlp.ts';
import type { Mention } from '../../knowledge/reading.ts';
import { sharedWordVectors } from '../../knowledge/lexicon/word-vectors.ts';

/** People and animals, and the roles people hold that WordNet knows first as things ("the chair"). */
const LIVING = new Set<string>([...living, ...(GENERAL_LEXICON.personRoles ?? [])]);
/** Words that make what follows a thing named by a common noun ("the bridge"), not a name typed in small letters. */
const DETERMINERS = new Set(['the', 'this', 'that', 'these', 'those', 'its']);
/** Words between "how old" and what is asked: its verb and determiners. */
const SKIPPED = new Set(['is', 'are', 'was', 'were', "'s", '’s', 'r', ...DETERMINERS]);

/**
 * Whether "how old …" asks the age of a thing: "it", or "the" and a noun phrase whose head is a common noun that
 * names no person or animal ("the school buildings"). A pronoun for a person, a name ("how old is pritchard", typed
 * in small letters), or a noun of a person ("the french guy", "the members") asks a person's age.
 */
export function asksThingAge(tokens: readonly Token[], whAt: number): boolean {
  const lower = tokens.map((t) => t.text.toLowerCase());
  if (lower[whAt] !== 'how' || lower[whAt + 1] !== 'old') return false;
  let at = whAt + 2;
  while (at < tokens.length && SKIPPED.has(lower[at]!)) at++;
  if (lower[at] === 'it') return true;
  if (!DETERMINERS.has(lower[at - 1] ?? '')) return false;
  let head: Token | undefined;
  for (; at < tokens.length; at++) {
    const t = tokens[at]!;
    if (t.pos === 'NOUN') head = t;
    else if (t.pos === 'PROPN' || t.pos === 'PRON') return false;
    else if (t.pos !== 'ADJ' && t.pos !== 'PART' && !(t.pos === 'DET' && head === undefined)) break;
  }
  if (!head) return false;
  // A word the vectors do not know ("caricaturist") tells nothing.
  const words = [head.lemma.toLowerCase(), head.text.toLowerCase()];
  const vectors = sharedWordVectors();
  return words.some((w) => vectors.id(w) >= 0) && !words.some((w) => LIVING.has(w));
}

/**
 * A date that can be a thing's age: a year ("in 1857", "1599", "between about 80 and 50 BC"), a century, or a time
 * ago in years ("about 1,000 years ago", not "three weeks ago"); not a day ("Tuesday 22 December", the day a
 * sentence about the foundry tells of).
 */
export function datesAThing(mention: Mention): boolean {
  return YEARISH.test(mention.text);
}

const YEARISH = new RegExp(
  String.raw`^(?:(?:in|since|from|about|around|circa|c\.|early|late|mid|the)\s+)*\d{3,4}s?(?:\s(?:AD|BC|BCE|CE))?$` +
    String.raw`|\bcentur(?:y|ies)\b|\b(?:years|decades|centuries)\s+ago$|\d\s?(?:BC|BCE)\b`,
  'i',
);
