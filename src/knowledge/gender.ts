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

/** The names an article writes after a gendered title, by word ("Oldroyd" → female for "Mrs Oldroyd"). */
export type Titled = ReadonlyMap<string, Gender>;

const TITLED_NAME = new RegExp(
  String.raw`\b(${[...TITLES.keys()].join('|')})\.?((?:\s+\p{Lu}[\p{L}'’-]*){1,4})`,
  'giu',
);

/** The article's titled names, read once per article: each word of a name after "Mr", "Mrs", "Ms" …. */
export function titledNames(text: string): Titled {
  const titled = new Map<string, Gender>();
  for (const m of text.matchAll(TITLED_NAME)) {
    const gender = TITLES.get(m[1]!.toLowerCase())!;
    for (const word of m[2]!.trim().split(/\s+/)) titled.set(word.replace(/['’]s$/, ''), gender);
  }
  return titled;
}

/**
 * The gender of the person called `name` in an article (its `titledNames`): from a title before their last name
 * ("Mrs Oldroyd", "Mr Kim Do-hyun"), or else from their first name.
 */
export function personGender(name: string, titled: Titled): Gender | undefined {
  const words = name.split(/\s+/).filter(Boolean);
  // "Mr Kim Do-hyun", "Dr Paul Okello": a title written with the name tells, or is passed over.
  while (words.length > 1 && TITLED.has(words[0]!.toLowerCase().replace(/\.$/, ''))) {
    const told = TITLES.get(words.shift()!.toLowerCase().replace(/\.$/, ''));
    if (told) return told;
  }
  const last = words.at(-1);
  if (!last) return undefined;
  const told = titled.get(last);
  if (told) return told;
  const first = getGender(words[0]!.split('-')[0]!);
  return first === 'unknown' ? undefined : first;
}
