/**
 * Mentions the model leaves untyped, read from the tokens around its spans (part of stage 1,
 * "read once"): clock times ("restored at 15:51"), seasons ("by the spring"), decades ("in
 * the 1050s"), centuries ("in the 10th and 11th centuries"), shares written as fractions
 * ("fallen by a third", "almost half of the site", "two-thirds"), measures ("about 15
 * metres", "a 6.5km pipeline", "24C") and, apart, the ages news writes ("Marchetti, 71,").
 */
import { GENERAL_LEXICON } from './lexicon/lexicon.ts';
import type { Token } from './nlp.ts';
import { foldKey, spanText, type Mention } from './reading.ts';

/** The mentions of these kinds that no mention in `typed` already covers. */
export function untypedMentions(tokens: readonly Token[], typed: readonly Mention[]): Mention[] {
  const out = [...clockTimes(tokens, typed)];
  const free = (start: number, end: number) =>
    ![...typed, ...out].some((m) => !COUNTED.has(m.type) && m.start <= end && m.end >= start);
  const push = (type: Mention['type'], start: number, end: number) => {
    if (!free(start, end)) return;
    const text = spanText(tokens, start, end).replace(/ - /g, '-').replace(/ ,/g, ',');
    out.push({ type, text, key: foldKey(text), start, end });
  };
  for (const [start, end] of scores(tokens)) push('score', start, end);
  tokens.forEach((t, i) => {
    const word = t.text.toLowerCase();
    const before = tokens[i - 1]?.text.toLowerCase() ?? '';
    if (SEASONS.has(word) && SEASON_LEAD.has(before)) push('date', i - 1, i);
    else if (DECADE.test(word)) push('date', i, i);
    else if (/^centur(?:y|ies)$/.test(word)) {
      const start = centuryStart(tokens, i);
      if (start !== undefined) push('date', start, i);
    } else if ((MEASURE_UNITS.has(word) || DEGREES.test(t.text)) && countBefore(tokens, i) !== undefined) {
      const at = countBefore(tokens, i)!;
      // "about 15 metres": the count's own mention says where it starts.
      const count = typed.find((m) => m.type === 'number' && m.end === at);
      push('measure', count?.start ?? at, i);
    } else if (FRACTIONS.has(word.replace(/s$/, '')) && word !== 'seconds') {
      const start = fractionStart(tokens, i);
      if (start !== undefined) push('percent', start, i);
    }
  });
  return out;
}

/** A score as one token: two counts of up to three digits joined by a dash ("3-2", "27–19"). */
const SCORE = /^\d{1,3}[-–]\d{1,3}$/;

/**
 * Scores as sport and votes write them, "3-2", "27-19", and a tennis match's sets in a row, "4-6,
 * 7-6, 7-5": token spans [start, end]. A range before a noun ("10-15 people", "20-30 minutes") is
 * no score.
 */
function scores(tokens: readonly Token[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!SCORE.test(tokens[i]!.text)) continue;
    let end = i;
    while (tokens[end + 1]?.text === ',' && SCORE.test(tokens[end + 2]?.text ?? '')) end += 2;
    const next = tokens[end + 1];
    if (next?.pos !== 'NOUN' && next?.pos !== 'PROPN' && next?.text !== '%') out.push([i, end]);
    i = end;
  }
  return out;
}

/** Mentions that a longer one may hold: the count of "two-thirds", the ordinals of "the 10th and 11th centuries". */
const COUNTED = new Set<Mention['type']>(['ordinal', 'number']);

/** A clock time as written: "15:51", "06:42", "7.15", with "pm" or "a.m." after it or not. */
const CLOCK = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/;
/** A time to the second, as a race's is written ("won in 2:07:41"): asked as "the winning time". */
const STOPWATCH = /^\d{1,2}:[0-5]\d:[0-5]\d(?:\.\d+)?$/;
const MERIDIEM = /^(?:[ap]\.?m\.?)$/i;

