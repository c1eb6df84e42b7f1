/**
 * Whether a mention of a type the question accepts fits what it asks. What a measure measures: "How heavy was
 * the jar?" asks a weight, and "about 30 kilometres" is a measure that answers no such question; "how far" asks
 * a length, "how hot" a temperature. The units and what each "how" asks are data (the lexicon's `units` and
 * `measuredBy`); a measure whose unit the lexicon does not know may answer any of them. And who a person is:
 * "who was the lead researcher?" asks a person's name, never the university the sentence also names. And the
 * currency named: "how much is that in dollars?" is not answered in pounds (the lexicon's `currencyNames`).
 */
import { signOf } from '../../knowledge/money.ts';
import { GENERAL_LEXICON, termKey } from '../../knowledge/lexicon/lexicon.ts';
import type { Token } from '../../knowledge/nlp.ts';
import type { Mention } from '../../knowledge/reading.ts';
import type { Frame } from './frame.ts';
import { datesAThing } from './thing-age.ts';

const UNITS = new Map(
  Object.entries(GENERAL_LEXICON.units ?? {}).flatMap(([dimension, words]) => words.map((w) => [w, dimension])),
);
const MEASURED_BY = new Map(Object.entries(GENERAL_LEXICON.measuredBy ?? {}));
const CURRENCIES = new Map(
  Object.entries(GENERAL_LEXICON.currencyNames ?? {}).flatMap(([currency, names]) => names.map((n) => [n, currency])),
);

/**
 * The currency a question asks a sum in, and the positions of its words: "how much is that in dollars", "in us
 * dollars", "how many euros did it cost". A word of weight ("how many pounds") stays a measure's unit.
 */
export function askedCurrency(lower: readonly string[], whAt: number): { currency: string; at: number[] } | undefined {
  const counted = lower[whAt] === 'how' && lower[whAt + 1] === 'many' ? (lower[whAt + 2] ?? '') : '';
  const currency = UNITS.has(counted) ? undefined : CURRENCIES.get(counted);
  if (currency) return { currency, at: [whAt + 2] };
  for (let i = 0; i < lower.length - 1; i++) {
    if (lower[i] !== 'in') continue;
    // "in dollars", and with a word between: "in US dollars", "in actual dollars", "in real terms" is none.
    const at = CURRENCIES.has(lower[i + 1] ?? '') ? i + 1 : i + 2;
    const named = CURRENCIES.get(lower[at] ?? '');
    if (named) return { currency: named, at: at === i + 1 ? [at] : [i + 1, at] };
  }
  return undefined;
}

/**
 * The currency of an amount of money, by a name or sign in its text ("R$5m", "150,000 pesos", "£4m"), or a
 * country's own sign before it ("MK126,000" is no sum in dollars; "BZ$40" is).
 */
export function currencyOf(mention: Mention): string | undefined {
  const named = firstKnown(CURRENCIES, mention.text.toLowerCase().split(/[^\p{L}$£€¥₹₽]+/u));
  const sign = named ? undefined : signOf(mention.text);
  return named ?? (sign?.includes('$') ? 'dollar' : sign);
}

/** The dimension "how <adjective>" asks the measure of, from the question's lower-cased words. */
export function askedDimension(lower: readonly string[], whAt: number): string | undefined {
  return lower[whAt] === 'how' ? MEASURED_BY.get(lower[whAt + 1] ?? '') : undefined;
}

/** The dimension of a measure, by the first word of its text that is a known unit ("8C", "118 km/h"). */
export function dimensionOf(mention: Mention): string | undefined {
  return firstKnown(UNITS, mention.text.toLowerCase().split(/[\s\d.,\-–]+/));
}

/** What the first of `words` that `known` holds stands for. */
function firstKnown(known: ReadonlyMap<string, string>, words: readonly string[]): string | undefined {
  for (const word of words) {
    const value = known.get(word);
    if (value !== undefined) return value;
  }
  return undefined;
}

/**
 * Whether a mention may answer the question: not a measure of another dimension, a sum in another currency than the
 * one named, a length of time from a point for an amount, nor a body for a person's role.
 */
export function fitsAsked(frame: Frame, mention: Mention): boolean {
  if (BODIES.has(mention.type) && asksByRole(frame)) return false;
  // "How old is the foundry?": a year it was built in, not the day a sentence about it tells of (`thing-age.ts`).
  if (frame.asks === 'age' && mention.type === 'date' && !datesAThing(mention)) return false;
  // "Since 2022", "until 31 August": a length of time from or to a point says how long, never how much or how many
  // ("how big is the fine?"). Held out as conversations +1 right, +1 refused; nothing lost.
  if (mention.type === 'duration' && frame.asks !== 'duration' && FROM_A_POINT.test(mention.text)) return false;
  // "How much is that in dollars?": a sum in pounds is no answer; one whose currency is not written may be.
  if (frame.currency && mention.type === 'money') {
    const currency = currencyOf(mention);
    if (currency !== undefined && currency !== frame.currency) return false;
  }
  if (!frame.dimension || mention.type !== 'measure') return true;
  const dimension = dimensionOf(mention);
  return dimension === undefined || dimension === frame.dimension;
}

/**
 * Nouns of what a person is ("researcher", "chief exec"; the lexicon's `personRoles`, keyed as the frame's terms
 * are). As conversations, held out +1 right, +4 unanswerable refused; nothing lost.
 */
const PERSON_ROLES = new Set((GENERAL_LEXICON.personRoles ?? []).map(termKey));
/** The words that open a length of time at a point. */
const FROM_A_POINT = /^(?:since|until|till|from)\b/i;
/** Mention types that name a body, not a person. */
const BODIES = new Set<string>(['organisation', 'group']);

/** Whether a "who" question names the person it asks by their role ("who's the trust's chief exec?"). */
export function asksByRole(frame: Pick<Frame, 'asks' | 'terms'>): boolean {
  return frame.asks === 'person' && frame.terms.some((t) => PERSON_ROLES.has(t.key));
}

/** Words of degree after "how" that ask the size of whatever the question measures. */
const DEGREES = new Set(['high', 'low', 'big', 'large', 'small', 'far']);
/** The kinds of answer a measured noun may ask in place of the measure: a price is a sum, a share a percentage. */
export const AMOUNT_TYPES = new Set(['money', 'percent']);

/** "How high did prices go?", "how big was the share?": the noun whose size is asked, after the word of degree. */
export function degreeNoun(tokens: readonly Token[], lower: readonly string[], whAt: number): Token | undefined {
  return lower[whAt] === 'how' && DEGREES.has(lower[whAt + 1] ?? '') ? headNoun(tokens, whAt + 2) : undefined;
}

/** The last noun of the first run of nouns from `from` on ("power prices" → prices, "a pay rise" → rise). */
function headNoun(tokens: readonly Token[], from: number): Token | undefined {
  const start = tokens.findIndex((t, at) => at >= from && t.pos === 'NOUN');
  if (start < 0) return undefined;
  let i = start;
  while (tokens[i + 1]?.pos === 'NOUN') i++;
  // "how far did the shares fall": after "did", the run's last word ends the question as its verb.
  const done = tokens.slice(i + 1).every((t) => t.pos === 'PUNCT');
  if (done && i > start && tokens.slice(from, start).some((t) => t.pos === 'AUX')) i--;
  return tokens[i];
}
