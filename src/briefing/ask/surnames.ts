/**
 * A person named in full once is named by surname after: "Harper Lee" opens the story, and "Lee modeled the
 * character of Dill on her childhood friend" names her too. The pack cannot tie "Lee" to her when the story
 * has several Lees (her father, her sister), but the question can: asked of "Harper Lee", a sentence that
 * writes "Lee" on its own, or after a word of the question's name, names the person the question names.
 * Only people the pack knows in full, and only their surname: "York" alone does not name New York.
 */
import { foldKey, type Reading } from '../../knowledge/reading.ts';
import type { Frame } from './frame.ts';
import { personNames, withoutTitles } from './written-names.ts';

/** No word: what nearly every candidate gets, one set for all (a set each is garbage in the answer's hot path). */
const NONE: ReadonlySet<string> = new Set();

/** The folded words of the question's people that the sentence names by their surname alone. */
export function namedBySurname(frame: Frame, reading: Reading): ReadonlySet<string> {
  if (!frame.names.some((n) => n.includes(' '))) return NONE;
  // Only a name whose last word the sentence holds as a key and writes capitalised, and not all its words, is read
  // further: most candidates hold none, and one that holds the whole name needs no surname.
  const holds = (word: string) => reading.terms.includes(word);
  const names = frame.names
    .map(withoutTitles)
    .filter((n) => n.includes(' ') && holds(lastWord(n)) && !n.split(' ').every(holds))
    .filter((n) => reading.sentence.text.includes(capitalised(lastWord(n))));
  if (names.length === 0) return NONE;
  const people = personNames(reading.pack);
  const found = new Set<string>();
  for (const name of names.filter((n) => people.includes(n))) {
    const words = name.split(' ');
    const others = people.filter((p) => p !== name);
    if (writesSurname(reading.sentence.text, words, others)) for (const w of words.slice(0, -1)) found.add(w);
  }
  return found;
}

const lastWord = (name: string) => name.slice(name.lastIndexOf(' ') + 1);
const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * Whether the sentence writes the name's last word, capitalised, and not as the end of another of the story's
 * people's names: "Alice Lee" and "Amasa Coleman Lee" are other Lees; "Lee's father", "When Lee wrote" and
 * "Harper Lee" name the one asked about.
 */
function writesSurname(text: string, words: readonly string[], people: readonly string[]): boolean {
  const surname = words[words.length - 1]!;
  const others = people.filter((p) => p.endsWith(` ${surname}`));
  const tokens = text.match(/[\p{L}\p{N}'’.-]+/gu) ?? [];
  return tokens.some((token, i) => {
    if (!/^\p{Lu}/u.test(token) || foldKey(token.replace(/['’]s$/, '')) !== surname) return false;
    const before = foldKey(tokens[i - 1] ?? '');
    return !others.some((p) => ` ${p}`.endsWith(` ${before} ${surname}`)) || words.includes(before);
  });
}
