/**
 * The whole of the answer a chosen mention is part of, as the sentence writes it, for the card's bold and headline.
 * The language model splits what a reader takes as one answer: a weekday from its date ("Wednesday" and "3
 * February"), a clock time from its day ("7.15pm on Saturday"), the names of a list ("Seville, Naples and Athens",
 * "Graham and Susan Pettifer"), and it types a number apart from the unit it counts ("4.1" in "4.1C") and from the
 * words that say it is not exact ("less than £2"). Bolding "Wednesday" or "Seville" alone tells the reader less than
 * the sentence says, or something else, and "£2" says what "less than £2" does not.
 */
import { escapeRegExp } from '../../core/regexp.ts';
import { foldKey, type Mention, type Reading } from '../../knowledge/reading.ts';

/** Amounts: a number inside one of these is shown with its unit ("4.1" → "4.1C", "five" → "five metres"). */
const AMOUNTS = new Set(['money', 'percent', 'duration', 'measure', 'age']);
/** What may stand between a day and its date or a time and its day: nothing, a comma, "on". */
const DAY_GLUE = String.raw`\s*,?\s*(?:on\s+)?`;
/** What joins the names of a list: a comma, "and", "or" (an Oxford comma too). */
const LIST_GLUE = String.raw`\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s*&\s*)`;
/**
 * What joins two numbers into one answer: a part of a whole ("14 of its 96 stores", "46 of the group's 190 jobs"),
 * a share ("one in five", "nine out of ten") or a range or result ("four to 11", "seven to four").
 */
const NUMBER_GLUE =
  String.raw`\s+(?:of\s+(?:its|their|his|her|our|the|(?:the\s+)?[\p{L}-]+['’]s?)` + String.raw`|out\s+of|in|to)\s+`;
/** Mention types a list joins: names, not amounts ("27 votes to 19" is a result, not a list). */
const LISTED = new Set(['person', 'place', 'organisation', 'group', 'name']);
/** Dates and times, which join each other across `DAY_GLUE`. */
const WHEN = new Set(['date', 'time']);

/** Words that say an amount is not exact, which the answer keeps ("nearly four hours"). */
const HEDGE = new RegExp(
  String.raw`\b(?:about|around|nearly|almost|roughly|approximately|more than|less than|fewer than|up to|` +
    String.raw`at least|at most|over|under|some)\s+$`,
  'i',
);
/** Mention types that are amounts, which a hedge before them qualifies. */
const HEDGED = new Set(['number', 'money', 'percent', 'duration', 'measure']);

/** The chosen mention grown to the whole answer it is part of (itself when it stands alone). */
export function wholeAnswer(reading: Reading, chosen: Mention): Mention {
  let span = withUnit(reading, chosen);
  for (let grown = joined(reading, span); grown; grown = joined(reading, span)) span = grown;
  return hedged(reading, span);
}

/**
 * An amount with the hedge the sentence writes before it: "lasted nearly four hours" answers "Nearly four hours",
 * not "four hours", which the sentence does not say.
 */
function hedged(reading: Reading, span: Mention): Mention {
  if (!HEDGED.has(span.type)) return span;
  const written = writtenIn(reading.sentence.text, span.text);
  const hedge =
    written && written.index > 0 ? HEDGE.exec(reading.sentence.text.slice(0, written.index))?.[0] : undefined;
  if (!written || !hedge || written[0].toLowerCase().startsWith(hedge.trim().toLowerCase())) return span;
  const text = `${hedge}${written[0]}`;
  return { ...span, text, key: foldKey(text), start: Math.max(0, span.start - hedge.trim().split(/\s+/).length) };
}

/**
 * A number with the amount that holds it and its unit: the longest amount mention covering it. Only a bare number
 * grows: a date inside a span of time is the answer as it is ("2019", not "since 2019").
 */
function withUnit(reading: Reading, chosen: Mention): Mention {
  if (chosen.type !== 'number') return chosen;
  const width = (m: Mention) => m.end - m.start;
  const holding = reading.mentions.filter(
    (m) => AMOUNTS.has(m.type) && m.start <= chosen.start && m.end >= chosen.end && width(m) > width(chosen),
  );
  const amount = holding.sort((a, b) => width(b) - width(a))[0];
  const text = amount && writtenIn(reading.sentence.text, amount.text)?.[0];
  return amount && text ? { ...chosen, text, key: foldKey(text), start: amount.start, end: amount.end } : chosen;
}

/** The span joined with the next or previous mention it runs into, if one does. */
function joined(reading: Reading, span: Mention): Mention | undefined {
  for (const m of reading.mentions) {
    if (m.end < span.start - 3 || m.start > span.end + 3 || (m.start >= span.start && m.end <= span.end)) continue;
    const glue = glueBetween(span, m);
    if (!glue) continue;
    const [first, second] = m.start > span.end ? [span, m] : [m, span];
    if (second.start <= first.end) continue;
    const text = writtenTogether(reading.sentence.text, first.text, second.text, glue);
    if (text) return { ...span, text, key: foldKey(text), start: first.start, end: second.end, entity: undefined };
  }
  return undefined;
}

/** The glue two mentions may be joined by, by their types, or none when they are not one answer. */
function glueBetween(span: Mention, m: Mention): string | undefined {
  if (WHEN.has(span.type) && WHEN.has(m.type)) return DAY_GLUE;
  if (LISTED.has(span.type) && m.type === span.type) return LIST_GLUE;
  if (span.type === 'number' && m.type === 'number') return NUMBER_GLUE;
  return undefined;
}

/** The two mentions and the glue between them as the sentence writes them, if it writes them so. */
function writtenTogether(sentence: string, first: string, second: string, glue: string): string | undefined {
  return new RegExp(`${writtenPattern(first)}${glue}${writtenPattern(second)}`, 'u').exec(sentence)?.[0];
}

/**
 * Where a text writes a mention, as it writes it: a mention's text is its tokens joined by spaces, and the model
 * splits tokens the sentence may write closer ("4.1 C" is "4.1C" there, "2.15 pm" is "2.15pm").
 */
export function writtenIn(text: string, mention: string): RegExpExecArray | null {
  return new RegExp(writtenPattern(mention), 'u').exec(text);
}

/** A mention's text as a pattern for it as a sentence writes it (`writtenIn`). */
function writtenPattern(text: string): string {
  return text
    .split(/\s+/)
    .map(escapeRegExp)
    .join(String.raw`\s*`);
}
