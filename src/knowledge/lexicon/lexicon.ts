/**
 * The lexicon: which words meet which in retrieval. It is data (general.json, plus an
 * optional `lexicon:` in a pack for an article's own abbreviations and names), never code:
 * a word belongs to zero or more synonym groups, a phrase ("kick out") reads as one word
 * ("kickout"), and terms are compared by the Porter stem of their lemma, so that
 * "expelled", "expels" and "expulsion"'s group all meet.
 */
import { readFileSync } from 'node:fs';
import { stemmer } from 'stemmer';
import { plainLetters } from '../plain-letters.ts';
import general from './general.json' with { type: 'json' };

export interface LexiconData {
  synonyms: string[][];
  phrases: Record<string, string>;
  reasonCues: string[];
  speechVerbs: string[];
  /**
   * Verbs and nouns after which a question word opens a question of its own ("did they say why it sank", "do we
   * know who built it", "any idea when"): that question word asks, not the yes or no before it. The verbs of
   * speech (`speechVerbs`) embed one too, and are not repeated here.
   */
  questionVerbs?: string[];
  /** Verbs that only say an event happens ("take place", "be held"): no word for "when"/"where" to find. */
  eventVerbs?: string[];
  /** Nouns that, after "what"/"which", say what kind of answer is wanted ("what year" → time). */
  answerTypes?: Record<string, string>;
  /**
   * Nouns that name a measured thing and so the kind of answer too ("what was the loss" → money),
   * but unlike `answerTypes` stay words to find: a profit is not a loss.
   */
  measures?: Record<string, string>;
  /** Number words and their values, so "twelve months" and "12 months" share a key. */
  numbers?: Record<string, number>;
  /** Ordinal words as digits ("sixth" → "6th"), so "the sixth generation" and "6th-gen" share a key. */
  ordinals?: Record<string, string>;
  /** Pairs of opposites: a sentence that says one does not say the other ("most" / "least"). */
  antonyms?: string[][];
  /**
   * Words of order and degree ("before", "after", "more") that the index leaves out as stop
   * words: their opposites (from `antonyms`) are compared on the words as written.
   */
  orderWords?: string[];
  /** Words that say little of what a question is about ("get", "new", "thing"): they weigh less. */
  lightWords?: string[];
  /** Currency words written after an amount ("150,000 pesos", "30 pence"): they make the number money. */
  currencies?: string[];
  /** Chat's short spellings and the words they stand for ("wat" → "what", "ppl" → "people"), read as those. */
  chatSpellings?: Record<string, string>;
  /** Chat's asides, which say nothing of what is asked ("lol", "tbh", "are we talking"), wherever they stand. */
  chatFillers?: string[];
  /** The words of units, by what they measure ("km": length): a measure is of the dimension its unit is. */
  units?: Record<string, string[]>;
  /** What "how far", "how heavy" … ask the measure of (`units`' dimensions): a weight does not say how far. */
  measuredBy?: Record<string, string>;
  /** Nouns of what a person is or does ("researcher", "chief"): "who was the lead researcher" asks a person's name. */
  personRoles?: string[];
  /** Titles written before a name ("Dr", "Mr"), folded: no word of the name ("Dr. Swann" is Swann). */
  nameTitles?: string[];
  /** Each currency's names and signs ("dollar": "$", "usd"): "how much in dollars" is not answered in pounds. */
  currencyNames?: Record<string, string[]>;
}

export interface Lexicon {
  /** The index key of a lemma: its stem, British -ise spellings folded to -ize. */
  key(lemma: string): string;
  /** Keys that a key meets besides itself (its synonym groups), without itself. */
  related(key: string): readonly string[];
  /**
   * Keys an acronym meets: a pack's own groups only. The general lexicon holds words, and an
   * acronym that stems like one is not it ("US" and "use" share the key "us").
   */
  relatedAcronym(key: string): readonly string[];
  /** The single word a two- or three-lemma phrase stands for, if it is one. */
  phrase(lemmas: readonly string[]): string | undefined;
  /** Whether some phrase begins with this word: most words begin none, and are not looked up further. */
  opensPhrase(word: string): boolean;
  /** Whether a lemma marks a cause or purpose ("because", "due", "reason"). */
  isReasonCue(lemma: string): boolean;
  /** Whether a lemma is a verb of speech ("say", "tell", "according"). */
  isSpeechVerb(lemma: string): boolean;
  /** Whether a question word after this lemma opens an embedded question ("say why", "know who"). */
  embedsQuestion(lemma: string): boolean;
  /** Whether a lemma only says that an event happens ("happen", "be held"). */
  isEventVerb(lemma: string): boolean;
  /** The kind of answer a noun after "what"/"which" asks for, if it names one. */
  answerType(lemma: string): string | undefined;
  /** Whether a noun that types the answer is also a word to find (`measures`). */
  isMeasure(lemma: string): boolean;
  /** The value of a number word ("twelve" → 12). */
  number(word: string): number | undefined;
  /** An ordinal word in digits ("sixth" → "6th"). */
  ordinal(word: string): string | undefined;
  /** The keys of a key's opposites. */
  opposites(key: string): readonly string[];
  /** Whether a word is a word of order or degree ("after", "more"), compared as written. */
  isOrderWord(word: string): boolean;
  /** Whether a lemma says little of what a question is about ("get", "new", "thing"). */
  isLight(lemma: string): boolean;
  /**
   * Keys WordNet gives as the key's synonyms in its commonest senses (`wordnet-synonyms.json`, made by
   * scripts/build-wordnet-synonyms.mjs): looser than the groups, which were chosen for news, so found they count less.
   */
  synonyms(key: string): readonly string[];
}

