/**
 * `/brief <topic>`: the best matching entity or event as a card; a choice when the top
 * matches are close; the passages that mention the topic when no entity fits but the
 * article does talk about it; and a plain "not found" with the nearest names otherwise.
 */
import type { Continuations } from '../core/continuations.ts';
import { card, list, quote, reply, text, type Button, type Reply } from '../core/reply.ts';
import type { KnowledgeBase, LoadedPack, TopicMatch } from '../knowledge/knowledge-base.ts';
import { formatEventDate } from '../knowledge/event-dates.ts';
import { doubtfulMatch } from '../knowledge/fuzzy.ts';
import { packSource } from './answer-card.ts';
import { citation } from './evidence.ts';
import { eventsByWords } from './event-lookup.ts';
import { entityCard, eventCard, sourcesCard, type Paged } from './topic-cards.ts';

export interface BriefInput {
  kb: KnowledgeBase;
  topic: string;
  page: number;
  continuations: Continuations;
}

/** A topic scoring below this is not a match. */
export const TOPIC_THRESHOLD = 0.7;
/** Two matches closer than this are ambiguous: the person picks. */
const CLOSE = 0.05;
const MAX_CHOICES = 5;

export function briefReply({ kb, topic, page, continuations }: BriefInput): Reply {
  const wanted = topic.trim();
  const sources = /^sources?(?:\s+since:?\s*(\S+))?$/i.exec(wanted);
  if (sources) return sourcesReply(kb, page, sources[1]);
  const exact = resolveKey(kb, wanted);
  if (exact) return paged(exact, page);

  const matches = kb.findTopics(wanted, 10);
  const top = matches[0];
  if (!top || top.score < TOPIC_THRESHOLD) {
    const events = eventsByWords(kb, wanted);
    if (events.length === 1) return paged(events[0]!, page);
    if (events.length > 1) return choices(wanted, events.slice(0, MAX_CHOICES), continuations);
    return passagesOrNotFound(kb, wanted, matches, continuations);
  }
  // "Iran" is one letter from "Iraq" but no typo of it: offer Iraq, do not brief on it.
  if (top.score < 1 && doubtfulMatch(wanted, top.evidence.text))
    return passagesOrNotFound(kb, wanted, matches, continuations, true);
  const close = matches.filter((m) => top.score - m.score < CLOSE);
  if (close.length > 1 && !(top.score === 1 && close.filter((m) => m.score === 1).length === 1)) {
    return choices(wanted, close.slice(0, MAX_CHOICES), continuations);
  }
  return paged(top, page);
}

/** `/brief sources since:2026-01`: a date of 4, 7 or 10 characters, or a short reason why not. */
function sourcesReply(kb: KnowledgeBase, page: number, since: string | undefined): Reply {
  if (since !== undefined && !/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(since)) {
    const c = card({
      kind: 'info',
      title: 'Sources',
      blocks: [text(`"since:" takes a date as 2026, 2026-01 or 2026-01-31, not “${short(since, 20)}”.`)],
    });
    return reply(c, 'ephemeral', false);
  }
  const result = sourcesCard(kb, page, since);
  return { ...reply(result.card), hasMore: result.hasMore };
}

function paged(match: TopicMatch, page: number): Reply {
  const result: Paged =
    match.type === 'entity' ? entityCard(match.pack, match.entity, page) : eventCard(match.pack, match.event);
  return { ...reply(result.card), hasMore: result.hasMore, topics: [matchName(match)], article: match.pack.id };
}

/** The exact key a "pick" button carries: `@pack-id/entity/id` or `@pack-id/event/id`. */
export function topicKey(match: TopicMatch): string {
  return match.type === 'entity'
    ? `@${match.pack.id}/entity/${match.entity.id}`
    : `@${match.pack.id}/event/${match.event.id}`;
}

function resolveKey(kb: KnowledgeBase, value: string): TopicMatch | undefined {
  const m = /^@([a-z0-9-]+)\/(entity|event)\/([a-z0-9-]+)$/.exec(value);
  const pack = m ? kb.pack(m[1]!) : undefined;
  if (!m || !pack) return undefined;
  const evidence = { field: 'id', text: m[3]! };
  if (m[2] === 'entity') {
    const entity = pack.data.entities.find((e) => e.id === m[3]);
    return entity && { type: 'entity', pack, entity, score: 1, evidence };
  }
  const event = pack.data.events.find((e) => e.id === m[3]);
  return event && { type: 'event', pack, event, score: 1, evidence };
}

