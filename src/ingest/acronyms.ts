/**
 * Acronyms an article defines, as in "Northmoor Fire and Rescue Service (NFRS)". The letters
 * in brackets say that an "and" between two capitalised runs belongs to one name, which
 * capitalisation alone cannot ("Holmby, Farrow Bridge and Upper Skelton" are three names).
 * The test is Schwartz and Hearst's (2003): a definition's words start with the acronym's
 * letters, small joining words aside.
 */

/** Words a name's initials leave out ("Department for Education": DfE, DE). */
const SKIPPED = new Set(['of', 'the', 'for', 'and', '&']);

/** "nfrs" for "Northmoor Fire and Rescue Service", lower case. */
export function initials(words: readonly string[]): string {
  return words
    .filter((w) => w && !SKIPPED.has(w.toLowerCase()))
    .map((w) => w[0]!.toLowerCase())
    .join('');
}

interface Token {
  text: string;
  start: number;
  end: number;
}

/** An upper-case acronym in brackets right after a name: "(NFRS)". */
const DEFINED = /^\s*\((\p{Lu}{2,8})\)/u;

/**
 * Joins runs of capitalised words that an "and" or "&" parts when an acronym in brackets
 * follows and its letters are the joined name's initials; other runs are left as they are.
 */
export function joinDefinedAcronyms<T extends Token>(runs: readonly T[][], tokens: readonly T[], text: string): T[][] {
  const out = [...runs];
  for (let i = out.length - 1; i >= 1; i--) {
    const first = out[i - 1]!;
    const second = out[i]!;
    const and = tokens.find((t) => t.start >= first.at(-1)!.end && t.end <= second[0]!.start);
    if (!and || !/^(?:and|&)$/.test(and.text) || !/^\s+$/.test(text.slice(first.at(-1)!.end, and.start))) continue;
    if (!/^\s+$/.test(text.slice(and.end, second[0]!.start))) continue;
    const acronym = DEFINED.exec(text.slice(second.at(-1)!.end))?.[1];
    const joined = [...first, and, ...second];
    if (acronym && initials(joined.map((t) => t.text)) === acronym.toLowerCase()) out.splice(i - 1, 2, joined);
  }
  return out;
}
