/**
 * Ranks candidate sentences for a free question. Candidates come from the BM25 passage
 * index plus the sentences that name the entities the question names; each is scored by
 * how much of the question it covers (its own words, its paragraph, the events it shows,
 * the people it names) and whether it holds what the question asks for (a date for
 * "when", a place for "where"). Hard conditions (`admissible`) drop sentences that only
 * share side words with the question.
 */
import type { KnowledgeBase, LoadedPack } from '../knowledge/knowledge-base.ts';
import type { Sentence } from '../knowledge/article.ts';
import type { Concept, EntityConcept } from './concepts.ts';
import { belongsTo, fromConcepts, sentenceSpeakers, speakerIds, spokenBy } from './speakers.ts';
import { goalAdmissible, statesIntent } from './goals.ts';
import { alternativeCue, beforeAlternative } from './alternatives.ts';
import { descriptorTerms, mentioningSentences, mentions, paragraphTerms, sentenceTerms } from './evidence.ts';
import { cueFactor, DURATION, type CueFacts, type Question } from './question.ts';
import { admissible, bridgingEvents, eventAt, eventLink, eventPlaceIn, phraseIn, placedInSentence, shownEvents } from './constraints.ts';
import { descriptionTerms, eventTerms, foldedText } from './folded.ts';
import { holdsRole, roleWords } from './role-holders.ts';
import { latestEvent, latestFactor } from './latest.ts';
import { countsNoun, namesDestination } from './counts.ts';
import type { Entity, Event } from '../knowledge/schema.ts';

/** Below this confidence the answer is "not in the briefing". */
export const ANSWER_THRESHOLD = 0.6;
/** How much a sentence without the asked-for kind of thing (a date for "when") keeps. */
const NO_CUE = 0.8;
/** "Where" without any place in the sentence is no answer at all: below the threshold. */
const NO_PLACE = 0.5;
/** A present-tense question ("where is Kerry now") answered by no current event. */
const NOT_CURRENT = 0.85;
/** A future question ("when will…") answered by an event already past: below the threshold. */
const PAST_FOR_FUTURE = 0.55;
/** How near publication an event counts as "now". */
const RECENT_DAYS = 10;
/** Credit for a concept found only elsewhere in the sentence's paragraph (pronouns, context). */
const PARAGRAPH_CREDIT = 0.5;
const ENTITY_PARAGRAPH_CREDIT = 0.6;
/** Credit for a word found in the role or summary of an entity the sentence names. */
const DESCRIBED_CREDIT = 0.7;
/** Credit for an entity that takes part in an event the sentence shows (or names it by title). */
const EVENT_CREDIT = 0.95;
/** Credit for a question word found in the title of an event the sentence shows. */
const EVENT_TITLE_CREDIT = 0.9;
/** Credit for an entity whose related place, body or agreement the sentence names (speaker questions). */
const RELATED_CREDIT = 0.9;
/** Credit for an entity named in the sentence just before one that opens with "he", "this"… */
const ANAPHORA_CREDIT = 0.9;
const YEAR = /^(?:19|20)\d\d$/;
export interface Scored {
  pack: LoadedPack;
  sentence: Sentence;
  confidence: number;
  rank: number;
  /** How well it holds what the question asks for (a date for "when"). */
  cue: number;
}

