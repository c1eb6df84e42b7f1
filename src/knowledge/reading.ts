/**
 * Stage 1 of answering, "read once": every sentence of every pack is read when the knowledge is loaded,
 * and what was read is kept as data on a `Reading`: the sentence's lemmas and index terms, its typed
 * mentions (people, organisations, places, dates, times, money, percentages, numbers, durations, ages),
 * the pack entities it names (directly, or through a pronoun or surname that stands for one), who is
 * speaking in it, and whether it gives a reason. Answering never re-reads article text.
 */
import type { Sentence } from './article.ts';
import type { LoadedPack } from './knowledge-base.ts';
import type { Lexicon } from './lexicon/lexicon.ts';
import type { parse, Token } from './nlp.ts';
import { amountAt } from './amount-key.ts';
import { moneyAt, withPrefixedMoney, withScale } from './money.ts';
import { WEEKDAYS } from './event-dates.ts';
import { foldKey } from './plain-letters.ts';
import { STOP_WORDS } from './text.ts';
import { ageAt, lifeDecade, MEASURE_UNITS, untypedMentions } from './untyped.ts';
import type { Voice } from './voice.ts';

export { foldKey };

export type MentionType =
  | 'person'
  | 'organisation'
  | 'place'
  | 'group'
  | 'name'
  | 'date'
  | 'time'
  | 'duration'
  | 'money'
  | 'percent'
  | 'number'
  | 'ordinal'
  | 'age'
  | 'measure'
  /** A result as sport and votes write it: "3-2", "4-6, 7-6, 7-5", "27-19". */
  | 'score';

/** A typed span of the sentence; `key` is its folded text, to tell it from the question's words. */
export interface Mention {
  type: MentionType;
  text: string;
  key: string;
  /** Token positions [start, end] inclusive. */
  start: number;
  end: number;
  /** The pack entity it names, if any. */
  entity?: string;
  /** A date that opens a span of time ("since 2022"): it answers "since when", not "when". */
  opens?: boolean;
}

export interface Reading {
  pack: LoadedPack;
  sentence: Sentence;
  /** Position among the pack's readings, so neighbours are one step away. */
  at: number;
  /** Index keys of the content words, with repeats (term frequency), in order. */
  terms: string[];
  /** Token position of each key in `terms`. */
  positions: number[];
  /**
   * The word-vector row of the word at each of `positions` (-1: none), for soft matching: a
   * plain array (a typed array per sentence costs ~1 KB each over a large archive).
   */
  vectorIds: number[];
  mentions: Mention[];
  /** Ids of the pack entities the sentence names or stands for through a pronoun. */
  entities: string[];
  /** The name a leading pronoun stands for ("He" → "Richard"), from the sentence before. */
  antecedent?: string;
  /** It opens with a pronoun ("It was commissioned by Odo"): it goes on with the sentence before. */
  continues: boolean;
  /**
   * Keys the pack ties to this sentence beyond its own words: every name and alias of the
   * entities it names (a question may say "Daesh" where the sentence says "ISIL") and the
   * words of the events its paragraph tells (the Riyadh meeting is "held in Saudi Arabia"), and the
   * headline's first name, which every sentence of the article is about ("the company").
   */
  known: string[];
  /** Who is speaking: an entity id, or the name as written when no entity matches. */
  speaker?: string;
  /** Whether it states a cause or purpose ("because", "due to", "in order to"). */
  reason: boolean;
  /** Whether it tells what is to come ("will", "is due to", "plans to"): it may answer "what happens next?". */
  ahead: boolean;
  /** Its verbs, their voice and its agents' "by", to tell who did what to whom. */
  voice: Voice;
}

