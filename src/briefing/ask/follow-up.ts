/**
 * A follow-up in a thread or conversation ("how old is he?", "when is that?"), read with the topics the
 * last answer was about (core `recentArticles`, a thread's stored topics), and the topics an answer leaves
 * for the next one. Part of stage 2 (question → frame) for what the question points back to.
 */
import type { Reply } from '../../core/reply.ts';
import type { KnowledgeBase } from '../../knowledge/knowledge-base.ts';
import { readQuestion, type Frame } from './frame.ts';
import { dictionaryOf } from './typos.ts';
import { agrees, personGender, titledNames } from '../../knowledge/gender.ts';

/** The entity and event names the thread's previous answer was about. */
export type Carried = { topics: string[] } | undefined;

/**
 * A thread follow-up ("when is that?", "and who else?") that has nothing of its own to find is
 * read with the topics the thread's last answer was about. One with words of its own is read as
 * asked ("how much was she awarded?"): the thread's names are rarely in the sentence that answers
 * it, and the article of the conversation is preferred anyway (`recent.ts`); only the person its
 * "she" stands for joins it, as light words (`withReferent`).
 */
export function withCarried(frame: Frame, question: string, carried: Carried, kb: KnowledgeBase): Frame {
  // "What happens next?" asks what the story says is to come, which the thread's names rarely hold, "has this happened
  // before?" what came before it; "what's the story?" asks for the article itself.
  const own = frame.names.length > 0 || frame.ahead || frame.earlier || frame.aboutArticle !== undefined;
  if (!carried || carried.topics.length === 0 || own) return frame;
  // Only a question that points back ("that", "he", "who else") or is a bare fragment.
  if (!POINTS_BACK.test(frame.text) && frame.text.split(/\s+/).length > 4) return frame;
  if (frame.terms.some((t) => !t.light)) return withReferent(frame, question, carried, kb);
  // "How old is it?" after an answer naming the fossil's finder is not about him.
  const thing = /\bits?\b/i.test(frame.text) && !STANDS_FOR.test(frame.text);
  const topics = carried.topics.filter((t) => (thing ? !isPerson(kb, t) : !isPerson(kb, t) || canBe(kb, frame, t)));
  if (topics.length === 0) return frame;
  // "How old is she?" when the last answer named only men, or only bodies and places: she is none of them.
  if (PERSONAL.test(frame.text) && !topics.some((t) => isPerson(kb, t))) return frame;
  // "Until when?" after an answer that names only people asks about the thing the answer told, not about them: it
  // is read as asked, and the sentences after the last answer are looked in (`recent.ts`).
  const personal = PERSONAL.test(frame.text) || ['person', 'age', 'speech'].includes(frame.asks);
  if (!personal && topics.every((t) => isPerson(kb, t))) return frame;
  // "What did he say?" after "Enervalle's chief executive, Ignacio Ferrada, …": "he" is the person, not the company.
  const person = PERSONAL.test(frame.text) ? topics.find((t) => isPerson(kb, t)) : undefined;
  return readQuestion(namedFor(question, person ? [person] : topics), kb.reading!.lexicon, dictionaryOf(kb.reading!));
}

/**
 * "How much did he win?" has words of its own, so it is read as asked; "he" still stands for the thread's
 * person, whose name joins the question as light words: a sentence about them ranks above one about another.
 * As conversations: held out (sets 11 to 26) +11 right, +1 first quote, 5 unanswerable questions fewer refused;
 * probes +5 right, 2 fewer refused; tuned +1. (As weighty words: probes −6 right.)
 */
function withReferent(frame: Frame, question: string, carried: NonNullable<Carried>, kb: KnowledgeBase): Frame {
  const person = PERSONAL.test(frame.text)
    ? carried.topics.find((t) => isPerson(kb, t) && canBe(kb, frame, t))
    : undefined;
  if (!person) return frame;
  const named = readQuestion(namedFor(question, [person]), kb.reading!.lexicon, dictionaryOf(kb.reading!));
  const own = new Set(frame.terms.map((t) => t.key));
  // Light words, never names the sentence must hold: most sentences about a person do not name them.
  return { ...named, terms: named.terms.map((t) => (own.has(t.key) ? t : { ...t, kind: 'word', light: true })) };
}

/** Whether a topic is the name of a person in some pack. */
function isPerson(kb: KnowledgeBase, name: string): boolean {
  return kb.packs.some((p) => p.data.entities.some((e) => e.kind === 'person' && e.name === name));
}

/**
 * Whether the question's "he" or "she" can stand for the person `name`: "how old is she?" after an answer that
 * names Dr Paul Okello and then a woman is about her (`gender.ts`, told by the article that names them).
 */
function canBe(kb: KnowledgeBase, frame: Frame, name: string): boolean {
  const pronoun = PERSONAL.exec(frame.text)?.[0];
  const pack = kb.packs.find((p) => p.data.entities.some((e) => e.kind === 'person' && e.name === name));
  if (!pronoun || !pack) return true;
  const titled = titledNames(pack.paragraphs.flatMap((p) => p.sentences.map((s) => s.text)).join(' '));
  return agrees(pronoun, personGender(name, titled));
}

/** A pronoun that can only stand for a person. */
const PERSONAL = /\b(?:he|she|him|her|his|hers)\b/i;
/** A pronoun that stands for a person, and its possessive forms. */
const STANDS_FOR = /\b(?:(he|she|him|her|they|them)|(his|hers|their))\b/i;

/**
 * The question with the thread's first topic in place of the pronoun that stands for it ("what did
 * he say?" → "what did Sergey Lavrov say?"), the others after it: a name put where the pronoun was
 * reads as the question's speaker or subject, where one added at the end reads as neither.
 */
function namedFor(question: string, topics: readonly string[]): string {
  const asked = question.trim().replace(/\?$/, '');
  const [first, ...rest] = topics;
  const named = STANDS_FOR.test(asked)
    ? asked.replace(STANDS_FOR, (_, own: string | undefined) => (own ? first! : `${first!}'s`))
    : undefined;
  return named ? `${[named, ...rest].join(' ')}?` : `${asked} ${topics.join(' ')}?`;
}

const POINTS_BACK = /\b(that|this|it|its|he|him|his|she|her|they|them|their|there|then|else|same)\b/i;

/**
 * "How much are they paying for him?" answered by a sentence naming only the old record's holder: "him" still
 * stands for the thread's person, so "how old is he?" next asks about that person, not the holder. A "who"
 * question's answer is the new person, so it stays first.
 */
export function keepingReferent(reply: Reply, frame: Frame, carried: Carried, kb: KnowledgeBase): Reply {
  if (!reply.topics || !carried || !PERSONAL.test(frame.text) || frame.asks === 'person') return reply;
  // Only a person of the answer's own story: a new story's first question ("what's his name?") starts afresh.
  const pack = kb.packs.find((p) => p.id === reply.article);
  const person = carried.topics.find(
    (t) => pack?.data.entities.some((e) => e.kind === 'person' && e.name === t) && canBe(kb, frame, t),
  );
  if (!person || reply.topics[0] === person) return reply;
  return { ...reply, topics: [person, ...reply.topics.filter((t) => t !== person)] };
}
