/**
 * The one place that holds the English model: wink-nlp with wink-eng-lite-web-model
 * (lemmas, parts of speech and typed entities for dates, times, durations,
 * money, percentages and numbers), loaded once per process, offline. Everything that
 * reads language asks this module, so the model is swapped or upgraded in one place.
 */
import { createRequire } from 'node:module';
import type winkNLPType from 'wink-nlp';
import { plainLetters } from './plain-letters.ts';

/** A token as the rest of the code sees it: no wink types leak out of this file. */
export interface Token {
  /** The text as written. */
  text: string;
  /** Lower-case lemma ("fled" → "flee", "were" → "be"). */
  lemma: string;
  /** Universal part of speech: NOUN, PROPN, VERB, AUX, PRON, NUM, ADP, PUNCT … */
  pos: string;
}

/** A typed span the model found: wink's entity type and the tokens it covers. */
export interface Span {
  type: string;
  text: string;
  start: number;
  end: number;
}

export interface Parsed {
  tokens: Token[];
  spans: Span[];
}

type Nlp = ReturnType<typeof winkNLPType>;

/**
 * The model's passes that are run: typed entities and parts of speech (with lemmas). Sentences are
 * split before the model sees them, and negation, sentiment and custom entities are never read, so
 * their passes (a fifth of a document's time) are skipped.
 */
const PIPE = ['ner', 'pos'];
/**
 * The model, loaded on first use (about 140 ms): a one-shot command that reads no language
 * (`briefbot brief Kerry`) never pays for it.
 */
let loaded: Nlp | undefined;
function model(): Nlp {
  if (!loaded) {
    const require = createRequire(import.meta.url);
    const winkNLP = require('wink-nlp') as typeof winkNLPType;
    loaded = winkNLP(require('wink-eng-lite-web-model') as Parameters<typeof winkNLPType>[0], PIPE);
  }
  return loaded;
}
/** wink's typings disagree with its own lemma and stem helpers; they are token helpers all the same. */
const tokenOut = (doc: Doc, helper: unknown) => doc.tokens().out(helper as Nlp['its']['value']) as string[];

/**
 * "2.15pm" and "11.30am" with the meridiem written on: the model splits them into "2 . 15pm"
 * and "11.3 0am", so the clock time is read with a space put before "am"/"pm".
 */
const MERIDIEM_ON = /(\d)([ap]\.?m\b\.?)/gi;

type Doc = ReturnType<Nlp['readDoc']>;

/**
 * The model's tokenizer breaks a word at a letter beyond Latin-1 ("Gdańsk" → "Gda ń sk", "Łódź" →
 * "Ł ód ź"), so it reads the text with each such letter as its plain one ("Gdansk"): one UTF-16 unit
 * for one, so every token still starts where it did, and takes back its text as written.
 */
function standIn(text: string): string {
  return text.replace(/[^\u0000-\u00ff]/g, (c) => {
    const plain = plainLetters(c)[0];
    return plain !== undefined && /\p{L}/u.test(c) && plain.charCodeAt(0) <= 0xff ? plain : c;
  });
}

/**
 * The document's tokens and where each starts in `written`, the text it was read from before `standIn`.
 */
function tokensOf(doc: Doc, written: string): { tokens: Token[]; starts: number[] } {
  const its = model().its;
  const values = doc.tokens().out(its.value) as string[];
  const lemmas = tokenOut(doc, its.lemma);
  const pos = doc.tokens().out(its.pos) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const starts: number[] = [];
  let offset = 0;
  const tokens = values.map((value, i) => {
    offset += spaces[i]?.length ?? 0;
    starts.push(offset);
    const text = written.slice(offset, (offset += value.length));
    const lemma = (lemmas[i] ?? value).toLowerCase();
    // Only a token the stand-in changed takes its text back; a name's lemma is its text.
    if (text === value || standIn(text) !== value) return { text: value, lemma, pos: pos[i] ?? 'X' };
    return { text, lemma: lemma === value.toLowerCase() ? text.toLowerCase() : lemma, pos: pos[i] ?? 'X' };
  });
  return { tokens: withVerbsAfterSubjects(withGivenNames(withPronouns(tokens))), starts };
}

/** Pronouns that name no one in particular: never a proper noun. */
const INDEFINITE = new Set(
  'everything nothing something anything everyone everybody someone somebody anyone anybody nobody none'.split(' '),
);

/** '"Everything we have seen …," he said': the model tags a pronoun opening a quotation as a proper noun. */
function withPronouns(tokens: Token[]): Token[] {
  for (const t of tokens) if (t.pos === 'PROPN' && INDEFINITE.has(t.text.toLowerCase())) t.pos = 'PRON';
  return tokens;
}

/** Subjects a verb in "-s" follows: "who lives", "she leaves". */
const SUBJECTS = new Set(['who', 'he', 'she', 'it']);