const SPAN_TYPES = new Map<string, MentionType>([
  ['DATE', 'date'],
  ['TIME', 'time'],
  ['DURATION', 'duration'],
  ['MONEY', 'money'],
  ['PERCENT', 'percent'],
  ['CARDINAL', 'number'],
  ['ORDINAL', 'ordinal'],
]);
/** Parts of speech that carry content. */
const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM', 'ADV', 'X', 'INTJ']);
/** A speaker's own pronoun, with or without its verb ("I", "I'm", "we've"), however the model tags it. */
const SELF = /^(?:i|we|you)(?:['’](?:m|ve|d|ll|re))?$/i;
/** Small words allowed inside a name ("Richard I of Normandy", "Abu al-Hassan"). */
const NAME_GLUE = new Set(['of', 'de', 'la', 'le', 'von', 'van', 'al', 'the', 'du', 'da', 'bin', 'ibn', '-']);

/** The text of tokens `start` to `end` (inclusive), joined by spaces: a mention's text as the model splits it. */
export function spanText(tokens: readonly Token[], start: number, end: number): string {
  return tokens
    .slice(start, end + 1)
    .map((t) => t.text)
    .join(' ');
}

/**
 * "in May", "the US", "the WHO": a stop word written with a capital inside a sentence, and
 * tagged a noun, is a name (a month, a country) and a key like any other.
 */
function namedStopWord(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  return i > 0 && /^\p{Lu}/u.test(t.text) && (t.pos === 'PROPN' || t.pos === 'NOUN');
}

/** Verbs that only help another ("has been", "did go") or say little on their own ("do it"). */
const HELPING = new Set('be have do can will may must shall should would could might'.split(' '));

/** "Who owns the cable?": a stop word ("own", as in "their own") used as a verb says what is done; it is a key. */
function mainVerb(t: Token): boolean {
  return t.pos === 'VERB' && !HELPING.has(t.lemma.toLowerCase());
}

/** Index keys of tokens, with phrases joined ("kick out" → one key) and stop words dropped. */
export function keysOf(tokens: readonly Token[], lexicon: Lexicon): { keys: string[]; positions: number[] } {
  const keys: string[] = [];
  const positions: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const phraseLength = [3, 2].find((n) => i + n <= tokens.length && phraseAt(tokens, i, n, lexicon));
    if (phraseLength) {
      keys.push(lexicon.key(phraseAt(tokens, i, phraseLength, lexicon)!));
      positions.push(i);
      i += phraseLength - 1;
      continue;
    }
    const t = tokens[i]!;
    // A verb and its particle a few words on: "kicked Ethelred out" reads as "kick out".
    const particle = t.pos === 'VERB' ? particleAfter(tokens, i, lexicon) : undefined;
    if (particle) {
      keys.push(lexicon.key(particle));
      positions.push(i);
      continue;
    }
    const word = foldKey(t.text);
    // "twelve months" and "12 months": one key, the digits; "the sixth generation" and "6th-gen" likewise.
    const value = t.pos === 'NUM' ? lexicon.number(word) : undefined;
    const nth = t.pos === 'ADJ' ? lexicon.ordinal(word) : undefined;
    if ((value !== undefined && value > 1) || nth) {
      keys.push(nth ?? String(value));
      positions.push(i);
      continue;
    }
    // "£10,000" and "£10k", "£2.1 million" and "£2.1m": one key, the value.
    const amount = amountAt(tokens, i);
    if (amount) {
      keys.push(amount.key);
      positions.push(i);
      i += amount.length - 1;
      continue;
    }
    if (!CONTENT_POS.has(t.pos) || word === '') continue;
    if ((STOP_WORDS.has(word) || STOP_WORDS.has(t.lemma)) && !namedStopWord(tokens, i) && !mainVerb(t)) continue;
    // A hyphenated word is keyed as written, whatever its tag: "Pre-tax" opening a sentence (a proper
    // noun to the model) and "annual pre-tax profit" (an adjective) are one word. A proper noun's
    // lemma is the word in American spelling, uninflected ("Centre" → "center", "Labour" → "labor"),
    // as a common noun's is: "the Civic Centre" and "the centre" share a key.
    keys.push(lexicon.key(t.text.includes('-') ? word : t.pos === 'PROPN' ? foldKey(t.lemma) : t.lemma));
    positions.push(i);
  }
  return { keys, positions };
}

const PARTICLES = new Set(['out', 'off', 'up', 'down', 'away', 'over', 'back', 'forward']);

function particleAfter(tokens: readonly Token[], i: number, lexicon: Lexicon): string | undefined {
  for (let j = i + 1; j <= i + 3 && j < tokens.length; j++) {
    const next = tokens[j]!;
    if (PARTICLES.has(next.lemma)) return lexicon.phrase([tokens[i]!.lemma, next.lemma]);
    if (next.pos === 'VERB' || next.pos === 'PUNCT') return undefined;
  }
  return undefined;
}

/** The word `n` tokens stand for, by lemmas or as written ("lay off": the model lemmatises "lay" as "lie"). */
function phraseAt(tokens: readonly Token[], i: number, n: number, lexicon: Lexicon): string | undefined {
  if (!lexicon.opensPhrase(tokens[i]!.lemma) && !lexicon.opensPhrase(tokens[i]!.text.toLowerCase())) return undefined;
  const span = tokens.slice(i, i + n);
  return lexicon.phrase(span.map((t) => t.lemma)) ?? lexicon.phrase(span.map((t) => t.text.toLowerCase()));
}

/** Mentions that say what a proper noun in them is: "Monday", "March 2018", "24C". */
const TEMPORAL = new Set<MentionType>(['date', 'time', 'duration', 'measure']);
/** Words before a year of three figures ("in 911"); without one, "520" counts. */
const YEAR_LEAD = new Set(['in', 'since', 'by', 'from', 'until', 'till', 'of', 'around', 'circa', 'before', 'after']);
const DAYS = new Set(WEEKDAYS.map((d) => d.toLowerCase()));

/** A span of time from one year to another, as news writes it: "from 1961 to 1989", "between 2019 and 2021". */
const YEARS_SPAN =
  /^(?:from|between)\s.*\b(?:1[0-9]{3}|20[0-9]{2})\b.*\b(?:to|and|until)\b.*\b(?:1[0-9]{3}|20[0-9]{2})\b/i;

/** Units of time, singular. */
const TIME_UNITS = new Set(['second', 'minute', 'hour', 'day', 'week', 'fortnight', 'month', 'year', 'decade']);

/** Whether a span holds a unit of time ("hours", "a week"). */
const unitIn = (tokens: readonly Token[], span: { start: number; end: number }) =>
  tokens.slice(span.start, span.end + 1).some((t) => TIME_UNITS.has(t.text.toLowerCase().replace(/s$/, '')));

/** Typed mentions of the model's spans and of runs of proper nouns. */
export function mentionsOf(tokens: readonly Token[], spans: ReturnType<typeof parse>['spans']): Mention[] {
  const out: Mention[] = [];
  for (const span of spans) {
    const type = lifeDecade(tokens, span.start, span.end) ? 'age' : SPAN_TYPES.get(span.type);
    if (!type) continue;
    // "a 91-year-old": an age, whose "year" is no length of time.
    if (type === 'duration' && tokens[span.end + 1]?.text === '-' && /^old$/i.test(tokens[span.end + 2]?.text ?? ''))
      continue;
    const money = moneyAt(tokens, span, type);
    if (money) {
      out.push(money);
      continue;
    }
    // "a three-week dig", "a 45-day consultation": the model types the unit; the count before the hyphen is part of it.
    const counted =
      type === 'duration' && tokens[span.start - 1]?.text === '-' && tokens[span.start - 2]?.pos === 'NUM';
    const [start, text] = counted
      ? [span.start - 2, spanText(tokens, span.start - 2, span.end).replace(/ - /g, '-')]
      : [span.start, span.text];
    const mention: Mention = { type, text, key: foldKey(text), start, end: span.end };
    out.push(type === 'money' ? withScale(tokens, mention) : mention);
    if (type === 'number' || type === 'duration') {
      const age = ageAt(tokens, span.start, span.end);
      if (age) out.push({ type: 'age', text: age, key: foldKey(age), start: span.start, end: span.end });
    }
    // "nearly three and a half hours later", "two weeks ago": a time the model reads off a length of time, which
    // answers "how long" too.
    const off = ['later', 'earlier', 'ago', 'afterwards'].includes(tokens[span.end]?.text.toLowerCase() ?? '');
    if ((type === 'time' || type === 'date') && off && span.end > span.start && unitIn(tokens, span)) {
      const text = spanText(tokens, span.start, span.end - 1);
      out.push({ type: 'duration', text, key: foldKey(text), start: span.start, end: span.end - 1 });
    }
    // "was the landlord from 1961 to 1989": a span between two years answers "when" as well as "how long".
    if (type === 'duration' && YEARS_SPAN.test(text))
      out.push({ type: 'date', text, key: foldKey(text), start, end: span.end });
    // "since 2022" is a span of time that opens at a date: what follows "since" answers "when".
    if (type === 'duration' && /^since$/i.test(tokens[span.start]?.text ?? '') && span.end > span.start) {
      const text = spanText(tokens, span.start + 1, span.end);
      out.push({ type: 'date', text, key: foldKey(text), start: span.start + 1, end: span.end, opens: true });
    }
    // A bare year ("in 1066", "in 911") answers "when" as well as "how many"; "Pinwheel's 520 staff" is no year,
    // nor "0800 169 4420", a group of digits before another (a phone number).
    const era = /^(?:AD|BC|BCE|CE)$/.test(tokens[span.end + 1]?.text ?? '');
    const ad = tokens[span.start - 1]?.text === 'AD';
    const lead =
      /^\d{4}s?$/.test(span.text) || era || ad || YEAR_LEAD.has(tokens[span.start - 1]?.text.toLowerCase() ?? '');
    // "a range of 500km": a count before a unit is no year.
    const after = tokens[span.end + 1]?.text ?? '';
    const year = lead && !/^\d+$/.test(after) && !MEASURE_UNITS.has(after.toLowerCase());
    if (type === 'number' && /^\d{3,4}s?$/.test(span.text) && year && Number.parseInt(span.text, 10) <= 2100) {
      // "AD 280", "753 BC": the era is part of the date, no name.
      const [start, end] = [ad ? span.start - 1 : span.start, era ? span.end + 1 : span.end];
      const text = spanText(tokens, start, end);
      out.push({ type: 'date', text, key: foldKey(text), start, end });
    }
  }
  out.push(...untypedMentions(tokens, out));
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.pos !== 'PROPN') continue;
    let end = i;
    while (end + 1 < tokens.length) {
      const next = tokens[end + 1]!;
      if (next.pos === 'PROPN') end++;
      else if (NAME_GLUE.has(next.text.toLowerCase()) && tokens[end + 2]?.pos === 'PROPN') end += 2;
      else break;
    }
    // "Monday", "March 2018", "24C": a date or a measure already says what these are; they name no one.
    // "how many Sundays a driver works": days of the week, which the model leaves undated in the plural.
    const days = tokens.slice(i, end + 1).every((t) => DAYS.has(t.text.toLowerCase().replace(/s$/, '')));
    // "now I'm holding the trophy": the model may take a speaker's "I'm" for a name; it names no one.
    const self = i === end && SELF.test(tokens[i]!.text);
    if (days || self || out.some((m) => TEMPORAL.has(m.type) && m.start <= end && m.end >= i)) {
      i = end;
      continue;
    }
    const text = spanText(tokens, i, end).replace(/ - /g, '-');
    out.push({ type: 'name', text, key: foldKey(text), start: i, end });
    i = end;
  }
  const sorted = out.sort((a, b) => a.start - b.start);
  return withPrefixedMoney(tokens, sorted);
}