/** Clock times the model leaves untyped ("restored at 15:51"), a time mention each. */
function clockTimes(tokens: readonly Token[], typed: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  tokens.forEach((t, i) => {
    if (typed.some((m) => m.type === 'time' && m.start <= i && m.end >= i)) return;
    if (STOPWATCH.test(t.text)) {
      out.push({ type: 'time', text: t.text, key: foldKey(t.text), start: i, end: i });
      return;
    }
    if (!CLOCK.test(t.text)) return;
    // A bare "7.15" is a time only with "pm" after it or "at" before it: otherwise it may be a number.
    const meridiem = MERIDIEM.test(tokens[i + 1]?.text ?? '');
    if (!meridiem && !t.text.includes(':') && tokens[i - 1]?.text.toLowerCase() !== 'at') return;
    const end = meridiem ? i + 1 : i;
    const text = spanText(tokens, i, end);
    out.push({ type: 'time', text, key: foldKey(text), start: i, end });
  });
  return out;
}

const SEASONS = new Set(['spring', 'summer', 'autumn', 'fall', 'winter']);
const SEASON_LEAD = new Set(['the', 'this', 'next', 'last', 'early', 'late', 'mid']);
/** "1050s", "1990s", "'60s": a decade (the model types some and not others). */
const DECADE = /^(?:1\d|20)\d0s$|^['’]\d0s$/;

/** Ordinals as words and figures: "11th", "twelfth", "21st". */
const ORDINAL_WORDS = new Set(
  ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth']
    .concat(['eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth'])
    .concat(['eighteenth', 'nineteenth', 'twentieth', 'twenty-first']),
);
export const isOrdinal = (word: string) => /^\d+(?:st|nd|rd|th)$/.test(word) || ORDINAL_WORDS.has(word);
/** Words between the ordinals of a century phrase: "the 10th and 11th centuries", "the early 12th century". */
const CENTURY_GLUE = new Set(['and', 'or', ',', '-', 'to', 'early', 'late', 'mid', 'mid-', 'the']);

/** Where "… century" starts: its first ordinal, when an ordinal comes before it. */
function centuryStart(tokens: readonly Token[], at: number): number | undefined {
  let start: number | undefined;
  for (let j = at - 1; j >= 0 && j >= at - 6; j--) {
    const word = tokens[j]!.text.toLowerCase();
    if (isOrdinal(word)) start = j;
    else if (!CENTURY_GLUE.has(word) || word === 'the') break;
  }
  return start;
}

/** Words that only qualify a unit ("square", "cubic") or that a sum or a name writes too ("pounds", a lone "c"). */
const NOT_ALONE = new Set(['square', 'cubic', 'nautical', 'pound', 'pounds', 'stone', 'c', 'f', '°', '°c', '°f']);

/**
 * Units of length, area, volume, weight, speed, temperature, power and loudness (the lexicon's `units`; it lists
 * no lengths of time, which the model types): a number before one is a measure.
 */
export const MEASURE_UNITS = new Set(
  Object.values(GENERAL_LEXICON.units ?? {})
    .flat()
    .filter((w) => !NOT_ALONE.has(w)),
);

/** Where the number before a unit is: right before it ("15 metres") or before a hyphen ("eight-mile"). */
function countBefore(tokens: readonly Token[], unit: number): number | undefined {
  if (tokens[unit - 1]?.pos === 'NUM') return unit - 1;
  return tokens[unit - 1]?.text === '-' && tokens[unit - 2]?.pos === 'NUM' ? unit - 2 : undefined;
}

/** A temperature's scale after its figure ("24C", "33.1 °C"), as written: a lone capital is otherwise a name. */
const DEGREES = /^°?[CF]$/;

/** Fractions that say a share of something: "a third", "three quarters", "half". */
const FRACTIONS = new Set(['half', 'halve', 'third', 'quarter', 'fifth', 'sixth', 'eighth', 'tenth']);
/** Words of degree before a share: "almost half", "by a third", "more than a quarter". */
const SHARE_LEAD = new Set(['almost', 'nearly', 'about', 'around', 'roughly', 'over', 'under', 'than', 'by', 'just']);
const COUNTS = new Set(['a', 'one', 'two', 'three', 'four', 'five', 'seven', 'nine']);

/**
 * Where a share starts: "a third", "two-thirds", "three quarters" (a count before the
 * fraction), or "half" after a word of degree or before "of"; and no noun after it, which
 * makes it an ordinal ("a third time", "the second half of the season").
 */
function fractionStart(tokens: readonly Token[], at: number): number | undefined {
  const word = (i: number) => tokens[i]?.text.toLowerCase() ?? '';
  const next = tokens[at + 1];
  if (next && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.text === '-')) return undefined;
  let start = at - 1;
  if (word(start) === '-') start--;
  if (COUNTS.has(word(start)) || /^\d$/.test(word(start))) return start;
  if (!word(at).startsWith('half')) return undefined;
  if (SHARE_LEAD.has(word(at - 1))) return at;
  return word(at + 1) === 'of' && !['the', 'a', 'first', 'second'].includes(word(at - 1)) ? at : undefined;
}

