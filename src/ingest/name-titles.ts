/**
 * The words around names that are not names: titles and ranks before them ("Cllr",
 * "Detective Sergeant", "Secretary of State"), parties ("the Conservative …"), honours after
 * them ("KC"), the small words that join a name's parts ("of", "van"), and the words that
 * open sentences capitalised ("However"). `splitTitle` cuts a run of capitalised words into
 * its role and its name.
 */
import { isInstitutionWord, ORG_WORDS } from './roles.ts';

export const CONNECTORS = new Set(['of', 'the', 'for', 'de', 'du', 'del', 'da', 'von', 'van', 'bin', 'la', 'le', 'on']);
export const TITLES = [
  'Secretary of State',
  'Secretary-General',
  'Secretary General',
  'Prime Minister',
  'Foreign Minister',
  'Defence Minister',
  'Defense Minister',
  'Vice President',
  'Chief Executive',
  'President',
  'Minister',
  'Secretary',
  'Chancellor',
  'Senator',
  'Sen.',
  'Rep.',
  'Governor',
  'Mayor',
  'King',
  'Queen',
  'Prince',
  'Princess',
  'Pope',
  'General',
  'Gen.',
  'Colonel',
  'Col.',
  'Admiral',
  'Chairman',
  'Chairwoman',
  'Chair',
  'Director',
  'Ambassador',
  'Mr.',
  'Mrs.',
  'Ms.',
  'Dr.',
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Cllr',
  'Cllr.',
  'Sgt',
  'Sgt.',
  'Insp',
  'Insp.',
  'Supt',
  'Supt.',
  'Det',
  'Lt',
  'Lt.',
  'Capt',
  'Capt.',
  'Rev',
  'Rev.',
  'Gov.',
  'Inspector',
  'Chief Inspector',
  'Superintendent',
  'Sergeant',
  'Constable',
  'Detective',
  'Captain',
  'Lieutenant',
  'Sister',
  'Reverend',
  'Professor',
  'Prof.',
  'Judge',
  'Justice',
  'Commissioner',
  'Speaker',
  'Premier',
  'Sheikh',
  'Lord',
  'Lady',
  'Sir',
  'Dame',
  'Baroness',
  'Baron',
  'Spokesman',
  'Spokeswoman',
  'Leader',
  'Commander',
  'CEO',
  'PM',
  'FM',
  'MP',
  'MEP',
  'MSP',
  'Chief',
  'Councillor',
  'Councilor',
  'Councilman',
  'Councilwoman',
  'Bishop',
  'Archbishop',
  'Rabbi',
  'Imam',
  'Father',
];
/** Titles written with a full stop ("Sen.", "Gov."): the name after them is the same run. */
export const DOTTED = new Set(TITLES.filter((t) => t.endsWith('.')));
export const SENTENCE_OPENERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  'such',
  'one',
  'is',
  'are',
  'was',
  'it',
  'there',
  'yet',
  'prior',
  'high-level',
  'agreement',
  'meetings',
  'meanwhile',
  'however',
  'during',
  'as',
  'in',
  'on',
  'at',
  'to',
  'for',
  'from',
  'with',
  'after',
  'before',
  'while',
  'when',
  'if',
  'but',
  'and',
  'or',
  'so',
  'then',
  'also',
  'both',
  'many',
  'most',
  'some',
  'all',
  'no',
  'not',
  'last',
  'next',
  'we',
  'he',
  'she',
  'they',
  'i',
  'you',
  'who',
  'what',
  'how',
  'why',
  'where',
]);

/** Letters after a name that are honours or ranks, not part of it ("Helena Marsh KC"). */
export const POST_NOMINALS = new Set([
  'KC',
  'QC',
  'MP',
  'MSP',
  'MEP',
  'AM',
  'TD',
  'OBE',
  'CBE',
  'MBE',
  'KBE',
  'DBE',
  'Jr',
  'Sr',
  'PhD',
  'MD',
  'FRS',
]);

/**
 * Parties and allegiances that stand before a politician's name like a title ("the
 * Conservative Declan O'Rourke", "Independent Mary Ahern"); only before a full name of two
 * words or more, so "Labour Party" and "Green Party" stay whole.
 */