/** Endings of words that are keyed whole, not stemmed (more than two letters before the ending). */
const OWN_WORD = /^[a-z]{3,}(?:er|or|ity)$/;
const OWN_PLURAL = /^[a-z]{3,}(?:ers|ors|ities)$/;

/** The index key of a lemma. */
export function termKey(lemma: string): string {
  // Most lemmas are ASCII: the Unicode normalisation is skipped for them.
  const plain = /^[\x00-\x7f]*$/.test(lemma) ? lemma : plainLetters(lemma);
  const folded = plain.toLowerCase().replace(/is(ation|ations|e|es|ed|ing|er)$/, 'iz$1');
  if (!/^[a-z]+$/.test(folded)) return folded;
  // An agent noun and an abstract noun in "-ity" are words of their own: Porter cuts "treasurer" to
  // the key of "treasure", "authority" to "author", "majority" to "major", "officer" to "office".
  // Their lemmas are already singular, so they are keyed whole.
  if (OWN_WORD.test(folded)) return folded;
  // Their plurals too, written as a name is ("Officers said …" opening a sentence is keyed as written).
  if (OWN_PLURAL.test(folded)) return folded.replace(/ies$/, 'y').replace(/s$/, '');
  // Porter takes the "s" off "focus", "bonus" and "virus" as if plural ("focu"), but not off
  // "focusing" or "bonuses" ("focus", "bonus"): a word ending "us" is stemmed as its plural.
  return stemmer(folded.length > 3 && folded.endsWith('us') ? `${folded}es` : folded);
}

/** Builds a lexicon from data; `extra` adds a pack's own groups and phrases. */
export function buildLexicon(data: LexiconData, extra: Partial<LexiconData>[] = []): Lexicon {
  const phrases = new Map<string, string>();
  for (const source of [data, ...extra])
    for (const [from, to] of Object.entries(source.phrases ?? {})) phrases.set(from.toLowerCase(), to.toLowerCase());
  const openers = new Set([...phrases.keys()].map((p) => p.split(' ')[0]!));
  const frozen = groupsOf([data, ...extra]);
  const own = groupsOf(extra);
  const reasons = new Set(data.reasonCues);
  const speech = new Set(data.speechVerbs);
  const events = new Set(data.eventVerbs ?? []);
  const embedding = new Set(data.questionVerbs ?? []);
  const measures = new Map(Object.entries(data.measures ?? {}));
  const types = new Map([...Object.entries(data.answerTypes ?? {}), ...measures]);
  const numbers = new Map(Object.entries(data.numbers ?? {}));
  const ordinals = new Map(Object.entries(data.ordinals ?? {}));
  const order = new Set(data.orderWords ?? []);
  const light = new Set(data.lightWords ?? []);
  const opposites = new Map<string, string[]>();
  for (const [a, b] of data.antonyms ?? []) {
    const [ka, kb] = [termKey(a!), termKey(b!)];
    opposites.set(ka, [...(opposites.get(ka) ?? []), kb]);
    opposites.set(kb, [...(opposites.get(kb) ?? []), ka]);
  }
  return {
    key: termKey,
    related: (k) => frozen.get(k) ?? [],
    relatedAcronym: (k) => own.get(k) ?? [],
    phrase: (lemmas) => phrases.get(lemmas.join(' ')),
    opensPhrase: (word) => openers.has(word),
    isReasonCue: (lemma) => reasons.has(lemma),
    isSpeechVerb: (lemma) => speech.has(lemma),
    embedsQuestion: (lemma) => embedding.has(lemma) || speech.has(lemma),
    isEventVerb: (lemma) => events.has(lemma),
    answerType: (lemma) => types.get(lemma),
    isMeasure: (lemma) => measures.has(lemma),
    number: (word) => numbers.get(word),
    ordinal: (word) => ordinals.get(word),
    opposites: (k) => opposites.get(k) ?? [],
    isOrderWord: (word) => order.has(word),
    isLight: (lemma) => light.has(lemma),
    synonyms: (k) => {
      const found = (wordnet ??= readWordnet()).get(k);
      return found ? found.split(' ') : [];
    },
  };
}

/** Each key's synonym keys, without itself, over the sources' groups. */
function groupsOf(sources: Partial<LexiconData>[]): Map<string, readonly string[]> {
  const related = new Map<string, Set<string>>();
  for (const group of sources.flatMap((s) => s.synonyms ?? [])) {
    const keys = group.map((w) => termKey(w.replace(/\s+/g, '')));
    for (const k of keys) {
      let set = related.get(k);
      if (!set) related.set(k, (set = new Set()));
      for (const other of keys) if (other !== k) set.add(other);
    }
  }
  return new Map([...related].map(([k, v]) => [k, Object.freeze([...v])]));
}

/** WordNet's synonyms by key, each key's as one string: split only for the few words a question asks. */
let wordnet: Map<string, string> | undefined;

/** Read on the first question (about 20 ms), not at load: most commands never ask one. */
function readWordnet(): Map<string, string> {
  const text = readFileSync(new URL('./wordnet-synonyms.json', import.meta.url), 'utf8');
  return new Map(Object.entries(JSON.parse(text) as Record<string, string>));
}

/** The general lexicon every knowledge base starts from. */
export const GENERAL_LEXICON: LexiconData = general;