/** Candidate sentences, best first, each with its confidence. */
export function rank(kb: KnowledgeBase, q: Question, wanted: Concept[], speakers: EntityConcept[] = []): Scored[] {
  const entityNames = wanted.flatMap((c) => (c.type === 'entity' ? c.matches.map((m) => m.entity.name) : []));
  const search = [q.content, ...entityNames].join(' ');
  const hits = kb.searchPassages(search, 40);
  const bm25 = new Map<Sentence, number>(hits.map((h) => [h.sentence, h.score]));
  const pool = new Map<Sentence, LoadedPack>(hits.map((h) => [h.sentence, h.pack]));
  for (const c of wanted) {
    if (c.type !== 'entity') continue;
    for (const m of c.matches) for (const s of mentioningSentences(m.pack, m.entity)) pool.set(s, m.pack);
  }
  // "What happens in 2016": the article says "next year", so the sentences of events dated 2016 are candidates.
  const years = wanted.flatMap((c) => (c.type === 'term' && YEAR.test(c.term) ? [c.term] : []));
  for (const pack of years.length > 0 ? kb.packs : []) {
    const dated = new Set(pack.data.events.filter((e) => years.some((y) => e.date?.startsWith(y))).flatMap((e) => e.paragraphs));
    for (const p of pack.paragraphs) if (dated.has(p.number)) for (const s of p.sentences) pool.set(s, pack);
  }
  // "Who are the terrorists": whoever the pack describes so is the answer itself.
  const describedCredit = describing(q, wanted) ? 1 : DESCRIBED_CREDIT;
  if (describedCredit === 1) for (const [pack, s] of describedSentences(kb, wanted)) pool.set(s, pack);
  const voices = new Map(kb.packs.map((pack) => [pack, speakerIds(pack, speakers)]));
  if (speakers.length > 0) {
    // What the speaker said may not name them ("He further commented…"): their quotes' paragraphs.
    for (const pack of kb.packs) {
      const ids = voices.get(pack)!;
      const paragraphs = new Set(pack.data.quotes.filter((x) => ids.has(x.speaker)).flatMap((x) => x.paragraphs));
      for (const p of pack.paragraphs) if (paragraphs.has(p.number)) for (const s of p.sentences) pool.set(s, pack);
    }
  }
  const top = Math.max(1e-9, ...hits.map((h) => h.score));
  const total = wanted.reduce((sum, c) => sum + c.weight, 0);
  const scored: Scored[] = [];
  // "Who is the Russian defence minister": only a sentence naming someone who holds that role answers.
  const role = roleWords(q, wanted);
  // "What does the US want instead of Russia's plan": the US proposes, Russia is what it is set against.
  const proposers = q.alternative ? beforeAlternative(q, wanted) : [];
  // "Who from X": a sentence whose speaker belongs to X is about X, named or not.
  const from = fromConcepts(q, wanted);
  const latest = q.latest ? new Map(kb.packs.map((pack) => [pack, latestEvent(pack, wanted)])) : undefined;
  for (const [sentence, pack] of pool) {
    if (role && !pack.data.entities.some((e) => holdsRole(e, role) && mentions(pack, sentence, e))) continue;
    const before = anaphoric(sentence) ? previous(pack, sentence) : undefined;
    // "How long did the talks last": "second visit in six months" is a period, not their length.
    if (q.lasting && !DURATION.test(foldedText(sentence))) continue;
    if (speakers.length > 0 && !spokenBy(pack, sentence, voices.get(pack)!, previous(pack, sentence))) continue;
    if (!admissible(q, speakers.length > 0 ? wanted.filter((c) => !speakers.includes(c as EntityConcept)) : wanted, pack, sentence, before)) continue;
    // "Who said X": only a sentence someone (not the one asked about) is the speaker of answers it.
    if (q.asksSpeaker && !newSpeaker(pack, sentence, wanted, from)) continue;
    // A goal is tied to the events of its paragraph ("Kerry's priority…" in the Moscow talks' paragraph).
    const paragraphEvents = q.goal ? pack.data.events.filter((e) => e.paragraphs.includes(sentence.paragraph)) : [];
    if (q.goal && !goalAdmissible(q, wanted, pack, sentence, paragraphEvents, before)) continue;
    const own = sentenceTerms(pack, sentence);
    const context = paragraphTerms(pack, sentence.paragraph);
    const described = descriptorTerms(pack, sentence, describedCredit === 1);
    const events = q.goal ? paragraphEvents : shownEvents(pack, sentence);
    // "Was the Kurdish delegation at the Riyadh talks": the Saudi Arabia meetings tie the sentence to Riyadh (credit only, not tense).
    const linked = q.kind === 'yes-no' ? [...new Set([...events, ...bridgingEvents(wanted, pack, sentence, before)])] : events;
    const shown: Shown = { events: linked, titles: linked.length === 1 ? eventTerms(linked[0]!).title : new Set(linked.flatMap((e) => [...eventTerms(e).title])) };
    const cue = narrowCue(q, pack, sentence, wanted, q.asksSpeaker ? 1 : q.goal ? (statesIntent(sentence) ? 1 : NO_CUE) : q.alternative ? alternativeCue(pack, sentence, proposers, previous(pack, sentence), NO_CUE) : cueFactor(q.kind, foldedText(sentence), cueFacts(pack, sentence, q, wanted), q.kind === 'where' ? NO_PLACE : NO_CUE));
    // "What does Russia want instead…": Putin proposing speaks for Russia, as a speaker is its own subject.
    const voiced = (c: Concept) => speakers.includes(c as EntityConcept) || from.includes(c as EntityConcept) || (q.alternative === true && cue === 1 && c.type === 'entity');
    let covered = 0;
    // What a speaker said "about X" must itself be about X, not merely near it.
    const strict = speakers.length > 0;
    let topical = false;
    for (const c of wanted) {
      const got = voiced(c) ? 1 : credit(c, pack, sentence, own, context, described, describedCredit, shown, strict);
      covered += c.weight * got;
      topical ||= !voiced(c) && !(c.type === 'term' && c.filler) && got >= EVENT_TITLE_CREDIT;
    }
    // "How did Washington react to the opposition meetings": the speaker alone, on another topic, is no answer.
    if (strict && !topical && wanted.some((c) => !voiced(c))) continue;
    const coverage = total > 0 ? covered / total : 0;
    const order = latest ? latestFactor(latest.get(pack), events) : 1;
    const confidence = round(coverage * cue * tenseFactor(q, pack, events) * order);
    scored.push({ pack, sentence, confidence, cue, rank: confidence + 0.05 * ((bm25.get(sentence) ?? 0) / top) });
  }
  return scored.sort((a, b) => b.rank - a.rank);
}

