/**
 * Reads every sentence of a pack once (stage 1 of answering) and links what it read to
 * the pack: names to the pack's entities (by name and alias, longest first), a leading
 * pronoun to the name it stands for in the sentence before, and speech to its speaker
 * (the pack's quotes first, then a verb of speech next to a name).
 */
import type { LoadedPack } from './knowledge-base.ts';
import type { Lexicon } from './lexicon/lexicon.ts';
import type { WordVectors } from './lexicon/word-vectors.ts';
import { knownKeys, knownTable, type KnownTable } from './known-keys.ts';
import { quotedBy } from './quotation.ts';
import { voiceOf } from './voice.ts';
import { agrees, personGender, titledNames } from './gender.ts';
import { parseEach, type Token } from './nlp.ts';
import { foldKey, keysOf, mentionsOf, type Mention, type MentionType, type Reading } from './reading.ts';
import type { EntityKind, Quote } from './schema.ts';

const KIND_TYPES = new Map<EntityKind, MentionType>([
  ['person', 'person'],
  ['organisation', 'organisation'],
  ['place', 'place'],
  ['group', 'group'],
]);
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'his', 'her', 'their', 'its', 'him', 'them']);
/** Where a leading pronoun may sit: "He said", "In 1066, he …", "After that, they …". */
const PRONOUN_REACH = 6;
/** Phrases that give a purpose, as a reason cue gives a cause: "in an effort to cut air pollution". */
const PURPOSE = /\bin (?:order|an effort|a bid|an attempt) to\b|\bso that\b/i;
/**
 * What is to come: a future auxiliary, or a plan, aim or schedule ("is due to", "wants to"). Not "next": "from 1
 * June next year" dates a decision already taken.
 */
const AHEAD = new RegExp(
  String.raw`\b(?:will|won['’]t|would|shall|going to|(?:due|expected|set|scheduled|likely|planning|poised) to` +
    String.raw`|(?:plans?|wants?|hopes?|aims?|intends?|expects?) to)\b|['’]ll\b`,
  'i',
);
/** How many sentences back a pronoun may reach for its antecedent. */
const ANTECEDENT_REACH = 3;

interface Alias {
  tokens: string[];
  entity: string;
  kind: EntityKind;
  /** Written in capitals ("IS", "US"): an acronym, which a word in small letters ("Is", "us") is not. */
  acronym: boolean;
}

/** Reads all sentences of `pack`, in order. */
export function readPack(pack: LoadedPack, lexicon: Lexicon, vectors: WordVectors): Reading[] {
  const aliases = aliasTable(pack);
  const known = knownTable(pack, lexicon);
  const quotes = pack.data.quotes.map((q) => ({ ...q, folded: foldKey(q.text) }));
  const readings: Reading[] = [];
  let heads = new Map<string, string>();
  // The whole article read as one document: the same tokens and spans as sentence by sentence, faster.
  const texts = pack.paragraphs.flatMap((p) => p.sentences.map((s) => s.text));
  const parsed = parseEach(texts);
  const titled = titledNames(texts.join(' '));
  const fits = (pronoun: string, name: string) => agrees(pronoun, personGender(name, titled));
  for (const paragraph of pack.paragraphs) {
    for (const sentence of paragraph.sentences) {
      const { tokens, spans } = parsed[readings.length]!;
      const mentions = mentionsOf(tokens, spans).filter((m) => !commonOpening(m, tokens, vectors));
      const linked = linkEntities(tokens, aliases);
      mentions.push(...linked);
      const { keys, positions } = keysOf(tokens, lexicon);
      const entities = [...new Set([...linked.map((m) => m.entity!), ...definite(tokens, heads)])];
      heads = headsAfter(heads, linked, pack);
      const pronoun = leadingPronoun(tokens, mentions);
      const before = readings.slice(-ANTECEDENT_REACH).reverse();
      const antecedent = pronoun ? subjectOf(before, pronoun, fits) : undefined;
      if (antecedent?.entity && !entities.includes(antecedent.entity)) entities.push(antecedent.entity);
      const reading: Reading = {
        pack,
        sentence,
        at: readings.length,
        terms: keys,
        positions,
        vectorIds: positions.map((p) => vectorId(vectors, tokens[p]!)),
        mentions: mentions.sort((a, b) => a.start - b.start),
        entities,
        antecedent: antecedent?.text,
        continues: pronoun !== undefined,
        known: [],
        speaker: undefined,
        reason: tokens.some((t) => lexicon.isReasonCue(t.lemma)) || PURPOSE.test(sentence.text),
        ahead: AHEAD.test(sentence.text),
        voice: voiceOf(tokens),
      };
      const spoken = verbSpeaker(reading, tokens, lexicon, before, fits, antecedent?.entity);
      withSpeaker(reading, quoteSpeaker(quotes, reading) ?? spoken, known);
      readings.push(reading);
    }
    const first = readings.length - paragraph.sentences.length;
    const texts = paragraph.sentences.map((s) => s.text);
    const speakers = texts.map((_, at) => readings[first + at]!.speaker);
    for (const [at, speaker] of quotedBy(texts, speakers)) withSpeaker(readings[first + at]!, speaker, known);
  }
  return readings;
}

