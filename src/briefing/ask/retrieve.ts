/**
 * Stage 3 of answering, "retrieve": candidate sentences from every pack through the BM25
 * index over lemma keys. Each question term also queries the keys it meets in the lexicon
 * (rule ~ reign, expel ~ kick out), and since keys are lemmas, voice and tense do not
 * matter ("was expelled by" meets "expelled"). Rarity is measured here, once per term, in
 * general English (`rarity.ts`): the archive's own idf moves with every pack loaded.
 */
import { isOrdinal } from '../../knowledge/untyped.ts';
import type { ReadingIndex } from '../../knowledge/reading-index.ts';
import { foldKey, type Reading } from '../../knowledge/reading.ts';
import type { Frame, FrameTerm } from './frame.ts';
import { withFocusSentences } from './focus.ts';
import { speakerWords } from './match.ts';
import { rarity } from './rarity.ts';
import { knowsWord } from '../../knowledge/lexicon/word-vectors.ts';

/** How many sentences of the whole archive go on to scoring (with every sentence of the focus packs that matches). */
const CANDIDATES = 60;

export interface WeightedTerm extends FrameTerm {
  /** Rarity in general English (a name, a number or a word the vectors lack: the rarest), not the archive's. */
  weight: number;
  /** Its word-vector row (-1: none), for soft matching. */
  vectorId: number;
  /** Its similarity to each word-vector row met so far in this question's candidates: worked out once per row. */
  similarities: Map<number, number>;
  /** No sentence of any article holds it or a word of its group. */
  absent: boolean;
  /** Keys of its opposites ("least" for "most"), from the lexicon. */
  opposites: readonly string[];
  /** Keys of a word's WordNet synonyms (none for names and numbers), found as 'synonym' in a sentence. */
  synonyms: readonly string[];
}

export interface Retrieved {
  terms: WeightedTerm[];
  candidates: { reading: Reading; bm25: number }[];
}

export function retrieve(index: ReadingIndex, frame: Frame): Retrieved {
  const { bm25 } = index;
  const terms = frame.terms.map(corrected(index)).map((t) => ({
    ...t,
    weight: weightOf(index, t),
    // An ordinal gets no vector: vectors cannot tell "first" from "third". (Barring words the lexicon lists
    // opposites for too lost a held-out answer: "bought" then missed "purchased".)
    vectorId: isOrdinal(t.word.toLowerCase()) ? -1 : index.vectors.id(t.word.toLowerCase()),
    similarities: new Map<number, number>(),
    absent: [t.key, ...t.related].every((k) => bm25.df(k) === 0),
    opposites: index.lexicon.opposites(t.key),
    synonyms: t.kind === 'word' ? index.lexicon.synonyms(t.key) : [],
  }));
  shareNameWeight(terms);
  const query = terms.flatMap((t) => [t.key, ...t.related, ...otherFormsOf(index, t)]);
  const hits = bm25
    .search(query, CANDIDATES)
    .map((h) => ({ reading: index.reading(h.doc), bm25: h.score, doc: h.doc }));
  // "What did the mayor say?": the speaker, named or not, is found among what a sentence is known by (her quote).
  const speaker = speakerWords(frame);
  const names = terms
    .filter((t) => t.kind === 'name' || lowerCaseName(index, t) || speaker.includes(foldKey(t.word)))
    .flatMap((t) => [t.key, ...t.related]);
  return { terms, candidates: withFocusSentences(index, hits, query, names) };
}

/**
 * "What did the baker say?" against "…, who runs a bakery": a word no sentence holds, nor a word of
 * its group, also retrieves the words derived from it that sentences hold, as matching finds them
 * (`match.ts`, as 'derived'), and its WordNet synonyms ("students" against "pupils").
 */
function otherFormsOf(index: ReadingIndex, t: WeightedTerm): string[] {
  return t.kind === 'word' && t.absent ? [...index.spelling.derivations(t.key), ...t.synonyms] : [];
}

/**
 * "the Little Lanterns Hospice Trust" is one thing named, not four words: the words of one
 * name share the weight of its rarest, so a long name does not cover most of a question alone.
 * So do a name and a number written together, as a date is ("the July 2022 heatwave").
 */
function shareNameWeight(terms: WeightedTerm[]): void {
  let start = 0;
  for (let i = 1; i <= terms.length; i++) {
    const joined =
      i < terms.length &&
      terms[i]!.kind !== 'word' &&
      terms[i - 1]!.kind !== 'word' &&
      terms[i]!.at - terms[i - 1]!.at <= 2;
    if (joined) continue;
    const run = terms.slice(start, i);
    if (run.length > 1) {
      const weight = Math.max(...run.map((t) => t.weight)) / run.length;
      for (const t of run) t.weight = weight;
    }
    start = i;
  }
}

/**
 * A word that is no English word and no sentence holds ("foriegn", "Hatmanis") meets the
 * article word it most likely misspells.
 */
function corrected(index: ReadingIndex) {
  return (t: FrameTerm): FrameTerm => {
    if (t.kind === 'number' || t.related.some((k) => index.bm25.df(k) > 0)) return t;
    const parts = partsOf(index, t);
    if (parts.length > 0) return { ...t, related: [...t.related, ...parts] };
    if (knowsWord(index.vectors, t.word.toLowerCase())) return t;
    const fix = index.spelling.correct(t.key);
    return fix ? { ...t, related: [...t.related, fix] } : t;
  };
}

/**
 * "how long has rafferty been a firefighter": chat writes names in lower case. A word that is no
 * English word and that the articles hold is looked for as a name is, among the names a sentence is
 * known by ('"… I have seen in 26 years in the job," he said': Rafferty's words).
 */
function lowerCaseName(index: ReadingIndex, t: FrameTerm): boolean {
  return t.kind === 'word' && index.bm25.df(t.key) > 0 && !knowsWord(index.vectors, t.word.toLowerCase());
}

/** Prefixes that turn a compound into its opposite: "non-binary" is no kind of "binary". */
const NEGATING = new Set(['non', 'un', 'anti', 'in', 'dis']);

/**
 * The parts of a hyphenated word no sentence holds, that some sentence does: "ex-treasurer"
 * meets "treasurer", "co-founder" meets "founder"; a negated compound meets nothing.
 */
function partsOf(index: ReadingIndex, t: FrameTerm): string[] {
  const parts = t.word.toLowerCase().split('-');
  if (parts.length < 2 || index.bm25.df(t.key) > 0 || NEGATING.has(parts[0]!)) return [];
  return parts
    .filter((part) => part.length >= 3)
    .map((part) => index.lexicon.key(part))
    .filter((key) => index.bm25.df(key) > 0);
}

/** What a light word ("generally", "get", "new") weighs, as a share of its rarity. */
const LIGHT = 0.6;

/** Its rarity in general English (`rarity.ts`), the same whatever packs are loaded. */
function weightOf(index: ReadingIndex, term: FrameTerm): number {
  return rarity(index.vectors, term.word, term.key, term.kind) * (term.light ? LIGHT : 1);
}
