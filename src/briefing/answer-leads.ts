/**
 * The short lines an answer opens with, above its quotes: the resolved date for "when",
 * the place for "where", the people for "who", and the whole card summary for "who is X"
 * or "what is X". Every line is taken from the pack (an event or entity tied to the quoted
 * paragraph), never made up.
 */
import { card, quote, reply, text, type Block, type Reply } from '../core/reply.ts';
import type { KnowledgeBase, LoadedPack, TopicMatch } from '../knowledge/knowledge-base.ts';
import type { Entity, Event } from '../knowledge/schema.ts';
import { nameSimilarity } from '../knowledge/fuzzy.ts';
import { fold, terms } from '../knowledge/text.ts';
import type { Sentence } from '../knowledge/article.ts';
import { dateLine, resolvedDate } from './dates.ts';
import { citation, mentioningSentences, mentions, sentenceTerms } from './evidence.ts';
import type { Concept } from './concepts.ts';
import type { Question } from './question.ts';
import type { Scored } from './answer.ts';

/** The subject of "who is X" must be this close to a whole name, alias or title. */
const SUBJECT_SIMILARITY = 0.75;

/** "Who is Mark Toner?": the card's role and summary, and the sentence that introduces them. */
export function definitionAnswer(kb: KnowledgeBase, q: Question, question: string): Reply | undefined {
  const top = kb.findTopics(q.subject!, 3)[0];
  if (!top || top.score < SUBJECT_SIMILARITY || nameSimilarity(q.subject!, top.evidence.text) < SUBJECT_SIMILARITY) return undefined;
  const { lead, sentence } = describe(top);
  const blocks: Block[] = [text(lead)];
  if (sentence) blocks.push(quote(sentence.text, citation(top.pack, sentence.paragraph, sentence.text)));
  const c = card({
    kind: 'answer',
    title: question.trim().slice(0, 100),
    subtitle: top.type === 'entity' ? top.entity.name : top.event.title,
    blocks,
    citations: sentence ? [citation(top.pack, sentence.paragraph, sentence.text)] : [],
    footer: `confidence ${top.score.toFixed(2)} · ${top.pack.data.title}`,
  });
  return reply(c);
}

function describe(match: TopicMatch): { lead: string; sentence?: Sentence } {
  if (match.type === 'entity') {
    const e = match.entity;
    const lead = `${e.name}${e.role ? `, ${e.role}` : ''}: ${e.summary}`;
    return { lead, sentence: bestSentence(match.pack, mentioningSentences(match.pack, e), [e.name, e.role ?? ''].join(' ')) };
  }
  const ev = match.event;
  const inParagraphs = match.pack.paragraphs.filter((p) => ev.paragraphs.includes(p.number)).flatMap((p) => p.sentences);
  return { lead: `${ev.title}: ${dateLine(ev)}. ${ev.summary}`, sentence: bestSentence(match.pack, inParagraphs, `${ev.title} ${ev.phrase}`) };
}

/** The sentence sharing most words with `about`; the earliest on a tie. */
function bestSentence(pack: LoadedPack, sentences: Sentence[], about: string): Sentence | undefined {
  const wanted = new Set(terms(about));
  let best: Sentence | undefined;
  let bestScore = -1;
  for (const s of sentences) {
    const have = sentenceTerms(pack, s);
    const score = [...wanted].filter((t) => have.has(t)).length;
    if (score > bestScore) [best, bestScore] = [s, score];
  }
  return best;
}

/** Lines that state the answer outright, where the pack ties one to the quoted sentence. */
export function leadLines(q: Question, best: Scored, wanted: Concept[]): Block[] {
  const { pack, sentence } = best;
  const asked = new Set(wanted.flatMap((c) => (c.type === 'entity' ? c.matches.map((m) => m.entity.id) : [])));
  if (q.kind === 'when') {
    const event = eventFor(pack, sentence, q, (e) => phraseIn(e, sentence));
    if (!event) return [];
    const resolved = resolvedDate(event.date, event.precision);
    return [text(resolved ? `When: ${resolved} (the article says “${event.phrase}”).` : `When: “${event.phrase}” (the article gives no exact date).`)];
  }
  if (q.kind === 'where') {
    const event = eventFor(pack, sentence, q, (e) => e.place !== undefined && placeIn(e.place, sentence));
    // Only an event of the pack says where something happened; a place merely named nearby is no answer.
    return event?.place ? [text(`Where: ${event.place}.`)] : [];
  }
  if (q.kind === 'who') {
    const people = named(pack, sentence, ['person']).filter((e) => !asked.has(e.id));
    // When the question describes the person ("the expert from…"), name only those who fit.
    const wantedTerms = new Set(wanted.flatMap((c) => (c.type === 'term' ? [c.term] : [])));
    const fitting = people.filter((e) => terms(`${e.role ?? ''} ${e.summary}`).some((t) => wantedTerms.has(t)));
    return (fitting.length > 0 ? fitting : people).map((e) => text(`Who: ${e.name}${e.role ? `, ${e.role}` : ''}.`));
  }
  return [];
}

function named(pack: LoadedPack, sentence: Sentence, kinds: string[]): Entity[] {
  return pack.data.entities.filter((e) => kinds.includes(e.kind) && mentions(pack, sentence, e));
}

/** Whether the sentence names the place ("Riyadh, Saudi Arabia": either part). */
export function placeIn(place: string, sentence: Sentence): boolean {
  const folded = fold(sentence.text);
  return place.split(',').some((part) => folded.includes(fold(part).trim()));
}

/** Whether the sentence holds the event's date phrase (or one of its parts: "x; y"). */
export function phraseIn(event: Event, sentence: Sentence): boolean {
  const folded = fold(sentence.text);
  return event.phrase
    .split(';')
    .map((part) => fold(part).replace(/^(on|in|at) /, '').trim())
    .some((part) => part.length >= 4 && folded.includes(part));
}

/** The event of the sentence's paragraph that the sentence shows, closest to the question. */
function eventFor(pack: LoadedPack, sentence: Sentence, q: Question, shown: (e: Event) => boolean): Event | undefined {
  const wanted = new Set(terms(q.content));
  const candidates = pack.data.events.filter((e) => e.paragraphs.includes(sentence.paragraph) && shown(e));
  let best: Event | undefined;
  let bestScore = -1;
  for (const e of candidates) {
    const have = new Set(terms(`${e.title} ${e.place ?? ''} ${e.summary}`));
    const score = [...wanted].filter((t) => have.has(t)).length;
    if (score > bestScore) [best, bestScore] = [e, score];
  }
  return best;
}