/**
 * The sentence's speaker, and what the sentence is known by with it: '"… in 26 years in the job,"
 * he said' is the speaker's "I", known by their name.
 */
function withSpeaker(reading: Reading, speaker: string | undefined, known: KnownTable): void {
  reading.speaker = speaker;
  if (speaker && known.entities.has(speaker) && !reading.entities.includes(speaker)) reading.entities.push(speaker);
  reading.known = knownKeys(known, reading);
}

/**
 * "The council said …" after "Ashworth District Council": "the" and the last word of an
 * organisation's name stand for the organisation named last with that word. The heads of
 * the organisations and groups named so far, by the word, to their entity.
 */
function headsAfter(heads: Map<string, string>, linked: readonly Mention[], pack: LoadedPack): Map<string, string> {
  const next = new Map(heads);
  for (const m of linked) {
    const entity = pack.data.entities.find((e) => e.id === m.entity);
    if (!entity || (entity.kind !== 'organisation' && entity.kind !== 'group')) continue;
    const head = foldKey(entity.name).split(' ').at(-1);
    if (head) next.set(head, entity.id);
  }
  return next;
}

/** The entities that "the <head>" stands for in the sentence ("the council", "the trust's"). */
function definite(tokens: readonly Token[], heads: ReadonlyMap<string, string>): string[] {
  return tokens.flatMap((t, i) => {
    const word = t.text.toLowerCase();
    const entity = heads.get(word);
    return entity && t.pos === 'NOUN' && tokens[i - 1]?.text.toLowerCase() === 'the' ? [entity] : [];
  });
}

