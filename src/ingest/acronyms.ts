/**
 * Acronyms an article defines, as in "Northmoor Fire and Rescue Service (NFRS)". The letters
 * in brackets say that an "and" between two capitalised runs belongs to one name, which
 * capitalisation alone cannot ("Holmby, Farrow Bridge and Upper Skelton" are three names).
 * The test is Schwartz and Hearst's (2003), `abbreviates`.
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

/**
 * Whether an acronym can stand for a name, by Schwartz and Hearst's (2003) test: its letters are found in the name
 * in order, read from the end, and its first letter starts the name's first word. Initials alone miss the many
 * acronyms that skip a word or take two letters of one: "CMAA" for "Cambodian Mine Action and Victim Assistance
 * Authority", "UKHSA" for "UK Health Security Agency", "VICOFA" for "Vietnam Coffee and Cocoa Association".
 * The name may have at most twice the acronym's letters in words (their limit), so a long run is no definition.
 */
export function abbreviates(name: string, acronym: string): boolean {
  const words = name.split(/\s+/).filter((w) => w && !SKIPPED.has(w.toLowerCase()));
  const letters = acronym.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  if (letters.length < 2 || words.length > Math.min(letters.length + 5, letters.length * 2)) return false;
  const long = name.replace(/^(?:(?:the|of|for|and)\s+)+/i, '').toLowerCase();
  let at = long.length - 1;
  for (let i = letters.length - 1; i >= 0; i--) {
    // The first letter must start the name; the others may stand anywhere in its words.
    while (at >= 0 && (long[at] !== letters[i] || (i === 0 && at > 0))) at--;
    if (at < 0) return false;
    at--;
  }
  return true;
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
 * follows and abbreviates the joined name; other runs are left as they are.
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
    if (acronym && abbreviates(text.slice(first[0]!.start, second.at(-1)!.end), acronym)) out.splice(i - 1, 2, joined);
  }
  return out;
}
