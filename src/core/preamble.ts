/**
 * What people put before (and after) a question in a channel: "guys,", "quick question:",
 * "ok so", "hey alice", "thanks!". The core drops it from mention text before a command
 * sees it, so `@briefbot guys, brief Kerry` runs /brief and "quick question: when is the
 * New York meeting?" is the question. The lists are data: add a phrase, not a branch.
 */
import { escapeRegExp } from './regexp.ts';

/** Phrases that open a message without being part of the question (lowercase, whole words). */
export const OPENERS: readonly string[] = [
  'quick question',
  'quick q',
  // Apologies, hedges and appeals to the room before the question itself.
  'sorry if this is obvious but',
  'sorry if obvious but',
  'sorry if this is a dumb question but',
  'sorry if this was covered but',
  'not sure if this was covered but',
  'not sure if this is covered but',
  'dumb question',
  'stupid question',
  'silly question',
  'genuine question',
  'honest question',
  'random q',
  'does anyone know',
  'anyone know',
  'any idea',
  'any ideas',
  'can someone tell me',
  'can anyone tell me',
  'could someone tell me',
  'can you tell me',
  'do you know',
  // "did you see Malawi is raising the minimum wage? how much…": news shared before the question, of which
  // the asker's seeing or hearing is no part.
  'did you see',
  'did u see',
  'have you seen',
  'you seen',
  'u seen',
  'did you hear about',
  'did you hear',
  'did u hear about',
  'did u hear',
  'have you heard about',
  'have you heard',
  'did you catch',
  'i was wondering',
  'just wondering',
  'just curious',
  'curious',
  'but',
  'random question',
  'a question',
  'question',
  'one more thing',
  'sorry to bother',
  'sorry',
  'ok so',
  'okay so',
  'ok',
  'okay',
  'so',
  'um',
  'umm',
  'uh',
  'hmm',
  'btw',
  'by the way',
  'guys',
  'folks',
  "y'all",
  'yall',
  'please',
  'pls',
  'plz',
  'hey there',
  'hi there',
  'hello there',
  'good morning',
  'morning',
  'hey',
  'hi',
  'hello',
  'yo',
  'heya',
  'hiya',
  'dear',
];

/** Openers that are also ordinary words ("all the leaders"): dropped only before a comma or colon. */
export const PUNCTUATED_OPENERS: readonly string[] = [
  'all',
  'everyone',
  'team',
  'people',
  'well',
  'right',
  'also',
  'question',
  'folks',
];

/** Greetings that may be followed by a name ("hey alice"): the name goes with them. */
export const GREETINGS: ReadonlySet<string> = new Set([
  'hey',
  'hi',
  'hello',
  'yo',
  'heya',
  'hiya',
  'morning',
  'good morning',
  'dear',
  'thanks',
]);

/**
 * Words that start the question itself, so they are never taken for the name after a
 * greeting ("hey who is Toner" keeps "who"), and never dropped as filler.
 */
export const QUESTION_STARTS: ReadonlySet<string> = new Set(
  (
    'who whom whose what whats which when where why how is are was were do does did can could will would should ' +
    'has have had tell brief ask give show list explain any anyone anything the a an in on at about'
  ).split(' '),
);

/** Phrases that close a message without being part of the question. */
export const CLOSERS: readonly string[] = [
  'thanks in advance',
  'thank you',
  'thanks',
  'thx',
  'ty',
  'please',
  'pls',
  'plz',
  'cheers',
];

const SEPARATORS = String.raw`[\s,:;.!\-–—…]*`;
const longestFirst = (list: readonly string[]) =>
  [...list]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
const FREE_OPENER = `(${longestFirst(OPENERS)})(?=$|[\\s,:;.!–—…])`;
const PUNCTUATED_OPENER = `(${longestFirst(PUNCTUATED_OPENERS)})(?=\\s*[,:;!—–])`;
const OPENER = new RegExp(`^(?:${FREE_OPENER}|${PUNCTUATED_OPENER})${SEPARATORS}`, 'iu');
// A closer is a word of its own: "guilty" and "city" do not end in "ty".
const CLOSER = new RegExp(`${SEPARATORS}(?<![\\p{L}\\p{N}])(?:${longestFirst(CLOSERS)})${SEPARATORS}$`, 'iu');
const NAME_AFTER_GREETING = new RegExp(`^([\\p{L}][\\p{L}.'-]*)(?:${SEPARATORS.replace('*', '+')}|$)`, 'u');

/**
 * Drops openers (repeatedly: "ok so guys, quick question:") and a closing "thanks". A
 * greeting takes the name after it when a comma or colon ends it ("hey alice, …") or the
 * word is no question word ("hey alice when …"). What remains is returned as is; when
 * nothing would remain, the text is returned unchanged.
 */
export function dropPreamble(text: string): string {
  let rest = text.trim();
  for (let guard = 0; guard < 10; guard++) {
    const opener = OPENER.exec(rest);
    if (!opener || opener[0].length === 0) break;
    let next = rest.slice(opener[0].length);
    const greeting = (opener[1] ?? opener[2]!).toLowerCase();
    if (GREETINGS.has(greeting) && !/[,:;.!—–-]\s*$/.test(opener[0])) {
      const name = NAME_AFTER_GREETING.exec(next);
      const word = name?.[1] ?? '';
      if (name && !QUESTION_STARTS.has(word.toLowerCase()) && !isOpener(word)) next = next.slice(name[0].length);
    }
    rest = next.trim();
  }
  rest = rest.replace(CLOSER, '').trim();
  return /[\p{L}\p{N}]/u.test(rest) ? rest : text.trim();
}

const isOpener = (word: string) => OPENERS.includes(word.toLowerCase());

/** Words that open a question or a request to the bot, for `looksLikeQuestion`. */
export const ASKING_WORDS: ReadonlySet<string> = new Set(
  (
    'who whom whose what whats which when where why how is are was were do does did can could will would should ' +
    'has have had tell brief explain show list and'
  ).split(' '),
);

/**
 * Whether a message that nobody addressed to the bot (a reply in its thread) asks
 * something: it ends with "?" or opens with a question word. "thanks, great!" does not,
 * so the bot stays out of small talk under its answers.
 */
export function looksLikeQuestion(text: string): boolean {
  const trimmed = text.trim();
  const first = /^[\p{L}']+/u.exec(trimmed)?.[0].toLowerCase() ?? '';
  return /\?\s*$/.test(trimmed) || ASKING_WORDS.has(first);
}
