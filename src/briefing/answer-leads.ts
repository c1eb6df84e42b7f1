/**
 * The short lines an answer opens with, above its quotes: the resolved date for "when",
 * the place for "where", the people for "who", and the whole card summary for "who is X"
 * or "what is X". Every line is taken from the pack (an event or entity tied to the quoted
 * paragraph), never made up.
 */
import { text, type Block, type Reply } from '../core/reply.ts';
import type { KnowledgeBase, LoadedPack, TopicMatch } from '../knowledge/knowledge-base.ts';
import type { Entity, Event } from '../knowledge/schema.ts';
import { nameSimilarity } from '../knowledge/fuzzy.ts';
import { terms } from '../knowledge/text.ts';
import type { Sentence } from '../knowledge/article.ts';
import { dateLine, resolvedDate } from './dates.ts';
import { mentioningSentences, mentions } from './evidence.ts';
import { bestSentence, entityLead, factCard } from './answer-facts.ts';
import { concepts, type Concept } from './concepts.ts';
import type { Question } from './question.ts';
import type { Scored } from './rank.ts';
import { eventAt, phraseIn, placeIn } from './constraints.ts';
import { eventsByWords, reportedEvent } from './event-lookup.ts';
import { descriptionTerms, eventTerms } from './folded.ts';
import { holdsRole, roleWords } from './role-holders.ts';
import { belongsTo, fromConcepts, sentenceSpeakers } from './speakers.ts';
import { previous } from './rank.ts';

export { phraseIn, placeIn };

/** The subject of "who is X" must be this close to a whole name, alias or title. */
const SUBJECT_SIMILARITY = 0.75;

/** "Who is Mark Toner?": the card's role and summary, and the sentence that introduces them. */
export function definitionAnswer(kb: KnowledgeBase, q: Question, question: string): Reply | undefined {
  const top = subjectMatch(kb, q);
  if (!top) return undefined;
  const { lead, sentences } = describe(top, q.describes === true);
  return factCard(top.type === 'entity' ? top.entity.name : top.event.title, question, lead, top.pack, sentences, top.score);
}

/**
 * The entity or event the subject names: by its name (close to the whole of it), or, when
 * the question asks for a description ("what was the Sochi meeting like"), by the words
 * people call an event (place, participants, "meeting" for "talks").
 */
function subjectMatch(kb: KnowledgeBase, q: Question): TopicMatch | undefined {
  const top = kb.findTopics(q.subject!, 3)[0];
  // "Who is the Syrian foreign minister" is close to "Russian Foreign Minister" but not that role.
  const role = top?.type === 'entity' ? roleWords(q, []) : undefined;
  const fits = !role || (top?.type === 'entity' && holdsRole(top.entity, role));
  if (top && fits && top.score >= SUBJECT_SIMILARITY && nameSimilarity(q.subject!, top.evidence.text) >= SUBJECT_SIMILARITY) return top;
  // The whole subject names one entity the way a question's words do ("russian foriegn minister").
  const whole = concepts(kb, q.subject!);
  const only = whole.length === 1 && whole[0]!.type === 'entity' && whole[0]!.matches.length === 1 ? whole[0]! : undefined;
  if (only?.type === 'entity') return { type: 'entity', ...only.matches[0]!, score: only.score, evidence: { field: 'question', text: only.text } };
  if (!q.describes) return undefined;
  const events = eventsByWords(kb, q.subject!);
  return events.length === 1 ? events[0] : reportedEvent(events);
}

/** Fewest words of an event's summary a second quoted sentence must share. */
const SUMMARY_SENTENCE = 2;

/** Most sentences a description of something other than a person quotes. */
const DESCRIBED_SENTENCES = 3;

function describe(match: TopicMatch, whole = false): { lead: string; sentences: Sentence[] } {
  if (match.type === 'entity') {
    const e = match.entity;
    const mentioning = mentioningSentences(match.pack, e);
    const s = bestSentence(match.pack, mentioning, [e.name, e.role ?? ''].join(' '));
    if (!s || !whole || e.kind === 'person') return { lead: entityLead(e), sentences: s ? [s] : [] };
    // "What's Turkey's role", "tell me about Turkey": each part of its summary, one paragraph each.
    const more: Sentence[] = [s];
    for (const t of mentioning) {
      if (more.length >= DESCRIBED_SENTENCES) break;
      if (more.some((m) => m.paragraph === t.paragraph)) continue;
      if (bestSentence(match.pack, [t], e.summary, SUMMARY_SENTENCE)) more.push(t);
    }
    return { lead: entityLead(e), sentences: more.sort((a, b) => a.paragraph - b.paragraph || a.index - b.index) };
  }
  // An event: the sentence that names it, and the one that says most of its summary.
  const ev = match.event;
  const inParagraphs = match.pack.paragraphs.filter((p) => ev.paragraphs.includes(p.number)).flatMap((p) => p.sentences);
  // Sentences holding the event's date phrase or place are about it; others only nearby.
  const own = inParagraphs.filter((s) => phraseIn(ev, s) || (ev.place !== undefined && placeIn(ev.place, s)));
  const first = bestSentence(match.pack, own.length > 0 ? own : inParagraphs, `${ev.title} ${ev.phrase}`);
  const rest = (own.length > 0 ? own : inParagraphs).filter((s) => s !== first);
  const second = bestSentence(match.pack, rest, ev.summary, SUMMARY_SENTENCE);
  const sentences = [first, second].filter((s): s is Sentence => s !== undefined).sort((a, b) => a.paragraph - b.paragraph || a.index - b.index);
  return { lead: `${dateLine(ev)}. ${ev.summary}`, sentences };
}