/**
 * "Maria Antunes, 81, who lives on a narrow street": the model tags "lives" after "who" as the
 * plural of "life", so the sentence never meets "where does she live". A word in "-s" after a
 * subject that the model reads as an irregular plural (its lemma no start of the word: "life",
 * "leaf") is the verb: its lemma is the word without the "s".
 */
function withVerbsAfterSubjects(tokens: Token[]): Token[] {
  tokens.forEach((t, i) => {
    if (t.pos !== 'NOUN' || !SUBJECTS.has(tokens[i - 1]?.text.toLowerCase() ?? '')) return;
    const word = t.text.toLowerCase();
    if (!/^[a-z]+s$/.test(word) || word.startsWith(t.lemma)) return;
    t.pos = 'VERB';
    t.lemma = word.slice(0, -1);
  });
  return tokens;
}

/**
 * "Lee Chang-min, 47," and "met Park Dong-hoon": the model tags the syllable after the hyphen of a
 * romanised given name as a common word, which ends the name there. After two capitalised words, the
 * second a proper noun, a short lower-case word joined by a hyphen is the name's, unless it makes an
 * adjective ("New York-based firms", "the Kerry-led talks": a noun follows, or it is a participle).
 */
const COMPOUND_HEAD = /^(?:\p{L}+(?:ed|ing)|run|born|made|like|free|wide|style|era)$/u;

function withGivenNames(tokens: Token[]): Token[] {
  tokens.forEach((t, i) => {
    const [before, hyphen, next] = [tokens[i - 3], tokens[i - 1], tokens[i + 1]];
    if (hyphen?.text !== '-' || tokens[i - 2]?.pos !== 'PROPN' || !/^\p{Lu}/u.test(before?.text ?? '')) return;
    if (!/^[a-z]{1,5}$/.test(t.text) || COMPOUND_HEAD.test(t.text)) return;
    if (['NOUN', 'PROPN', 'ADJ'].includes(next?.pos ?? '')) return;
    t.pos = 'PROPN';
  });
  return tokens;
}

/** The model's typed spans of a document, by token positions in it. */
function spansOf(doc: Doc): Span[] {
  const its = model().its;
  const spans: Span[] = [];
  doc.entities().each((entity: { out(helper: unknown): unknown }) => {
    const detail = entity.out(its.detail) as unknown as { value: string; type: string };
    const [start, end] = entity.out(its.span) as unknown as [number, number];
    spans.push({ type: detail.type, text: detail.value, start, end });
  });
  return spans;
}

/** Tokens and typed spans of one short text (a sentence or a question). */
export function parse(text: string): Parsed {
  const written = text.replace(MERIDIEM_ON, '$1 $2');
  const doc = model().readDoc(standIn(written));
  return { tokens: tokensOf(doc, written).tokens, spans: spansOf(doc) };
}

/** What keeps the texts of one document apart: a sentence of its own. */
const SEPARATOR = ' . ';

/**
 * Many short texts (a pack's sentences, its names and titles) read as one document: the model's
 * fixed cost per document is much of the time of a sentence, and most of a two-word name's.
 * The texts stand apart as sentences (" . "); each token goes back to its text by where it
 * starts, and each typed span with it when all its tokens are that text's.
 */
export function parseEach(texts: readonly string[]): Parsed[] {
  const written = texts.map((t) => t.replace(MERIDIEM_ON, '$1 $2'));
  const whole = written.join(SEPARATOR);
  const doc = model().readDoc(standIn(whole));
  const starts: number[] = [];
  written.reduce((at, t) => (starts.push(at), at + t.length + SEPARATOR.length), 0);
  const each: Parsed[] = written.map(() => ({ tokens: [], spans: [] }));
  /** Each token's text and its place in that text's tokens (-1: the separator's). */
  const home: { text: number; at: number }[] = [];
  let text = 0;
  const read = tokensOf(doc, whole);
  read.tokens.forEach((token, i) => {
    const offset = read.starts[i]!;
    while (text < written.length - 1 && offset >= starts[text + 1]!) text++;
    // The separator's own full stop belongs to no text.
    const own = offset < starts[text]! + written[text]!.length;
    home.push({ text, at: own ? each[text]!.tokens.push(token) - 1 : -1 });
  });
  for (const span of spansOf(doc)) {
    const [first, last] = [home[span.start], home[span.end]];
    if (!first || !last || first.at < 0 || last.at < 0 || first.text !== last.text) continue;
    each[first.text]!.spans.push({ ...span, start: first.at, end: last.at });
  }
  return each;
}

/** The tokens of many short texts, read as one document (see `parseEach`). */
export function tokensOfEach(texts: readonly string[]): Token[][] {
  return parseEach(texts).map((p) => p.tokens);
}
