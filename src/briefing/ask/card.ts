/**
 * Stage 6 of answering, "answer card": the best sentence first with the answer in bold
 * when one was found, at most three quoted sentences each with its ¶, the article named
 * once (in the sources line), a short headline (the answer, else the topic; never the raw
 * question), and a confidence in words only when it is low.
 */
import type { Continuations } from '../../core/continuations.ts';
import { card, quote, reply, text, type Block, type Reply } from '../../core/reply.ts';
import { formatEventDate } from '../../knowledge/event-dates.ts';
import type { KnowledgeBase, TopicMatch } from '../../knowledge/knowledge-base.ts';
import { foldKey, type Mention, type Reading } from '../../knowledge/reading.ts';
import { matchName, pickButtons, short } from '../brief.ts';
import { packSource, UNSURE } from '../answer-card.ts';
import { citation } from '../evidence.ts';
import type { Frame } from './frame.ts';
import type { Candidate } from './match.ts';
import { questionNames } from './question-names.ts';
import { answerSpan } from './span.ts';
import { writtenIn } from './whole-answer.ts';

/** The paragraphs of an article's lead: the headline and the two after it. */
const LEAD = 3;
/** At most this many sentences on a card (a page of answers). */
export const QUOTES = 3;
/** Below this confidence the card says it is not sure. */
const SURE = 0.6;

export interface Ranked {
  candidate: Candidate;
  total: number;
}

/** The answer card for the ranked candidates that passed abstention. */
export function answerCard(frame: Frame, shown: readonly Ranked[], confidence: number, hasMore: boolean): Reply {
  const best = shown[0]!.candidate;
  const span = frame.accepts.length > 0 ? answerSpan(frame, best) : undefined;
  const blocks: Block[] = shown.map((r, i) =>
    quoteOf(r.candidate.reading, i === 0 ? span : answerSpan(frame, r.candidate)),
  );
  const packs = new Set(shown.map((r) => r.candidate.reading.pack.id));
  const c = card({
    kind: 'answer',
    title: short(headline(frame, best.reading, span), 100),
    blocks,
    citations: shown.map((r) =>
      citation(r.candidate.reading.pack, r.candidate.reading.sentence.paragraph, r.candidate.reading.sentence.text),
    ),
    // One article: its one source line; several: each quote names its own.
    ...(packs.size === 1 ? { source: packSource(best.reading.pack) } : {}),
    ...(confidence < SURE ? { caution: UNSURE } : {}),
  });
  const topics = topicsOf(frame, best.reading, span);
  return { ...reply(c), confidence, hasMore, topics, article: best.reading.pack.id, at: best.reading.at };
}

/**
 * What the answer was about, for a thread's follow-ups: the pack entities the question named and
 * the one that answers it ("who's Brøndby's coach?": Frederik Birk, whom "how old is he?" next asks
 * about), else those the answering sentence names (at most four), else the story's protagonist.
 */
export function topicsOf(frame: Frame, reading: Reading, span?: Mention): string[] {
  const named = reading.mentions.filter((m) => m.entity);
  const asked = named.filter((m) => frame.folded.includes(m.key));
  const answer = span && named.find((m) => m.start <= span.end && m.end >= span.start && !asked.includes(m));
  const chosen = asked.length > 0 ? [...asked, ...(answer ? [answer] : [])] : named;
  const entities = reading.pack.data.entities;
  // "How old is Caio Mendonça?" answered by "The 23-year-old forward signed …": the person asked about is still
  // what the thread is about, though the sentence does not name him.
  const unsaid = entities
    .filter((e) => e.kind === 'person' && !named.some((m) => m.entity === e.id))
    .filter((e) => questionNames(frame.folded, e.name))
    .map((e) => e.name);
  const names = [...unsaid, ...chosen.map((m) => entities.find((e) => e.id === m.entity)?.name ?? m.text)];
  // The first event the sentence dates, so "when is that?" finds the event's date.
  const said = foldKey(reading.sentence.text);
  const event = reading.pack.data.events
    .filter((e) => e.paragraphs.includes(reading.sentence.paragraph) && said.includes(foldKey(e.phrase)))
    .sort((a, b) => said.indexOf(foldKey(a.phrase)) - said.indexOf(foldKey(b.phrase)))[0];
  const out = [...new Set([...names, ...(event ? [event.title] : [])])].slice(0, 4);
  if (out.length > 0) return out;
  // "A former bank manager … has been jailed": a sentence that names no one is about the story's
  // protagonist, whom "how old is he?" next asks about.
  const lead = protagonist(reading.pack);
  return lead ? [lead] : [];
}

/**
 * The person the article's lead names (in the earliest paragraph; of those, the one it names most often). A person
 * first named further down is no protagonist: "up to what age?" after the rules on seating is not about the
 * commissioner quoted in the sixth paragraph.
 */
function protagonist(pack: Reading['pack']): string | undefined {
  const people = pack.data.entities.filter((e) => e.kind === 'person' && e.paragraphs.some((p) => p <= LEAD));
  const first = (e: (typeof people)[number]) => Math.min(...e.paragraphs);
  return people.sort((a, b) => first(a) - first(b) || b.paragraphs.length - a.paragraphs.length)[0]?.name;
}

