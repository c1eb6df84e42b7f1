/**
 * Finds an event by the words people call it, when fuzzy name matching falls short:
 * "tuesday talks" or "the Tuesday meetings" for "Kerry's talks in Moscow" (phrase "the
 * Tuesday meetings", dated Tuesday 15 December 2015). Every word of the topic must be in
 * the event's title, phrase, place, participants or the weekday of its date, with talks,
 * meetings and discussions counted as one word; otherwise nothing is returned.
 */
import type { KnowledgeBase, LoadedPack, PackEvent, TopicMatch } from '../knowledge/knowledge-base.ts';
import { parse } from '../knowledge/nlp.ts';
import { keysOf } from '../knowledge/reading.ts';
import { Recent } from '../knowledge/recent.ts';
import type { Event } from '../knowledge/schema.ts';
import { terms } from '../knowledge/text.ts';
import { weekdayOf } from './dates.ts';

/** Words for a meeting of people, folded onto one (stems as `terms` gives them). */
const GATHERING = new Set(['talk', 'meet', 'summit', 'sit', 'session', 'visit', 'trip']);
/** Two events closer than this are equally good: the person picks. */
const CLOSE = 0.05;

const norm = (t: string) => (GATHERING.has(t) ? 'meet' : t);

/** The words of the events looked at last: an archive has 30,000 events, a topic looks at a few. */
const cache = new Recent<Event, Map<string, number>>(4_096);

/** Up to this many events are walked in full; past it (an archive), those sharing a word with the topic. */
const WALKED = 2_000;

/** Each word the event goes by, with how much a match on it counts (events are immutable: cached). */
function eventWords(pack: LoadedPack, event: Event): Map<string, number> {
  const known = cache.get(event);
  if (known) return known;
  const out = new Map<string, number>();
  cache.set(event, out);
  const add = (text: string, weight: number) => {
    for (const t of terms(text)) out.set(norm(t), Math.max(out.get(norm(t)) ?? 0, weight));
  };
  add(event.title, 1);
  add(event.phrase, 0.9);
  if (event.place) add(event.place, 0.9);
  if (event.date && (event.precision === 'day' || event.precision === 'time')) add(weekdayOf(event.date), 0.9);
  for (const id of event.participants) {
    const e = pack.data.entities.find((x) => x.id === id);
    if (e) add([e.name, ...e.aliases].join(' '), 0.8);
  }
  return out;
}

/** The events every word of the topic names, best first (ties kept for a choice). */
export function eventsByWords(kb: KnowledgeBase, topic: string, walked = WALKED): TopicMatch[] {
  const wanted = [...new Set(terms(topic).map(norm))];
  if (wanted.length < 2) return [];
  const found: TopicMatch[] = [];
  for (const { pack, event } of candidates(kb, topic, walked)) {
    const have = eventWords(pack, event);
    const weights = wanted.map((t) => have.get(t) ?? 0);
    if (weights.some((w) => w === 0)) continue;
    const score = Math.round((weights.reduce((a, b) => a + b, 0) / weights.length) * 1000) / 1000;
    found.push({ type: 'event', pack, event, score, evidence: { field: 'words', text: topic } });
  }
  found.sort((a, b) => b.score - a.score);
  const top = found[0];
  return top ? found.filter((m) => top.score - m.score < CLOSE) : [];
}

/**
 * The events worth checking: all of them, or in an archive those holding a word of the topic
 * (through the answer pipeline's index of event words). Walking all 30,000 events of 10,000
 * packs read every pack's entities back from disk for their participants' names.
 */
function candidates(kb: KnowledgeBase, topic: string, walked: number): readonly PackEvent[] {
  const all = kb.events();
  const index = all.length > walked ? kb.reading : undefined;
  return index ? index.eventsWith(keysOf(parse(topic).tokens, index.lexicon).keys) : all;
}

/** Days from publication within which an event is the one the article reports. */
const NEWS_DAYS = 3;

/**
 * Of several events the words fit equally ("the Kerry visit": 2013, Sochi, this week), the
 * one the article reports: the only one dated within days of its publication.
 */
export function reportedEvent(matches: TopicMatch[]): TopicMatch | undefined {
  const near = matches.filter((m) => {
    if (m.type !== 'event' || !m.event.date || m.event.date.length < 10) return false;
    const days =
      Math.abs(
        Date.parse(`${m.event.date.slice(0, 10)}T00:00:00Z`) - Date.parse(`${m.pack.data.published}T00:00:00Z`),
      ) / 86_400_000;
    return days <= NEWS_DAYS;
  });
  return near.length === 1 ? near[0] : undefined;
}
