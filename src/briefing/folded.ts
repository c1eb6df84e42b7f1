/**
 * Folded forms of pack text, worked out once per object. Packs are immutable, so a
 * sentence's folded text, an entity's folded names and an event's folded phrase and place
 * never change; folding them on every question was the answer path's main cost (and its
 * garbage, which is what made the slow tail).
 */
import type { Sentence } from '../knowledge/article.ts';
import type { Entity, Event } from '../knowledge/schema.ts';
import { fold, terms } from '../knowledge/text.ts';

const sentences = new WeakMap<Sentence, string>();
const entityNames = new WeakMap<Entity, string[]>();
const phrases = new WeakMap<Event, string[]>();
const places = new WeakMap<Event, string[]>();

/** The sentence's text, folded. */
export function foldedText(sentence: Sentence): string {
  let folded = sentences.get(sentence);
  if (folded === undefined) sentences.set(sentence, (folded = fold(sentence.text)));
  return folded;
}

/** The names an entity goes by (name and aliases), folded. */
export function foldedNames(entity: Entity): string[] {
  let names = entityNames.get(entity);
  if (!names) entityNames.set(entity, (names = [entity.name, ...entity.aliases].map((n) => fold(n))));
  return names;
}

/** The parts of an event's date phrase ("x; y"), folded, without a leading "on/in/at", at least 4 characters. */
export function foldedPhraseParts(event: Event): string[] {
  let parts = phrases.get(event);
  if (!parts) {
    parts = event.phrase
      .split(';')
      .map((part) => fold(part).replace(/^(on|in|at) /, '').trim())
      .filter((part) => part.length >= 4);
    phrases.set(event, parts);
  }
  return parts;
}

/** The parts of an event's place ("Riyadh, Saudi Arabia"), folded. */
export function foldedPlaceParts(event: Event): string[] {
  let parts = places.get(event);
  if (!parts) places.set(event, (parts = (event.place ?? '').split(',').map((p) => fold(p).trim()).filter((p) => p.length > 0)));
  return parts;
}

/** The stemmed words of an event's title, of its title and place, and of its summary. */
export interface EventTerms {
  title: Set<string>;
  titlePlace: Set<string>;
  summary: Set<string>;
}

const eventTermCache = new WeakMap<Event, EventTerms>();

export function eventTerms(event: Event): EventTerms {
  let found = eventTermCache.get(event);
  if (!found) {
    found = { title: new Set(terms(event.title)), titlePlace: new Set(terms(`${event.title} ${event.place ?? ''}`)), summary: new Set(terms(event.summary)) };
    eventTermCache.set(event, found);
  }
  return found;
}

const descriptionCache = new WeakMap<Entity, Set<string>>();

/** The stemmed words of an entity's role and summary: what the pack describes it as. */
export function descriptionTerms(entity: Entity): Set<string> {
  let found = descriptionCache.get(entity);
  if (!found) descriptionCache.set(entity, (found = new Set(terms(`${entity.role ?? ''} ${entity.summary}`))));
  return found;
}