/** Lines that state the answer outright, where the pack ties one to the quoted sentence. */
export function leadLines(q: Question, best: Scored, wanted: Concept[]): Block[] {
  const { pack, sentence } = best;
  const askedEntities = wanted.flatMap((c) => (c.type === 'entity' ? c.matches.map((m) => m.entity) : []));
  const asked = new Set(askedEntities.map((e) => e.id));
  if (q.kind === 'when') {
    const event = eventFor(pack, sentence, q, askedEntities, (e) => phraseIn(e, sentence));
    if (!event) return [];
    const resolved = resolvedDate(event.date, event.precision);
    // "What time…": a day-precision date is no time of day, and the answer says so.
    if (q.asksTime && event.precision !== 'time') {
      return [text(resolved ? `The article gives the date, not the time: ${resolved} (the article says “${event.phrase}”).` : `The article gives no time, only “${event.phrase}”.`)];
    }
    return [text(resolved ? `When: ${resolved} (the article says “${event.phrase}”).` : `When: “${event.phrase}” (the article gives no exact date).`)];
  }
  if (q.kind === 'where') {
    // Only an event of the pack says where something happened; a place merely named nearby is
    // no answer, and neither is the place the question itself names.
    const event = eventFor(pack, sentence, q, askedEntities, (e) => e.place !== undefined && placeIn(e.place, sentence) && !askedEntities.some((a) => eventAt(e, a)));
    return event?.place ? [text(`Where: ${event.place}.`)] : [];
  }
  if (q.kind === 'who' && q.asksSpeaker) {
    // "Who said X": the one speaking in the quoted sentence, not whoever it names.
    // "Who from the White House": only someone who belongs to it, never whoever else speaks.
    const from = fromConcepts(q, wanted);
    const speakers = sentenceSpeakers(pack, sentence, previous(pack, sentence)).filter((e) => !asked.has(e.id) && (from.length === 0 || belongsTo(e, from)));
    // "claims Andrew Weiss from the … Carnegie Centre": the person speaks, not the body he is from.
    const people = speakers.filter((e) => e.kind === 'person');
    return (people.length > 0 ? people : speakers).map((e) => text(`Who: ${e.name}${e.role ? `, ${e.role}` : ''}.`));
  }
  // "Who will negotiate in 2016": the participants of the event the sentence dates to that year.
  const years = new Set(wanted.flatMap((c) => (c.type === 'term' && /^(?:19|20)\d\d$/.test(c.term) ? [c.term] : [])));
  const dated = q.kind === 'who' && years.size > 0 ? pack.data.events.find((e) => e.paragraphs.includes(sentence.paragraph) && years.has(e.date?.slice(0, 4) ?? '') && phraseIn(e, sentence)) : undefined;
  const parties = dated ? dated.participants.flatMap((id) => pack.data.entities.filter((e) => e.id === id).map((e) => e.name)) : [];
  if (parties.length > 0) return [text(`Who: ${parties.join(' and ')}.`)];
  if (q.kind === 'who') {
    const people = named(pack, sentence, ['person']).filter((e) => !asked.has(e.id));
    // When the question describes the person ("the expert from…"), name only those who fit;
    // "who are the terrorists" names nobody who is not described so.
    const wantedTerms = new Set(wanted.flatMap((c) => (c.type === 'term' ? [c.term] : [])));
    const fitting = people.filter((e) => [...descriptionTerms(e)].some((t) => wantedTerms.has(t)));
    const describes = q.copular && asked.size === 0;
    const role = roleWords(q, wanted);
    if (role) return people.filter((e) => holdsRole(e, role)).map((e) => text(`Who: ${e.name}${e.role ? `, ${e.role}` : ''}.`));
    return (fitting.length > 0 || describes ? fitting : people).map((e) => text(`Who: ${e.name}${e.role ? `, ${e.role}` : ''}.`));
  }
  return [];
}

function named(pack: LoadedPack, sentence: Sentence, kinds: string[]): Entity[] {
  return pack.data.entities.filter((e) => kinds.includes(e.kind) && mentions(pack, sentence, e));
}

/**
 * The event of the sentence's paragraph that the sentence shows, closest to the question:
 * the place the question names counts most ("meet in Paris"), then the people it names,
 * then shared words; for "when", a dated event beats an undated one.
 */
function eventFor(pack: LoadedPack, sentence: Sentence, q: Question, asked: Entity[], shown: (e: Event) => boolean): Event | undefined {
  const wanted = new Set(terms(q.content));
  const candidates = pack.data.events.filter((e) => e.paragraphs.includes(sentence.paragraph) && shown(e));
  let best: Event | undefined;
  let bestScore = -1;
  for (const e of candidates) {
    const { titlePlace: title, summary } = eventTerms(e);
    let score = 0;
    for (const t of wanted) score += title.has(t) ? 1 : summary.has(t) ? 0.5 : 0;
    for (const a of asked) {
      if (eventAt(e, a)) score += 3;
      else if (e.participants.includes(a.id)) score += 1;
    }
    if (q.kind === 'when' && e.date !== undefined) score += 0.5;
    if (score > bestScore) [best, bestScore] = [e, score];
  }
  return best;
}
