/**
 * Answers a free question by quoting the sentence(s) of the articles that answer it, with
 * their paragraph. Candidates come from the BM25 passage index (plus the sentences that
 * name the entities the question names); each is scored by how much of the question it
 * covers and whether it holds what the question asks for (a date for "when", a cause for
 * "why"). The best score is the confidence; below the threshold the bot says plainly that
 * the briefing does not answer it, and never guesses.
 */
import type { Continuations } from '../core/continuations.ts';
import { card, quote, reply, text, type Block, type Reply } from '../core/reply.ts';
import type { KnowledgeBase, TopicMatch } from '../knowledge/knowledge-base.ts';
import { matchName, pickButtons, short } from './brief.ts';
import { concepts, type Concept, type EntityConcept } from './concepts.ts';
import { PURE_SPEECH_TERMS, saysAnything, speakerConcepts, SPEECH_TERMS } from './speakers.ts';
import { GOAL_TERMS } from './goals.ts';
import { citation } from './evidence.ts';
import { parseQuestion, type Question } from './question.ts';
import { definitionAnswer, leadLines } from './answer-leads.ts';
import { metaAnswer, roleAnswer } from './answer-facts.ts';
import { namesTogether } from './constraints.ts';
import { anaphoric, ANSWER_THRESHOLD, previous, rank } from './rank.ts';
import { withoutOrder } from './latest.ts';
import { headline, packSource, UNSURE, UNSURE_BELOW } from './answer-card.ts';

export { ANSWER_THRESHOLD, rank, type Scored } from './rank.ts';
import type { Scored } from './rank.ts';

export interface AnswerInput {
  kb: KnowledgeBase;
  question: string;
  page: number;
  continuations: Continuations;
  /** A thread follow-up: the entity and event names the thread's previous answer was about. */
  carried?: { topics: string[] };
}

/**
 * The follow-up hook, kept small so it can move with the answer engine: when the question
 * names no entity of its own ("when is that?", "who else is going?"), the carried topic
 * names are added to its words; a question that names its own topic is read as asked.
 */
export function withCarried(kb: KnowledgeBase, question: string, carried: { topics: string[] } | undefined): string {
  if (!carried || carried.topics.length === 0) return question;
  if (concepts(kb, parseQuestion(question).content).some((c) => c.type === 'entity')) return question;
  return `${question.trim()} ${carried.topics.join(' ')}`;
}

/**
 * The names an answer is about: the entities its question named, then an event when the
 * words named exactly one ("the New York meeting"), never a long list a follow-up would drown in.
 */
