/**
 * What a measure measures. "How heavy was the jar?" asks a weight, and "about 30 kilometres" is a measure
 * that answers no such question; "how far" asks a length, "how hot" a temperature. The units and what each
 * "how" asks are data (the lexicon's `units` and `measuredBy`); a measure whose unit the lexicon does not
 * know may answer any of them.
 */
import { GENERAL_LEXICON } from '../../knowledge/lexicon/lexicon.ts';
import type { Mention } from '../../knowledge/reading.ts';

const UNITS = new Map(
  Object.entries(GENERAL_LEXICON.units ?? {}).flatMap(([dimension, words]) => words.map((w) => [w, dimension])),
);
const MEASURED_BY = new Map(Object.entries(GENERAL_LEXICON.measuredBy ?? {}));

/** The dimension "how <adjective>" asks the measure of, from the question's lower-cased words. */
export function askedDimension(lower: readonly string[], whAt: number): string | undefined {
  return lower[whAt] === 'how' ? MEASURED_BY.get(lower[whAt + 1] ?? '') : undefined;
}

/** The dimension of a measure, by the first word of its text that is a known unit ("8C", "118 km/h"). */
export function dimensionOf(mention: Mention): string | undefined {
  const words = mention.text.toLowerCase().split(/[\s\d.,\-–]+/);
  for (const word of words) {
    const dimension = UNITS.get(word);
    if (dimension) return dimension;
  }
  return undefined;
}

/** Whether a mention may answer a question asking this dimension: any mention but a measure of another. */
export function fitsDimension(asked: string | undefined, mention: Mention): boolean {
  if (!asked || mention.type !== 'measure') return true;
  const dimension = dimensionOf(mention);
  return dimension === undefined || dimension === asked;
}