function quoteOf(reading: Reading, span: Mention | undefined): Block {
  const q = quote(reading.sentence.text, citation(reading.pack, reading.sentence.paragraph, reading.sentence.text));
  return span && q.type === 'quote' ? { ...q, highlight: asWritten(q.text, span.text) } : q;
}

/** The mention as the quote writes it (`writtenIn`), or as read when the quote does not write it so. */
function asWritten(quoted: string, mention: string): string {
  return writtenIn(quoted, mention)?.[0] ?? mention;
}

/** The answer itself when there is one (with an event's full date), else the question's topic. */
function headline(frame: Frame, reading: Reading, span: Mention | undefined): string {
  if (span) {
    const event = eventDated(reading, span);
    const answer = event ? formatEventDate(event) : capitalise(fullName(reading, span));
    // "Who: Fyodor Lukyanov", "When: May 2015": as the cards of pack events are headed.
    const label = LABELS[frame.asks];
    return label ? `${label}: ${answer}` : event ? `${span.text} — ${answer}` : answer;
  }
  const named = reading.mentions.find((m) => m.entity && frame.folded.includes(m.key));
  if (named) return capitalise(named.text);
  // "What did Lavrov say?" where the sentence names him otherwise: the one speaking, by the pack's name for them.
  const speaker =
    frame.asks === 'speech' ? reading.pack.data.entities.find((e) => e.id === reading.speaker) : undefined;
  if (speaker) return speaker.name;
  // "What was his excuse": a subject that points back names nothing a title can say; the story does.
  const topic = frame.subject && !frame.ahead && !PERSONAL_PRONOUN.test(frame.subject) ? frame.subject : undefined;
  return topic ? capitalise(topic) : reading.pack.data.title;
}

/** A personal pronoun: it stands for what the conversation was about (answer.ts keeps a wider list). */
const PERSONAL_PRONOUN = /\b(?:he|him|his|she|her|hers|they|them|their|theirs|it|its)\b/i;

/**
 * The answer as the sentence writes it, or the full name of the pack entity it names when the
 * sentence writes only part of it: "Who: Rhiannon Vesey" for "…, Ms Vesey wrote", so the reader
 * learns who without the article before.
 */
function fullName(reading: Reading, span: Mention): string {
  const written = asWritten(reading.sentence.text, span.text);
  // The model's untyped "name" and the pack's entity may both cover the words.
  const id =
    span.entity ?? reading.mentions.find((m) => m.entity && m.start === span.start && m.end === span.end)?.entity;
  const entity = id ? reading.pack.data.entities.find((e) => e.id === id) : undefined;
  if (!entity || entity.kind !== 'person') return written;
  // Only a name the span is part of: its surname is the entity's, and the entity's says more.
  const said = foldKey(span.text).split(' ');
  const full = foldKey(entity.name).split(' ');
  return full.includes(said.at(-1)!) && full.some((w) => !said.includes(w)) ? entity.name : written;
}

/** How a headline names the answer to who, when and where questions. */
const LABELS: Partial<Record<Frame['asks'], string>> = { person: 'Who', time: 'When', place: 'Where' };

/** The pack event whose date phrase is this mention, in this paragraph. */
function eventDated(reading: Reading, span: Mention) {
  if (span.type !== 'date' && span.type !== 'time') return undefined;
  const said = foldKey(reading.sentence.text);
  return reading.pack.data.events.find(
    (e) =>
      e.date &&
      e.paragraphs.includes(reading.sentence.paragraph) &&
      said.includes(foldKey(e.phrase)) &&
      foldKey(e.phrase).includes(span.key),
  );
}

export function capitalise(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}

/** The most content words a question naming no name may have for its whole text to be searched for topics. */
const WHOLE_TEXT_TERMS = 4;

/** "That's not in the briefing", with the closest topics the question named as buttons. */
export function notFoundCard(kb: KnowledgeBase, frame: Frame, confidence: number, continuations: Continuations): Reply {
  const nearest: TopicMatch[] = [];
  // The names the question used, else (more strictly) its whole text when it is short: a topic
  // covers 0.8 of a question of five words or more almost never (1 of the evaluation sets' 402),
  // and a long question's fuzzy search was the slowest part of a refusal.
  const whole = frame.terms.length <= WHOLE_TEXT_TERMS ? [frame.text] : [];
  const [queries, least] = frame.names.length > 0 ? [frame.names, 0.6] : [whole, 0.8];
  for (const name of queries) {
    for (const m of kb.findTopics(name, 3))
      if (m.score >= least && !nearest.some((o) => matchName(o) === matchName(m))) nearest.push(m);
  }
  const blocks: Block[] = [text("That's not in the briefing: none of the loaded articles answers it.")];
  if (nearest.length > 0) blocks.push(text(`Closest topics: ${nearest.slice(0, 3).map(matchName).join(', ')}.`));
  const c = card({
    kind: 'not-found',
    title: "That's not in the briefing",
    blocks,
    buttons: pickButtons(nearest.slice(0, 3), continuations),
  });
  return { ...reply(c, 'ephemeral', false), confidence };
}