function topicsOf(wanted: readonly Concept[], best: Scored): string[] {
  const named = wanted.flatMap((c) => (c.type === 'entity' ? c.matches.map((m) => m.entity.name) : []));
  // A question that names no entity ("the public hearing"): the entities its answer names.
  const said = ` ${best.sentence.text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const says = (name: string) => said.includes(` ${name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `);
  const entities = named.length > 0
    ? named
    : best.pack.data.entities.filter((e) => [e.name, ...e.aliases].some(says)).map((e) => e.name);
  const single = (c: Concept) => c.type === 'entity' && c.events.length === 1;
  const events = wanted.flatMap((c) => (c.type === 'entity' && single(c) ? [c.events[0]!.event.title] : []));
  return [...new Set([...entities, ...events])].slice(0, 4);
}

/** A further sentence is quoted when it scores at least this share of the best. */
const ALSO_QUOTE = 0.9;
/** A third sentence is quoted only when it is nearly as good as the best. */
const THIRD_QUOTE = 0.95;

export function answerReply(input: AnswerInput): Reply {
  const { kb, page, continuations } = input;
  const question = withCarried(kb, input.question, input.carried);
  const q = parseQuestion(question);
  const meta = page <= 1 ? metaAnswer(kb, question) : undefined;
  if (meta) return meta;
  // A role question is read before "what is X" (X = "Lukyanov's job" names no topic).
  const role = page <= 1 && q.asksRole ? roleAnswer(q, concepts(kb, q.content), question) : undefined;
  if (role) return role;
  const definition = page <= 1 && q.subject ? definitionAnswer(kb, q, question) : undefined;
  if (definition) return definition;
  const all = withoutOrder(q, concepts(kb, q.content));
  const speakers = speakerConcepts(q, all);
  // "What did Lavrov say": the speaker is the constraint, and "say" no longer a topic word.
  // "Who said X", "what X mentions", "what is X hoping to achieve": those words ask, X and the rest say what about.
  const speech = q.asksSpeaker ? SPEECH_TERMS : speakers.length > 0 ? PURE_SPEECH_TERMS : undefined;
  const form = (c: Concept) => c.type === 'term' && ((speech?.has(c.term) ?? false) || (q.goal && GOAL_TERMS.has(c.term)));
  const wanted = (speakers.length > 0 ? all.filter((c) => c.type === 'entity' || !c.filler) : all).filter((c) => !form(c));

  const ranked = wanted.length > 0 ? rank(kb, q, wanted, speakers) : [];
  const best = ranked[0];
  if (!best || best.confidence < ANSWER_THRESHOLD) {
    const silent = speakers.length > 0 && !saysAnything(kb, speakers) ? speakers : [];
    return notFound(kb, question, q, wanted, continuations, silent);
  }

  // A further quote must hold the asked-for thing as well as the best one does: a second
  // "when" quote whose date belongs to another event would mislead.
  const quoted = ranked.filter(
    (r, i) => i === 0 || (r.cue >= best.cue && ((i < 2 && r.confidence >= ALSO_QUOTE * best.confidence) || (i === 2 && r.confidence >= THIRD_QUOTE * best.confidence))),
  );
  const more = ranked.slice(quoted.length).filter((r) => r.confidence >= ANSWER_THRESHOLD).slice(0, 4);
  const shown = page <= 1 ? quoted : more;
  const topics = topicsOf(wanted, best);
  const head = page <= 1
    ? headline(leadLines(q, best, wanted), topics, 'From the briefing')
    : { title: topics[0] ?? 'More passages', body: [text('More passages that bear on the question:')] };
  const blocks: Block[] = [...head.body];
  for (const r of shown) {
    const before = anaphoric(r.sentence) ? previous(r.pack, r.sentence) : undefined;
    const alreadyShown = before && shown.some((o) => o.sentence === before);
    const passage = before && !alreadyShown ? `${before.text} ${r.sentence.text}` : r.sentence.text;
    blocks.push(quote(passage, citation(r.pack, r.sentence.paragraph, passage)));
  }
  if (shown.length === 0) blocks.push(text('That is everything the briefing has on it.'));
  // One article: named once on the source line. Several: each quote names its own.
  const packs = new Set(shown.map((r) => r.pack));
  const c = card({
    kind: 'answer',
    title: short(head.title, 100),
    blocks,
    citations: shown.map((r) => citation(r.pack, r.sentence.paragraph, r.sentence.text)),
    ...(packs.size <= 1 ? { source: packSource(shown[0]?.pack ?? best.pack) } : {}),
    ...(best.confidence < UNSURE_BELOW ? { caution: UNSURE } : {}),
  });
  return { ...reply(c), hasMore: page <= 1 && more.length > 0, topics };
}

/** The topics the question named come first among the offers; then the closest names. */
function notFound(
  kb: KnowledgeBase,
  question: string,
  q: Question,
  wanted: Concept[],
  continuations: Continuations,
  silent: EntityConcept[] = [],
): Reply {
  const named: TopicMatch[] = wanted.flatMap((c) =>
    c.type === 'entity' ? c.matches.map((m): TopicMatch => ({ type: 'entity', ...m, score: c.score, evidence: { field: 'question', text: c.text } })) : [],
  );
  const nearest = [...named, ...kb.findTopics(q.content || question, 5).filter((m) => m.score >= 0.6)]
    .filter((m, i, all) => all.findIndex((o) => matchName(o) === matchName(m)) === i)
    .slice(0, 3);
  const blocks: Block[] = [text("That's not in the briefing: none of the loaded articles answers it.")];
  const voiceless = [...new Set(silent.flatMap((c) => c.matches.map((m) => m.entity.name)))];
  if (voiceless.length > 0) blocks.push(text(`The articles mention ${voiceless.join(' and ')} but report nothing said by ${voiceless.length > 1 ? 'them' : voiceless[0]}.`));
  const together = [...new Set(named.map(matchName))];
  if (q.kind === 'yes-no' && together.length >= 2 && !namedTogether(kb, wanted)) blocks.push(text(`The article never names ${together.join(' and ')} together, so it does not say.`));
  if (nearest.length > 0) {
    const names = nearest.map(matchName);
    blocks.push(text(`Closest topics: ${names.join(', ')}.`));
  }
  const c = card({
    kind: 'not-found',
    title: "That's not in the briefing",
    blocks,
    buttons: pickButtons(nearest, continuations),
  });
  return reply(c, 'ephemeral', false);
}

/** Whether any sentence names every entity of a yes/no question (so not-found is not their absence). */
function namedTogether(kb: KnowledgeBase, wanted: Concept[]): boolean {
  const packs = new Set(wanted.flatMap((c) => (c.type === 'entity' ? c.matches.map((m) => m.pack) : kb.packs)));
  return [...packs].some((pack) =>
    pack.paragraphs.some((p) => p.sentences.some((s) => namesTogether(wanted, pack, s, anaphoric(s) ? previous(pack, s) : undefined))),
  );
}

