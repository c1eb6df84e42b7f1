/**
 * The initials a name is often written as: "Natural Environment Research Council" → NERC,
 * "Driver and Vehicle Licensing Agency" → DVLA. A question may use them where the article
 * only spells the name out ("how much was the NERC grant").
 */

/** Small words a name's initials leave out. */
const GLUE = new Set(['of', 'and', 'for', 'the', 'on', 'in', 'at', 'to', 'de', '&']);

/**
 * The name's initials in lower case, or undefined when it has fewer than three capitalised words, or two
 * with nothing between them: the European Union is the EU, but the University of Stellbridge no "US".
 */
export function acronymOf(name: string): string | undefined {
  const all = name.split(/[\s-]+/).filter((w) => w);
  const words = all.filter((w) => !GLUE.has(w.toLowerCase()));
  const enough = words.length >= 3 || (words.length === 2 && all.length === 2);
  if (!enough || !words.every((w) => /^\p{Lu}/u.test(w))) return undefined;
  return words.map((w) => w[0]!.toLowerCase()).join('');
}

/**
 * Every set of initials the name goes by: its own, and those of the name before a closing "of" and one
 * word, where a place usually stands ("Public Utility Commission of Texas" is the PUCT and the PUC).
 */
export function acronymsOf(name: string): string[] {
  const before = /^(.+?)\s+of\s+\S+$/.exec(name)?.[1];
  // Two words before "of" make no initials of their own: the FBI is never the "FB".
  const own = before && before.split(/[\s-]+/).length >= 3 ? acronymOf(before) : undefined;
  return [acronymOf(name), own].filter((a): a is string => !!a);
}
