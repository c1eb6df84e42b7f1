/**
 * Hard conditions a sentence must meet before it may answer certain questions. Word
 * coverage alone lets a sentence win on the question's side words ("Kerry … arrived"
 * answering "when will Putin visit Washington?"); these checks make the bot say "not in
 * the briefing" instead of quoting something about other people or another place.
 *
 * - "when"/"where": every entity the question names must be in the sentence, in the one
 *   it points back to ("He said…"), or in an event the sentence shows (participants, place);
 *   a place the question puts something *in* or *at* ("meet in Paris", "visit Washington")
 *   must be that event's place or stand after such a word in the sentence.
 * - yes/no naming two or more entities: they must be named together in one sentence, or
 *   one named and the others tied to it by an event of the sentence's paragraph.
 */
import type { Sentence } from '../knowledge/article.ts';
import type { LoadedPack } from '../knowledge/knowledge-base.ts';
import type { Entity, Event } from '../knowledge/schema.ts';
import { fold, terms } from '../knowledge/text.ts';
import type { Concept, EntityConcept } from './concepts.ts';
import { mentions, sentenceTerms } from './evidence.ts';
import { eventTerms, foldedNames, foldedPhraseParts, foldedPlaceParts, foldedText } from './folded.ts';
import type { Question } from './question.ts';
import { meetingParties, showsMeeting } from './meetings.ts';

/** Words before a place that make it where something happens, not what it is about. */
const LOCATIVE = /\b(in|to|at|into|inside|visit|visits|visited|visiting|toward|towards)\s+(?:the\s+)?$/;

/**
 * Events of the sentence's paragraph that the sentence itself shows: those whose date
 * phrase it holds, or else those whose place it names ("in May 2013, when Kerry came to
 * Moscow" shows the 2013 meeting, not every event in Moscow).
 */
export function shownEvents(pack: LoadedPack, sentence: Sentence): Event[] {
  let shown = shownCache.get(sentence);
  if (!shown) {
    const here = pack.data.events.filter((e) => e.paragraphs.includes(sentence.paragraph));
    const byPhrase = here.filter((e) => phraseIn(e, sentence));
    shown = byPhrase.length > 0 ? byPhrase : here.filter((e) => e.place !== undefined && eventPlaceIn(e, sentence));
    shownCache.set(sentence, shown);
  }
  return shown;
}

/** Sentences belong to immutable packs, so what each shows is worked out once. */
const shownCache = new WeakMap<Sentence, Event[]>();

/** Whether the sentence names the place ("Riyadh, Saudi Arabia": either part). */
export function placeIn(place: string, sentence: Sentence): boolean {
  const folded = foldedText(sentence);
  return place.split(',').some((part) => folded.includes(fold(part).trim()));
}

/** Whether the sentence names the event's place (either part of "Riyadh, Saudi Arabia"). */
export function eventPlaceIn(event: Event, sentence: Sentence): boolean {
  const folded = foldedText(sentence);
  return foldedPlaceParts(event).some((part) => folded.includes(part));
}

/** Whether the sentence holds the event's date phrase (or one of its parts: "x; y"). */
export function phraseIn(event: Event, sentence: Sentence): boolean {
  const folded = foldedText(sentence);
  return foldedPhraseParts(event).some((part) => folded.includes(part));
}

/** The names an entity goes by, folded. */
function names(entity: Entity): string[] {
  return foldedNames(entity);
}

/** Whether an event happens at the entity (its place is one of the entity's names). */
export function eventAt(event: Event, entity: Entity): boolean {
  if (!event.place) return false;
  const parts = foldedPlaceParts(event);
  return names(entity).some((n) => parts.includes(n));
}

/** Named by a name or alias, or by its role when the role has two or more words. */
export function named(pack: LoadedPack, sentence: Sentence, entity: Entity): boolean {
  if (mentions(pack, sentence, entity)) return true;
  const role = entity.role ? terms(entity.role) : [];
  const have = sentenceTerms(pack, sentence);
  return role.length >= 2 && role.every((t) => have.has(t));
}

/** A place named after "in", "to", "visit"… in the question. */
export function locative(q: Question, concept: EntityConcept): boolean {
  if (!concept.matches.some((m) => m.entity.kind === 'place')) return false;
  const content = fold(q.content);
  const at = content.indexOf(fold(concept.text));
  return at > 0 && LOCATIVE.test(content.slice(0, at));
}

