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