/**
 * A number that is someone's or something's age, in the ways news writes ages: "Marchetti,
 * 71, said", "a 19-year-old winger", "45 years old", "died aged 88". Returns the age's text.
 */
export function ageAt(tokens: readonly Token[], start: number, end: number): string | undefined {
  const number = tokens[start]!.text;
  const word = (i: number) => tokens[i]?.text.toLowerCase() ?? '';
  // "two children, aged nine and 12", "aged between 78 and 96": after "aged", a count in words too.
  const aged = agedBefore(tokens, start);
  if (aged && (SMALL_COUNTS.has(number.toLowerCase()) || /^\d{1,3}$/.test(number))) return spanText(tokens, start, end);
  // "Name, 71," and "Alfie Dunwell, eight, who …": a number set off by commas right after a name.
  const closes = [',', ';', '.', ')'].includes(word(end + 1));
  const apposed = word(start - 1) === ',' && tokens[start - 2]?.pos === 'PROPN' && closes;
  // In words, only after a full name ("In Paris, two, three or four …" is no age).
  const fullName = tokens[start - 3]?.pos === 'PROPN';
  if (apposed && fullName && start === end && SMALL_COUNTS.has(number.toLowerCase())) return number;
  if (!/^\d{1,3}$/.test(number) || Number(number) > 150) return undefined;
  // "Sandhu, who is 55 and has lived …", "she was 34": a bare number after a person's "is" or "was".
  const be = ['is', 'was', 'turned', 'turns'].includes(word(start - 1));
  const person = ['who', 'he', 'she'].includes(word(start - 2)) || tokens[start - 2]?.pos === 'PROPN';
  if (be && person && start === end && !['NOUN', 'PROPN'].includes(tokens[end + 1]?.pos ?? '')) return number;
  // "45 years old" (one duration span) and "19-year-old" (the number, then "- year - old").
  const after = [0, 1, 2, 3, 4].map((k) => word(end + k).replace(/s$/, ''));
  const yearOld = (at: number) => after[at] === 'year' && after[at + 1] === 'old';
  if (yearOld(0) || yearOld(1) || (after[1] === '-' && after[2] === 'year' && after[4] === 'old')) return number;
  return apposed ? number : undefined;
}

/** Words that may stand between "aged" and an age: "aged between 78 and 96", "aged nine or 10". */
const AGED_GLUE = new Set(['between', 'from', 'over', 'under', 'and', 'or', 'to', ',']);

/** Whether "aged" stands before `start`, with only other ages and `AGED_GLUE` between. */
function agedBefore(tokens: readonly Token[], start: number): boolean {
  for (let i = start - 1; i >= Math.max(0, start - 5); i--) {
    const word = tokens[i]!.text.toLowerCase();
    if (word === 'aged') return true;
    if (!AGED_GLUE.has(word) && !SMALL_COUNTS.has(word) && !/^\d{1,3}$/.test(word)) return false;
  }
  return false;
}

/** Counts in words that an age after "aged" may be written in: the lexicon's number words up to twenty. */
const SMALL_COUNTS = new Set(
  Object.entries(GENERAL_LEXICON.numbers ?? {})
    .filter(([, value]) => value >= 1 && value <= 20)
    .map(([word]) => word),
);

/** The decades of a life, as news writes an age it does not know exactly ("in her late twenties"). */
const LIFE_DECADES =
  /^(?:(?:early|mid|late)-)?(?:teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)$/;

/**
 * Whether a span the model dates is an age: "her late twenties", "his mid-forties" (a decade of
 * someone's life after "her", "his" or "their"), not the 1920s.
 */
export function lifeDecade(tokens: readonly Token[], start: number, end: number): boolean {
  const words = tokens.slice(start, end + 1).map((t) => t.text.toLowerCase());
  const owner = ['her', 'his', 'their'].includes(tokens[start - 1]?.text.toLowerCase() ?? '');
  const early = words.slice(0, -1).every((w) => ['early', 'mid', 'late', '-'].includes(w));
  return owner && early && LIFE_DECADES.test(words.at(-1)!);
}
