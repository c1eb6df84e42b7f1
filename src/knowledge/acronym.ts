/**
 * The initials a name is often written as: "Natural Environment Research Council" → NERC,
 * "Driver and Vehicle Licensing Agency" → DVLA. A question may use them where the article
 * only spells the name out ("how much was the NERC grant").
 */

/** Small words a name's initials leave out. */
const GLUE = new Set(['of', 'and', 'for', 'the', 'on', 'in', 'at', 'to', 'de', '&']);

/** The name's initials in lower case, or undefined when it has fewer than three capitalised words. */
export function acronymOf(name: string): string | undefined {
  const words = name.split(/[\s-]+/).filter((w) => w && !GLUE.has(w.toLowerCase()));
  if (words.length < 3 || !words.every((w) => /^\p{Lu}/u.test(w))) return undefined;
  return words.map((w) => w[0]!.toLowerCase()).join('');
}

/**
 * Every set of initials the name goes by: its own, and those of the name before a closing "of" and one
 * word, where a place usually stands ("Public Utility Commission of Texas" is the PUCT and the PUC).
 */
export function acronymsOf(name: string): string[] {
  const before = /^(.+?)\s+of\s+\S+$/.exec(name)?.[1];
  return [acronymOf(name), before && acronymOf(before)].filter((a): a is string => !!a);
}
