/**
 * "When did Kerry last see Putin?", "where was their most recent meeting": the latest past
 * event (before publication) that involves everyone the question names. "Last" is an
 * ordering here, not a word to find ("Their most recent meeting was in Sochi" never says
 * "last"), so its words leave the question's concepts and the ranking prefers sentences
 * that show that event.
 */
import type { LoadedPack } from '../knowledge/knowledge-base.ts';
import type { Event } from '../knowledge/schema.ts';
import { stem } from '../knowledge/text.ts';
import type { Concept, EntityConcept } from './concepts.ts';
import { eventLink } from './constraints.ts';
import { meetEachOther, meetingParties } from './meetings.ts';
import type { Question } from './question.ts';

const ORDER_TERMS = new Set(['last', 'recent', 'recently', 'latest', 'previous', 'previously'].map(stem));
/** What a sentence keeps when it does not show the latest event. */
const NOT_LATEST = 0.8;

/** The question's concepts, without the words of ordering when it asks for the latest event. */
export function withoutOrder(q: Question, wanted: Concept[]): Concept[] {
  return q.latest ? wanted.filter((c) => c.type !== 'term' || !ORDER_TERMS.has(c.term)) : wanted;
}

/** The latest dated event of the pack before publication that involves every named entity. */
export function latestEvent(pack: LoadedPack, wanted: Concept[]): Event | undefined {
  const entities = wanted.filter((c): c is EntityConcept => c.type === 'entity');
  if (entities.length === 0) return undefined;
  const parties = meetingParties(wanted).map((c) => c.matches.filter((m) => m.pack === pack).map((m) => m.entity));
  const published = `${pack.data.published}`;
  let best: Event | undefined;
  for (const e of pack.data.events) {
    if (!e.date || e.date.slice(0, 10) >= published) continue;
    if (!entities.every((c) => c.matches.some((m) => m.pack === pack && eventLink(c, m.entity, e) === 1))) continue;
    if (parties.length > 0 && !meetEachOther(pack, e, parties)) continue;
    if (!best || e.date > best.date!) best = e;
  }
  return best;
}

/** How much a sentence keeps: 1 when it shows the latest event (or there is none to prefer). */
export function latestFactor(latest: Event | undefined, shown: Event[]): number {
  return !latest || shown.includes(latest) ? 1 : NOT_LATEST;
}