export function matchName(match: TopicMatch): string {
  return match.type === 'entity' ? match.entity.name : match.event.title;
}

/**
 * Label for a button (Discord allows 80 characters): the name, the event's date when another
 * choice has the same name, the article when several are loaded.
 */
function label(match: TopicMatch, multiPack: boolean, twin: boolean): string {
  const date = twin && match.type === 'event' && match.event.date ? ` · ${formatEventDate(match.event)}` : '';
  const name = `${matchName(match)}${multiPack ? ` (${match.pack.data.title})` : ''}`;
  const room = 80 - date.length;
  return `${name.length > room ? `${name.slice(0, room - 1)}…` : name}${date}`;
}

export function pickButtons(matches: readonly TopicMatch[], continuations: Continuations): Button[] {
  const multiPack = new Set(matches.map((m) => m.pack.id)).size > 1;
  const names = matches.map(matchName);
  return matches.map((m, i) => ({
    action: 'pick',
    label: label(m, multiPack, names.indexOf(names[i]!) !== names.lastIndexOf(names[i]!)),
    value: continuations.put({ command: 'brief', options: { topic: topicKey(m) }, page: 1 }),
  }));
}

function choices(topic: string, matches: TopicMatch[], continuations: Continuations): Reply {
  const lines = matches.map((m) => {
    // An event says when: two events of one sentence may share a title ("opens … and runs …").
    const what =
      m.type === 'entity'
        ? (m.entity.role ?? m.entity.kind)
        : m.event.date
          ? `event, ${formatEventDate(m.event)}`
          : 'event';
    return `${matchName(m)} (${what}; ${m.pack.data.title})`;
  });
  return reply(
    card({
      kind: 'choices',
      title: `Several topics match “${short(topic)}”`,
      blocks: [text('Which one did you mean?'), list(lines)],
      buttons: pickButtons(matches, continuations),
    }),
  );
}

/** Share of the topic's words a sentence must contain for the passage fallback. */
const PASSAGE_COVERAGE = 1;

function passagesOrNotFound(
  kb: KnowledgeBase,
  topic: string,
  matches: TopicMatch[],
  continuations: Continuations,
  close = false,
): Reply {
  const hits = kb.searchPassages(topic, 5).filter((h) => h.terms.length / h.asked >= PASSAGE_COVERAGE);
  if (hits.length > 0) {
    const pack: LoadedPack = hits[0]!.pack;
    return reply(
      card({
        kind: 'theme',
        title: `“${short(topic)}” in the articles`,
        subtitle: 'passages that mention it',
        blocks: hits
          .slice(0, 3)
          .map((h) => quote(h.sentence.text, citation(h.pack, h.sentence.paragraph, h.sentence.text))),
        citations: hits.slice(0, 3).map((h) => citation(h.pack, h.sentence.paragraph, h.sentence.text)),
        ...(hits.slice(0, 3).every((h) => h.pack === pack) ? { source: packSource(pack) } : {}),
      }),
    );
  }
  const nearest = close ? matches.filter((m) => m.score >= TOPIC_THRESHOLD) : matches.filter((m) => m.score >= 0.4);
  // One per name: in an archive the same event or person is in many packs.
  const named = nearest.filter((m, i) => nearest.findIndex((o) => matchName(o) === matchName(m)) === i);
  return notFound(topic, named.slice(0, 3), continuations, close);
}

/** "I found nothing on …", with the nearest names as buttons ("Did you mean …?" when one is close). */
function notFound(topic: string, nearest: TopicMatch[], continuations: Continuations, close: boolean): Reply {
  const blocks = [text(`I found nothing on “${short(topic)}” in the briefing.`)];
  const names = nearest.map(matchName);
  if (close && names.length > 0) blocks.push(text(`Did you mean ${names.join(' or ')}?`));
  else if (names.length > 0) blocks.push(text(`Closest names: ${names.join(', ')}.`));
  else blocks.push(text('Try /brief sources to see which articles are loaded.'));
  return reply(
    card({ kind: 'not-found', title: 'Not in the briefing', blocks, buttons: pickButtons(nearest, continuations) }),
    'ephemeral',
    false,
  );
}

/** Echoed user text, cut to a readable length (renderers escape it). */
export function short(value: string, max = 80): string {
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}
