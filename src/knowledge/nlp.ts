/**
 * The one place that holds the English model: wink-nlp with wink-eng-lite-web-model
 * (lemmas, parts of speech and typed entities for dates, times, durations,
 * money, percentages and numbers), loaded once per process, offline. Everything that
 * reads language asks this module, so the model is swapped or upgraded in one place.
 */
import { createRequire } from 'node:module';
import type winkNLPType from 'wink-nlp';

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

function tokensOf(doc: Doc): Token[] {
  const its = model().its;
  const values = doc.tokens().out(its.value) as string[];
  const lemmas = tokenOut(doc, its.lemma);
  const pos = doc.tokens().out(its.pos) as string[];
  return values.map((value, i) => ({ text: value, lemma: (lemmas[i] ?? value).toLowerCase(), pos: pos[i] ?? 'X' }));
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
  const doc = model().readDoc(text.replace(MERIDIEM_ON, '$1 $2'));
  return { tokens: tokensOf(doc), spans: spansOf(doc) };
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
  const nlp = model();
  const its = nlp.its;
  const written = texts.map((t) => t.replace(MERIDIEM_ON, '$1 $2'));
  const doc = nlp.readDoc(written.join(SEPARATOR));
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const starts: number[] = [];
  written.reduce((at, t) => (starts.push(at), at + t.length + SEPARATOR.length), 0);
  const each: Parsed[] = written.map(() => ({ tokens: [], spans: [] }));
  /** Each token's text and its place in that text's tokens (-1: the separator's). */
  const home: { text: number; at: number }[] = [];
  let offset = 0;
  let text = 0;
  tokensOf(doc).forEach((token, i) => {
    offset += spaces[i]?.length ?? 0;
    while (text < written.length - 1 && offset >= starts[text + 1]!) text++;
    // The separator's own full stop belongs to no text.
    const own = offset < starts[text]! + written[text]!.length;
    home.push({ text, at: own ? each[text]!.tokens.push(token) - 1 : -1 });
    offset += token.text.length;
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
