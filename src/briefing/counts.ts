/**
 * Two answer cues that a bare pattern on the sentence gets wrong. "How many countries…"
 * is answered by a count of countries ("six months", "third meeting"), not by any number
 * word ("first the USA…, and second…"). "Where is Kerry going after Moscow" asks for a
 * destination other than Moscow: a sentence that only names Moscow does not answer it.
 */
import type { Entity } from '../knowledge/schema.ts';
import { foldedNames } from './folded.ts';

/** Cardinals, ordinals and vague counts that can count something. */
const COUNT = '\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|hundreds?|thousands?|dozens?|several|numerous|first|second|third|fourth|fifth|sixth';
/** Counted nouns that any count answers ("how many times": "third meeting", "twice"). */
const ANY_COUNT = new Set(['time', 'times']);

/** "How many countries…", "the number of troops…": the noun counted, when there is one. */
export function countedNoun(folded: string): string | undefined {
  const noun = /\b(?:how many|number of)\s+([a-z]+)/.exec(folded)?.[1];
  return noun && !ANY_COUNT.has(noun) ? noun : undefined;
}

/** Whether the sentence counts the noun: a count word and, at most two words on, that noun. */
export function countsNoun(folded: string, noun: string): boolean {
  const stem = noun === 'people' ? '(?:people|persons?)' : noun.replace(/(?:ies|es|s)$/, '');
  return new RegExp(`\\b(?:${COUNT})(?:-|\\s+)(?:[a-z'-]+\\s+){0,2}${stem}`).test(folded);
}

/** "Where is X going / heading / travelling after Y / next": a destination is asked. */
const DESTINATION = /\bwhere\b.*\b(?:go|goes|going|head|heads|heading|headed|travel|travels|travell?ing|fly|flying|off to|bound)\b.*\b(?:after|next|then|from)\b/;

export function asksDestination(folded: string): boolean {
  return DESTINATION.test(folded);
}

/** Whether the sentence sends someone to a place the question did not name ("to Vienna", "heads for Paris"). */
export function namesDestination(folded: string, places: Entity[], asked: Set<Entity>): boolean {
  return places.some(
    (p) => !asked.has(p) && foldedNames(p).some((n) => new RegExp(`\\b(?:to|for|towards|toward|on to|onward to|visit|visiting)\\s+(?:the\\s+)?${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(folded)),
  );
}