/** Every name and alias of the pack's entities, as folded token lists, longest first. */
function aliasTable(pack: LoadedPack): Map<string, Alias[]> {
  const table = new Map<string, Alias[]>();
  for (const e of pack.data.entities) {
    if (e.kind === 'theme') continue;
    for (const name of [e.name, ...e.aliases]) {
      const tokens = foldKey(name).split(' ').filter(Boolean);
      if (tokens.length === 0) continue;
      const list = table.get(tokens[0]!) ?? [];
      list.push({ tokens, entity: e.id, kind: e.kind, acronym: /^[A-Z]{2,6}$/.test(name) });
      table.set(tokens[0]!, list);
    }
  }
  for (const list of table.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return table;
}

/**
 * Mentions of pack entities, longest alias first, not overlapping. A token that folds to
 * nothing is passed over, as the alias has no word for it: the apostrophe of "Millbrook
 * Traders' Association".
 */
function linkEntities(tokens: readonly Token[], aliases: Map<string, Alias[]>): Mention[] {
  const words = tokens.map((t, at) => ({ word: foldKey(t.text), at })).filter((w) => w.word !== '');
  const out: Mention[] = [];
  for (let i = 0; i < words.length; i++) {
    const candidates = aliases.get(words[i]!.word) ?? [];
    const hit = candidates.find((a) => a.tokens.every((w, j) => words[i + j]?.word === w));
    if (!hit) continue;
    // A one-word alias that is a plain lower-case word in the text is no name ("turkey", "may").
    const [start, end] = [words[i]!.at, words[i + hit.tokens.length - 1]!.at];
    const first = tokens[start]!;
    if (hit.tokens.length === 1 && first.text === first.text.toLowerCase()) continue;
    // "Is There Alternative to Assad" holds no "IS" (Islamic State): an acronym is written in capitals.
    if (hit.acronym && first.text !== first.text.toUpperCase()) continue;
    const text = tokens
      .slice(start, end + 1)
      .map((t) => t.text)
      .join(' ');
    out.push({ type: KIND_TYPES.get(hit.kind) ?? 'name', text, key: foldKey(text), start, end, entity: hit.entity });
    i += hit.tokens.length - 1;
  }
  return out;
}

/** The pronoun the sentence's subject is, when it stands for someone named before. */
function leadingPronoun(tokens: readonly Token[], mentions: readonly Mention[]): string | undefined {
  // "The 23-year-old forward signed …" stands for the person named before, as "he" would.
  const aged = (i: number) =>
    tokens[i]!.text.toLowerCase() === 'the' && mentions.some((m) => m.type === 'age' && m.start === i + 1);
  const at = tokens.findIndex((t, i) => i < PRONOUN_REACH && (PRONOUNS.has(t.text.toLowerCase()) || aged(i)));
  if (at < 0) return undefined;
  if (mentions.some((m) => (m.type === 'name' || m.entity) && m.start < at)) return undefined;
  return aged(at) ? 'he' : tokens[at]!.text.toLowerCase();
}

/**
 * What "he", "she" or "they" stands for: the first person (for he and she) or person,
 * group or organisation named in the nearest sentence before that names one. A name that
 * is part of a date ("21 March") is no antecedent, nor one the pronoun cannot stand for
 * ("she" for a man the article calls "Mr", `fits`).
 */
function subjectOf(
  before: readonly Reading[],
  pronoun: string,
  fits: (pronoun: string, name: string) => boolean,
): { text: string; entity?: string } | undefined {
  const personal = ['he', 'she', 'him', 'her', 'his'].includes(pronoun);
  const kinds = personal ? ['person', 'name'] : ['person', 'organisation', 'group', 'name'];
  for (const reading of before) {
    const dates = reading.mentions.filter((m) => m.type === 'date' || m.type === 'time');
    const named = reading.mentions
      .filter((m) => kinds.includes(m.type) && !dates.some((d) => m.start <= d.end && d.start <= m.end))
      .sort((a, b) => a.start - b.start || (a.entity ? -1 : 1));
    // A sentence naming only people the pronoun cannot stand for names none of its other names for it either.
    const people = named.filter((m) => m.type === 'person');
    const fitting = personal ? named.filter((m) => fits(pronoun, m.text)) : named;
    if (personal && people.length > 0 && !people.some((m) => fits(pronoun, m.text))) continue;
    const person = personal ? (fitting.find((m) => m.type === 'person') ?? fitting[0]) : named[0];
    if (person) return { text: person.text, entity: person.entity };
    if (reading.antecedent && (!personal || fits(pronoun, reading.antecedent))) return { text: reading.antecedent };
  }
  return undefined;
}

/** The speaker of a pack quote that this sentence holds. */
function quoteSpeaker(quotes: readonly (Quote & { folded: string })[], reading: Reading): string | undefined {
  const text = foldKey(reading.sentence.text);
  return quotes.find((q) => q.paragraphs.includes(reading.sentence.paragraph) && overlaps(q.folded, text))?.speaker;
}

function overlaps(quote: string, sentence: string): boolean {
  if (quote.length === 0) return false;
  if (sentence.includes(quote) || quote.includes(sentence)) return true;
  const words = quote.split(' ');
  const present = new Set(sentence.split(' '));
  return words.filter((w) => present.has(w)).length >= 0.7 * words.length;
}

/**
 * The name nearest a verb of speech ("…, said Kerry", "Putin told reporters"), or the one the
 * pronoun beside it stands for ('"We failed," he said': the person the sentence before names).
 */
function verbSpeaker(
  reading: Reading,
  tokens: readonly Token[],
  lexicon: Lexicon,
  before: readonly Reading[],
  fits: (pronoun: string, name: string) => boolean,
  antecedent?: string,
): string | undefined {
  const verb = tokens.findIndex(
    (t, i) =>
      (t.pos === 'VERB' || t.pos === 'ADP' || t.pos === 'ADJ') &&
      (lexicon.isSpeechVerb(t.lemma) ||
        lexicon.isSpeechVerb(lexicon.phrase([t.lemma, tokens[i + 1]?.lemma ?? '']) ?? '')),
  );
  if (verb < 0) return undefined;
  const names = reading.mentions.filter((m) => ['person', 'organisation', 'group', 'name'].includes(m.type));
  const nearest = names.sort(
    (a, b) => distance(a, verb) - distance(b, verb) || (a.entity ? -1 : 0) - (b.entity ? -1 : 0),
  )[0];
  if (nearest && distance(nearest, verb) <= 4) return nearest.entity ?? nearest.text;
  // The entity the leading pronoun stands for, by its id, so its role and aliases name the speaker too.
  if (reading.antecedent) return antecedent ?? reading.antecedent;
  const pronoun = tokens.find((t, i) => Math.abs(i - verb) <= 2 && SPEAKING.has(t.text.toLowerCase()));
  const subject = pronoun ? subjectOf(before, pronoun.text.toLowerCase(), fits) : undefined;
  return subject?.entity ?? subject?.text;
}

/** Pronouns that can be the subject of a verb of speech. */
const SPEAKING = new Set(['he', 'she', 'they']);

function distance(m: Mention, at: number): number {
  return m.end < at ? at - m.end : m.start - at;
}

/** The row of a token's word, else of its lemma. */
export function vectorId(vectors: WordVectors, token: Token): number {
  const own = vectors.id(token.text.toLowerCase());
  return own >= 0 ? own : vectors.id(token.lemma);
}

/**
 * Words this frequent in general English (by word-vector rank) name nothing when only capitalised
 * to open a sentence ("Residents" is 963rd, "Ferry" 4,684th). 2,000, 5,000 and 10,000 gave the
 * same answers. A surname that is a frequent word ("Brown", 957th) alone at the start and untyped
 * by the model is dropped too; a pack entity's name is still linked as the entity.
 */
const COMMON = 5000;

/**
 * "Residents will be able to comment …", "Work on the pier started …": a sentence's first word is
 * capitalised, and the model may tag it a proper noun; one frequent word alone there, that the
 * model types as nothing, is no name.
 */
function commonOpening(m: Mention, tokens: readonly Token[], vectors: WordVectors): boolean {
  if (m.type !== 'name' || m.start !== 0 || m.end !== 0) return false;
  const id = vectors.id(tokens[0]!.text.toLowerCase());
  return id >= 0 && id < COMMON;
}