/** Words that make a place before them name an event there ("the Moscow talks"). */
const EVENT_NOUN = /^(?:'s\s+)?\s*(?:talks|meetings?|visit|trip|summit|conference|negotiations|press conference|discussions)\b/;

/** A place the question names as where an event happens ("the Moscow talks", "the Paris meeting"). */
export function placedEvent(q: Question, concept: EntityConcept): boolean {
  if (!concept.matches.some((m) => m.entity.kind === 'place')) return false;
  const content = fold(q.content);
  const name = fold(concept.text);
  const at = content.indexOf(name);
  return at >= 0 && EVENT_NOUN.test(content.slice(at + name.length).trimStart());
}

/** The sentence names the entity right after "in", "at", "to"…: a location, not a topic. */
export function placedInSentence(sentence: Sentence, entity: Entity): boolean {
  const folded = foldedText(sentence);
  return names(entity).some((n) => {
    const at = folded.indexOf(n);
    return at > 0 && LOCATIVE.test(folded.slice(0, at));
  });
}

/** Whether the sentence (or the one it points back to) names every entity the question names. */
export function namesTogether(wanted: Concept[], pack: LoadedPack, sentence: Sentence, previous?: Sentence): boolean {
  const entities = wanted.filter((c): c is EntityConcept => c.type === 'entity');
  return (
    entities.length < 2 ||
    entities.every((c) => c.matches.some((m) => m.pack === pack && (named(pack, sentence, m.entity) || (previous !== undefined && named(pack, previous, m.entity)))))
  );
}

/**
 * Whether the sentence may answer the question at all. `previous` is the sentence it
 * points back to, when it opens with "he", "this"…
 */
export function admissible(q: Question, wanted: Concept[], pack: LoadedPack, sentence: Sentence, previous?: Sentence): boolean {
  const entities = wanted.filter((c): c is EntityConcept => c.type === 'entity');
  if (entities.length === 0 && q.kind !== 'yes-no') return true;
  const inPack = (c: EntityConcept) => c.matches.filter((m) => m.pack === pack).map((m) => m.entity);
  const inText = (e: Entity) => named(pack, sentence, e) || (previous !== undefined && named(pack, previous, e));
  if (q.kind === 'yes-no') {
    // The question's action ("meet", "attack") must be in the sentence too, not just its people.
    const have = new Set([...sentenceTerms(pack, sentence), ...(previous ? sentenceTerms(pack, previous) : [])]);
    const acts = wanted.every((c) => c.type !== 'term' || c.unknown || c.filler || have.has(c.term));
    const parties = meetingParties(wanted);
    if (parties.length > 0 && !showsMeeting(pack, sentence, shownEvents(pack, sentence), parties)) return false;
    return (acts && namesTogether(wanted, pack, sentence, previous)) || bridgingEvents(wanted, pack, sentence, previous).length > 0;
  }
  const events = shownEvents(pack, sentence);
  // "How long did the Moscow talks last": a sentence about another place's event (the Sochi meeting) is about another event.
  if (entities.some((c) => placedEvent(q, c) && !inPack(c).some((e) => inText(e) || events.length === 0 || events.some((ev) => eventOf(c, e, ev))))) return false;
  if (q.kind !== 'when' && q.kind !== 'where') return true;
  // "When did Putin meet Lavrov": they must meet each other, not both sit in Kerry's talks.
  const parties = meetingParties(wanted);
  if (parties.length > 0 && !showsMeeting(pack, sentence, events, parties)) return false;
  return entities.every((c) =>
    inPack(c).some((e) => {
      if (locative(q, c)) return events.some((ev) => eventAt(ev, e)) || placedInSentence(sentence, e);
      return inText(e) || events.some((ev) => eventOf(c, e, ev));
    }),
  );
}

/**
 * "Was the Kurdish delegation at the Riyadh talks": a sentence naming one entity answers
 * when an event of its paragraph ties it to the others (the Saudi Arabia meetings, held in
 * Riyadh, whose summary names the Kurdish delegation); the event's title stands in for the
 * question's action words ("talks" → its "meetings"). The reader judges the quoted sentence.
 */
export function bridgingEvents(wanted: Concept[], pack: LoadedPack, sentence: Sentence, previous?: Sentence): Event[] {
  const entities = wanted.filter((c): c is EntityConcept => c.type === 'entity');
  if (entities.length < 2) return [];
  const inText = (e: Entity) => named(pack, sentence, e) || (previous !== undefined && named(pack, previous, e));
  const inPack = (c: EntityConcept) => c.matches.filter((m) => m.pack === pack);
  const have = sentenceTerms(pack, sentence);
  return pack.data.events.filter((ev) => {
    if (!ev.paragraphs.includes(sentence.paragraph)) return false;
    const title = eventTerms(ev).title;
    const acts = wanted.every((c) => c.type !== 'term' || c.unknown || c.filler || have.has(c.term) || title.has(c.term));
    const named = entities.filter((c) => inPack(c).some((m) => inText(m.entity) && eventLink(c, m.entity, ev) > 0));
    return acts && named.length > 0 && entities.every((c) => named.includes(c) || inPack(c).some((m) => eventLink(c, m.entity, ev) === 1));
  });
}

/**
 * Whether the event is one the concept names: the entity takes part in it or is its
 * place, or the question's words are the event's own title ("the Vienna agreement").
 */
export function eventOf(concept: EntityConcept, entity: Entity, event: Event): boolean {
  return eventLink(concept, entity, event) > 0;
}

/** How closely the event concerns the entity: 1 for a participant, its place or its title; less when only its summary names it. */
export function eventLink(concept: EntityConcept, entity: Entity, event: Event): number {
  if (event.participants.includes(entity.id) || eventAt(event, entity) || concept.events.some((x) => x.event === event)) return 1;
  return namedIn(event, entity) ? SUMMARY_LINK : 0;
}

/** An event whose curated summary names the entity ("agreement on holding the New York meetings"). */
const SUMMARY_LINK = 0.7;

const summaryNames = new WeakMap<Event, Map<Entity, boolean>>();

/** Whether the event's summary names the entity by a whole name or alias (cached: packs are immutable). */
function namedIn(event: Event, entity: Entity): boolean {
  let known = summaryNames.get(event);
  if (!known) summaryNames.set(event, (known = new Map()));
  let found = known.get(entity);
  if (found === undefined) {
    const folded = ` ${fold(event.summary).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
    found = names(entity).some((n) => n.length > 2 && folded.includes(` ${n.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `));
    known.set(entity, found);
  }
  return found;
}
