/**
 * "When did Putin meet Lavrov?": a question about two or more parties meeting is answered
 * only by an event where they meet each other, or by a sentence that says they met. Both
 * being among the participants of someone else's talks (Kerry's talks with Lavrov and with
 * Putin) says nothing of their meeting each other, so it is no answer: not-found beats a
 * wrong date.
 */
import type { Sentence } from '../knowledge/article.ts';
import type { LoadedPack } from '../knowledge/knowledge-base.ts';
import type { Entity, Event } from '../knowledge/schema.ts';
import type { Concept, EntityConcept } from './concepts.ts';
import { mentions, sentenceTerms } from './evidence.ts';
import { stem } from '../knowledge/text.ts';

/** The stem every meeting word folds onto (talk, discuss, summit, see, visit… in text.ts). */
const MEET = stem('meet');

/** The parties of a meeting question: its non-place entities, when it asks about meeting and names two or more. */
export function meetingParties(wanted: Concept[]): EntityConcept[] {
  if (!wanted.some((c) => c.type === 'term' && c.term === MEET)) return [];
  const parties = wanted.filter((c): c is EntityConcept => c.type === 'entity' && c.matches.some((m) => m.entity.kind !== 'place'));
  return parties.length >= 2 ? parties : [];
}

/**
 * Whether the event is the parties meeting each other: they all take part, and either no one
 * else does or the event's principal (the participant the curated list names first, as its
 * title does: "Kerry's talks … with Lavrov and Putin") is one of them.
 */
export function meetEachOther(pack: LoadedPack, event: Event, parties: Entity[][]): boolean {
  const ids = parties.map((options) => options.map((e) => e.id));
  if (!ids.every((options) => options.some((id) => event.participants.includes(id)))) return false;
  const others = event.participants.filter((id) => pack.data.entities.find((e) => e.id === id)?.kind !== 'place' && !ids.some((o) => o.includes(id)));
  return others.length === 0 || ids.some((o) => o.includes(event.participants[0]!));
}

/**
 * Whether the sentence shows the parties meeting: an event it shows where they meet each
 * other, or, when it shows no event they all take part in, a sentence naming them all with
 * a meeting word ("Vladimir Putin has met with … John Kerry").
 */
export function showsMeeting(pack: LoadedPack, sentence: Sentence, events: Event[], concepts: EntityConcept[]): boolean {
  const parties = concepts.map((c) => c.matches.filter((m) => m.pack === pack).map((m) => m.entity));
  if (parties.some((p) => p.length === 0)) return false;
  if (events.some((ev) => meetEachOther(pack, ev, parties))) return true;
  const together = (ev: Event) => parties.every((p) => p.some((e) => ev.participants.includes(e.id)));
  if (events.some(together)) return false;
  // Parties split over two sentences ("…talks with Lavrov and Putin. This will be Kerry's third
  // meeting with Putin") are not said to meet: the sentence itself must name them all.
  return sentenceTerms(pack, sentence).has(MEET) && parties.every((p) => p.some((e) => mentions(pack, sentence, e)));
}