const PARTIES = [
  'Conservative',
  'Labour',
  'Liberal Democrat',
  'Lib Dem',
  'Green',
  'Reform',
  'Independent',
  'Democrat',
  'Democratic',
  'Republican',
  'Tory',
  'Socialist',
  'Unionist',
  'SNP',
  'Plaid Cymru',
  'Sinn Féin',
  'Fianna Fáil',
  'Fine Gael',
];

/** Splits "US Secretary of State John Kerry" into role "US Secretary of State" and name "John Kerry". */
export function splitTitle(words: string[]): { role?: string; name: string[] } {
  for (const party of PARTIES) {
    const parts = party.split(' ');
    const rest = words.slice(parts.length);
    const plainName = rest.every((w) => !CONNECTORS.has(w) && !isInstitutionWord(w)) && !ORG_WORDS.test(rest.join(' '));
    if (!parts.every((p, j) => words[j] === p) || rest.length < 2 || !plainName) continue;
    const inner = splitTitle(rest);
    return { role: [party, inner.role].filter(Boolean).join(' '), name: inner.name };
  }
  let cut = -1;
  for (let i = 0; i < words.length; i++) {
    for (const title of TITLES) {
      const parts = title.split(' ');
      if (!parts.every((p, j) => words[i + j] === p || `${words[i + j]}.` === p)) continue;
      // A title ending the run names no one after it: only "the Russian President" (a role alone) counts.
      if (i + parts.length < words.length || i <= 2) cut = Math.max(cut, i + parts.length);
    }
  }
  if (cut < 0) return { name: words };
  // "Minister for Housing Tom Hale": the portfolio after the title is part of the role; one
  // word left after it ("MP for Westmorland Fells") is the portfolio's end, not a name.
  const titleEnd = cut;
  while (['for', 'of'].includes(words[cut] ?? '') && words.length - cut >= 3) cut += 2;
  if (cut > titleEnd && words.length - cut === 1) cut = words.length;
  // "Eastmoor General Hospital", "the General Assembly": a title before an institution's noun is its name's.
  if (words.length - cut === 1 && ORG_WORDS.test(words[cut]!)) return { name: words };
  return { role: words.slice(0, cut).join(' '), name: words.slice(cut) };
}

/** Words that are courtesy, not office: a role of them alone says nothing ("Ms Brannigan"). */
const HONORIFICS = new Set(['Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr']);
/** Titles written short, in full, so a role reads as people ask for it ("who is the councillor?"). */
const SHORT_TITLES: Record<string, string> = {
  Cllr: 'Councillor',
  Det: 'Detective',
  Sgt: 'Sergeant',
  Insp: 'Inspector',
  Supt: 'Superintendent',
  Prof: 'Professor',
  Rev: 'Reverend',
  Lt: 'Lieutenant',
  Capt: 'Captain',
  Col: 'Colonel',
  Gen: 'General',
  Gov: 'Governor',
  Sen: 'Senator',
  Rep: 'Representative',
};

/**
 * A role as an office: courtesy titles dropped, short titles in full. "Mr Justice" and "Mrs
 * Justice" are how English and Welsh High Court judges are styled, and "Justice" alone how
 * Australian and American ones are, so they read "Judge".
 */
export function plainRole(role: string | undefined): string | undefined {
  const words = (role ?? '').split(' ').filter(Boolean);
  while (words.length && HONORIFICS.has(words[0]!.replace(/\.$/, ''))) words.shift();
  if (words.length === 1 && words[0] === 'Justice') return 'Judge';
  return words.map((w) => SHORT_TITLES[w.replace(/\.$/, '')] ?? w).join(' ') || undefined;
}

/** Strips possessives and trailing stops: "Kerry's" → "Kerry", "Moscow." → "Moscow", "U.S." stays. */
export function cleanToken(raw: string): string {
  const t = raw.replace(/['’]s$/u, '');
  return /^(\p{L}\.){2,}$/u.test(t) ? t : t.replace(/[.'’-]+$/u, '');
}
