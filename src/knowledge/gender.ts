/**
 * Whether a person the article names is a man or a woman, so that "she" stands for a woman and "he" for a man: in the
 * article ('…, Dr Paul Okello said. "One year is a promising start," she said' is not Okello speaking) and in a
 * follow-up ("how old is she?" after an answer naming a man and a woman). A title the article gives them ("Mrs
 * Oldroyd") tells first; else their first name, through the first-name lists of `gender-detection-from-name`. Most
 * names the lists lack ("Bryndís", "Lakpa") tell nothing, and nothing is then ruled out.
 */
import { getGender } from 'gender-detection-from-name';
import { GENERAL_LEXICON } from './lexicon/lexicon.ts';

export type Gender = 'male' | 'female';

const TITLES = new Map<string, Gender>(
  Object.entries({
    mr: 'male',
    mister: 'male',
    sir: 'male',
    lord: 'male',
    monsieur: 'male',
    mrs: 'female',
    ms: 'female',
    miss: 'female',
    dame: 'female',
    lady: 'female',
    madame: 'female',
    mme: 'female',
  }),
);

/** Titles written before a name (the lexicon's `nameTitles`: "Dr", "Prof", "Rev"), gendered or not. */
const TITLED = new Set([...(GENERAL_LEXICON.nameTitles ?? []), ...TITLES.keys()]);

const PRONOUNS = new Map<string, Gender>(
  Object.entries({ he: 'male', him: 'male', his: 'male', she: 'female', her: 'female', hers: 'female' }),
);

/** The gender a pronoun says ("she": female); none for "they", "it" or any other word. */
export function pronounGender(word: string): Gender | undefined {
  return PRONOUNS.get(word.toLowerCase());
}

/** Whether a person of `gender` can be what `pronoun` stands for: not when both are known and differ. */
export function agrees(pronoun: string, gender: Gender | undefined): boolean {
  const said = pronounGender(pronoun);
  return !said || !gender || said === gender;
}

/**
 * The gender of the person called `name` in `text` (the article): from a title before their last name
 * ("Mrs Oldroyd", "Mr Kim Do-hyun"), or else from their first name.
 */
export function personGender(name: string, text: string): Gender | undefined {
  const words = name.split(/\s+/).filter(Boolean);
  // "Mr Kim Do-hyun", "Dr Paul Okello": a title written with the name tells, or is passed over.
  while (words.length > 1 && TITLED.has(words[0]!.toLowerCase().replace(/\.$/, ''))) {
    const told = TITLES.get(words.shift()!.toLowerCase().replace(/\.$/, ''));
    if (told) return told;
  }
  const last = words.at(-1);
  if (!last) return undefined;
  const titled = new RegExp(String.raw`\b(${[...TITLES.keys()].join('|')})\.?((?:\s+\p{Lu}[\p{L}'’-]*){1,4})`, 'giu');
  for (const m of text.matchAll(titled)) {
    const named = m[2]!
      .trim()
      .split(/\s+/)
      .map((w) => w.replace(/['’]s$/, ''));
    if (named.includes(last)) return TITLES.get(m[1]!.toLowerCase());
  }
  const first = getGender(words[0]!.split('-')[0]!);
  return first === 'unknown' ? undefined : first;
}