/**
 * Whether someone the question does not ask about speaks in the sentence; for "who from X",
 * someone who belongs to X.
 */
function newSpeaker(pack: LoadedPack, sentence: Sentence, wanted: Concept[], from: EntityConcept[]): boolean {
  const asked = new Set(wanted.flatMap((c) => (c.type === 'entity' ? c.matches.map((m) => m.entity) : [])));
  return sentenceSpeakers(pack, sentence, previous(pack, sentence)).some((e) => !asked.has(e) && (from.length === 0 || belongsTo(e, from)));
}

/** "Who are the terrorists": a copular "who" naming no entity asks whom the pack describes so. */
function describing(q: Question, wanted: Concept[]): boolean {
  return q.copular && q.kind === 'who' && !wanted.some((c) => c.type === 'entity');
}

/** Sentences naming a person, group or organisation whose role or summary holds a question word. */
function describedSentences(kb: KnowledgeBase, wanted: Concept[]): [LoadedPack, Sentence][] {
  const words = new Set(wanted.flatMap((c) => (c.type === 'term' ? [c.term] : [])));
  return kb.packs.flatMap((pack) =>
    pack.data.entities
      .filter((e) => ['person', 'group', 'organisation'].includes(e.kind) && [...descriptionTerms(e)].some((t) => words.has(t)))
      .flatMap((e) => mentioningSentences(pack, e).map((s): [LoadedPack, Sentence] => [pack, s])),
  );
}

/**
 * Whether the events the sentence shows fit the question's tense: "where is Kerry now"
 * wants what is happening at publication, "when will…" something not yet past.
 */
function tenseFactor(q: Question, pack: LoadedPack, events: Event[]): number {
  if (!q.future && !q.present) return 1;
  const dated = events.filter((e) => e.date !== undefined);
  const published = Date.parse(`${pack.data.published}T00:00:00Z`);
  const at = (e: (typeof dated)[number]) => Date.parse(eventEnd(e.date!));
  if (q.future) return dated.length > 0 && dated.every((e) => at(e) < published) ? PAST_FOR_FUTURE : 1;
  // "When is Kerry meeting Putin": the meeting at or after publication, not a recent past one.
  if (q.kind === 'when') return dated.length > 0 && dated.every((e) => at(e) < published) ? NOT_CURRENT : 1;
  return dated.some((e) => Math.abs(at(e) - published) <= RECENT_DAYS * 86_400_000) ? 1 : NOT_CURRENT;
}

/** The last day an event's date can mean ("2015-05" → 31 May 2015), as an ISO date. */
function eventEnd(date: string): string {
  if (date.length === 4) return `${date}-12-31T00:00:00Z`;
  if (date.length === 7) {
    const [y, m] = date.split('-').map(Number);
    return new Date(Date.UTC(y!, m!, 0)).toISOString();
  }
  return `${date.slice(0, 10)}T00:00:00Z`;
}

/** The events a sentence shows, and the words of their titles. */
interface Shown {
  events: Event[];
  titles: Set<string>;
}

function credit(c: Concept, pack: LoadedPack, sentence: Sentence, own: Set<string>, paragraph: Set<string>, described: Set<string>, describedCredit: number, shown: Shown, strict = false): number {
  if (c.type === 'term') {
    if (own.has(c.term)) return 1;
    if (!c.unknown && described.has(c.term)) return describedCredit;
    if (shown.titles.has(c.term)) return EVENT_TITLE_CREDIT;
    // "Who will negotiate in 2016": "due to commence next year" shows the event dated 2016.
    if (YEAR.test(c.term) && shown.events.some((e) => e.date?.startsWith(c.term) && phraseIn(e, sentence))) return 1;
    return paragraph.has(c.term) ? PARAGRAPH_CREDIT : 0;
  }
  let best = 0;
  const before = anaphoric(sentence) ? previous(pack, sentence) : undefined;
  for (const m of c.matches) {
    if (m.pack !== pack) continue;
    if (mentions(pack, sentence, m.entity)) return 1;
    const link = Math.max(0, ...shown.events.map((ev) => eventLink(c, m.entity, ev)));
    if (link > 0) best = Math.max(best, link === 1 ? EVENT_CREDIT : link);
    else if (before && mentions(pack, before, m.entity)) best = Math.max(best, ANAPHORA_CREDIT);
    else if (!strict && m.entity.paragraphs.includes(sentence.paragraph)) best = Math.max(best, ENTITY_PARAGRAPH_CREDIT);
    // What a speaker said about Ukraine may name only its parts (Eastern Ukraine, the Minsk Agreement): tied both ways.
    else if (strict && m.entity.kind === 'place' && m.entity.related.some((id) => pack.data.entities.some((e) => e.id === id && e.kind !== 'person' && e.related.includes(m.entity.id) && mentions(pack, sentence, e)))) best = Math.max(best, RELATED_CREDIT);
  }
  return best;
}

/** A sentence that opens by pointing back ("This was stated…", "He said…") needs the one before. */
export function anaphoric(sentence: Sentence): boolean {
  return /^(this|that|these|those|it|he|she|they|his|her|their|its|such)\b/i.test(sentence.text);
}

export function previous(pack: LoadedPack, sentence: Sentence): Sentence | undefined {
  return sentence.index > 1 ? pack.paragraphs[sentence.paragraph - 1]?.sentences[sentence.index - 2] : undefined;
}

/** What the pack knows about the sentence that bears on the question's kind. */
function cueFacts(pack: LoadedPack, sentence: Sentence, q: Question, wanted: Concept[]): CueFacts {
  const facts: CueFacts = { person: false, someone: false, place: false, eventPlace: false, dated: false };
  const events = pack.data.events.filter((e) => e.paragraphs.includes(sentence.paragraph));
  // A date counts in full only when its event does not leave out an entity the question asks
  // about and the sentence names: "on Friday" dates a spokesman's statement, not the
  // Kerry–Putin talks the statement mentions.
  const entityConcepts = wanted.filter((c): c is EntityConcept => c.type === 'entity');
  const concerns = (e: Event) =>
    entityConcepts.every((c) => c.matches.some((m) => m.pack === pack && (eventLink(c, m.entity, e) === 1 || !mentions(pack, sentence, m.entity))));
  if (q.kind === 'when') facts.dated = events.some((e) => e.date !== undefined && phraseIn(e, sentence) && concerns(e));
  const asked = new Set(wanted.flatMap((c) => (c.type === 'entity' ? c.matches.map((m) => m.entity) : [])));
  // The place asked about ("where will the Vienna meeting be held") is not its own answer.
  if (q.kind === 'where') facts.eventPlace = events.some((e) => e.place !== undefined && eventPlaceIn(e, sentence) && ![...asked].some((a) => eventAt(e, a)));
  if (q.kind === 'who' || q.kind === 'where') {
    const kinds = q.kind === 'who' ? ['person', 'organisation', 'group', 'place'] : ['place'];
    // For "where", a place counts as an answer only where the sentence puts something in it.
    // "Who are the terrorists": only someone the pack describes with the question's words fits.
    const words = describing(q, wanted) ? new Set(wanted.flatMap((c) => (c.type === 'term' ? [c.term] : []))) : undefined;
    const described = (e: Entity) => !words || [...descriptionTerms(e)].some((t) => words.has(t));
    const fits = (e: Entity) => (q.kind === 'who' ? mentions(pack, sentence, e) && described(e) : placedInSentence(sentence, e));
    const found = pack.data.entities.some((e) => kinds.includes(e.kind) && !asked.has(e) && fits(e));
    if (q.kind === 'who') {
      facts.person = found;
      facts.someone = found || pack.data.entities.some((e) => kinds.includes(e.kind) && !asked.has(e) && mentions(pack, sentence, e));
    }
    else facts.place = found || (!pack.data.entities.some((e) => e.kind === 'place') && /\b(in|at) [A-Z][a-z]/.test(sentence.text));
  }
  return facts;
}

/** "How many countries": a count of countries; "where is X going after Y": a place other than Y. */
function narrowCue(q: Question, pack: LoadedPack, sentence: Sentence, wanted: Concept[], cue: number): number {
  const folded = foldedText(sentence);
  if (q.counted && !countsNoun(folded, q.counted)) return Math.min(cue, NO_PLACE);
  if (!q.destination) return cue;
  const asked = new Set(wanted.flatMap((c) => (c.type === 'entity' ? c.matches.map((m) => m.entity) : [])));
  return namesDestination(folded, pack.data.entities.filter((e) => e.kind === 'place'), asked) ? cue : Math.min(cue, NO_PLACE);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
