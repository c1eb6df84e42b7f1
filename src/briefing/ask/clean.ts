/**
 * Cleans a question as people type it in a channel before it is read: platform markup left
 * in a mention (other users, roles, channels, `@everyone`, `<!channel>`, links) goes, links
 * keep their visible text, and openers and closers ("guys,", "quick question:", "ok so",
 * "thanks") are dropped with the core's own lists (src/core/preamble.ts), so a typed /ask
 * and a mention read the same.
 */
import { dropPreamble } from '../../core/preamble.ts';
import { GENERAL_LEXICON } from '../../knowledge/lexicon/lexicon.ts';
import { withSlipsFixed, type Dictionary } from './typos.ts';

const MARKUP: [RegExp, string][] = [
  [/<(https?:\/\/[^|>\s]+)\|([^>]+)>/g, '$2'], // Slack link with text
  [/<(https?:\/\/[^>\s]+)>/g, ' '], // bare Slack link
  [/<#[A-Z0-9]+\|([^>]*)>/g, '$1'], // Slack channel link: its name
  [/<[@#!][^>]*>/g, ' '], // Slack user, channel, special and subteam mentions; Discord mentions
  [/<a?:\w+:\d+>/g, ' '], // Discord custom emoji
  [/@(everyone|here|channel)\b/gi, ' '],
  [/(^|\s)@[\w.-]+/g, '$1'], // plain @name
  [/```[\s\S]*?```/g, ' '],
  [/`([^`]*)`/g, '$1'],
  [/(^|\n)>\s?[^\n]*/g, '$1'], // quoted lines
  [/[*_~]{1,3}([^*_~\n]+)[*_~]{1,3}/g, '$1'], // bold, italics, strike
  [/:[a-z0-9_+-]+:/g, ' '], // :emoji:
  [/[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu, ' '],
];

/** Chat's slashed and clipped short forms, written out: "the sentence w/o the guilty plea". */
const SHORT_FORMS: [RegExp, string][] = [
  [/(^|\s)w\/o(?=\s|$)/gi, '$1without'],
  [/(^|\s)w\/(?=\s|$)/gi, '$1with'],
  [/(^|\s)b\/c(?=\s|$)/gi, '$1because'],
  [/\babt\b/gi, 'about'],
  [/\bthru\b/gi, 'through'],
  // "eli5 land release" ("explain like I'm five"): what it is; before a question of its own, an opener.
  [/(^|\s)eli5\b[\s:,-]*(?=(?:what|wat|how|why|who|when|where)\w*\b)/gi, '$1'],
  [/(^|\s)eli5\b[\s:,-]*/gi, '$1what is '],
  [/(^|\s)%(?=\s|$)/g, '$1percent'], // "what % of teens vape": a sign alone, no number before it
  // "q3 sales", "h1 profit": a business's quarters and halves as the articles write them.
  ...['first', 'second', 'third', 'fourth'].map((n, i): [RegExp, string] => [
    new RegExp(`\\bq${i + 1}\\b`, 'gi'),
    `${n} quarter`,
  ]),
  ...['first', 'second'].map((n, i): [RegExp, string] => [new RegExp(`\\bh${i + 1}\\b`, 'gi'), `${n} half`]),
];

/** A chat word as typed, between spaces or punctuation: "r" in "r they" but not in "R&D". */
const typed = (words: readonly string[]) =>
  new RegExp(String.raw`(^|[\s,;:(])(${words.join('|')})(?=$|[\s?!.,;:)])`, 'gi');
const SPELLINGS = GENERAL_LEXICON.chatSpellings ?? {};
const SPELLED = typed(Object.keys(SPELLINGS));
const FILLERS = typed(GENERAL_LEXICON.chatFillers ?? []);
/** Words that join two others, so a chat spelling of one needs a word after it. */
const JOINING = new Set(['and', 'or']);

/**
 * Chat's spellings read as the words they stand for ("wen did u hear" → "when did you hear"), and its
 * asides dropped ("why tho lol"): either would be a word of the question that no article holds. They are
 * typed in lower case: a capital past the first word is a name's ("Viktor Bout", "Plan B", "R&D"), and an
 * aside in capitals counts only from three letters ("LOL", but "RN" may be a nurse).
 */
function unabbreviated(text: string): string {
  const lower = (word: string) => word === word.toLowerCase();
  // "n" is chat's "and" only with a word after it: "functions of n?" ends on a variable.
  const joins = (word: string, at: number) =>
    !JOINING.has(SPELLINGS[word.toLowerCase()]!) || /\p{L}/u.test(text.slice(at + word.length + 1));
  return text
    .replace(SPELLED, (all, before: string, word: string, at: number) =>
      (lower(word) || (at === 0 && word.length > 1)) && joins(word, at) ? before + SPELLINGS[word.toLowerCase()]! : all,
    )
    .replace(FILLERS, (all, before: string, word: string) =>
      lower(word) || (word === word.toUpperCase() && word.length >= 3) ? before : all,
    )
    .replace(/^y(?=\s)/i, 'why')
    .replace(/\s+(?=[?!.,;:]|$)/g, '')
    .replace(/[,;:]$/, '');
}

/**
 * The question without markup, openers and closers, its typing slips read as the words meant when there is a
 * dictionary to read them by (`typos.ts`); the original when nothing is left.
 */
export function cleanQuestion(raw: string, dictionary?: Dictionary): string {
  let text = raw;
  for (const [pattern, replacement] of MARKUP) text = text.replace(pattern, replacement);
  for (const [pattern, replacement] of SHORT_FORMS) text = text.replace(pattern, replacement);
  text = unabbreviated(text.replace(/\s+/g, ' ').trim());
  if (dictionary) text = withSlipsFixed(text, dictionary);
  // "whats the loss", "whos the judge": chat drops the apostrophe, and the model then reads no question word.
  text = text.replace(/\b(wh(?:at|o|ere|en|y)|how)s\b/gi, '$1 is');
  // Openers, greetings and closers: the same data the core drops from mention text.
  text = dropPreamble(text)
    .replace(/^[\s,:;.!-]+/, '')
    .trim();
  return text === '' ? raw.trim() : unfronted(text);
}

/**
 * "the marathon, who won?", "and the ferry, when does it close?": chat names the topic first and
 * asks after a comma. The topic goes where a pronoun of the question stands for it, else after it
 * ("who won the marathon?"), so the question reads as asked in one piece.
 */
const FRONTED = new RegExp(
  String.raw`^(?:(?:and|so|ok|re|about|what about|how about|as for)\s+)?([^,?]{2,60}?),\s*` +
    String.raw`((?:who|whom|whose|what|which|when|where|why|how)\b[^,]*?)\s*(\??)$`,
  'i',
);
const PRONOUN = /\b(?:it|they|them|he|she|him|her)\b/i;
/** Words that open a clause of its own, which the question reads where it is written. */
const CLAUSE = /^(?:according|assuming|given|if|although|though|while|because|unless|once|whether|when)\b/i;
/** Words that open a phrase and are capitalised only for opening the message. */
const OPENING_WORD =
  /^(?:the|a|an|in|on|at|by|for|with|besides|after|before|during|since|apart|unlike|like|of|from|as|under|over)\b/i;

function unfronted(text: string): string {
  const m = FRONTED.exec(text);
  // A clause of its own before the comma ("According to his barrister,", "Assuming that …,") stays.
  if (!m || m[1]!.split(/\s+/).length > 6 || CLAUSE.test(m[1]!)) return text;
  const [, fronted, asked, mark] = m as unknown as [string, string, string, string];
  // Moved into the sentence, an opening "In 2015" or "The ferry" is no name.
  const topic = OPENING_WORD.test(fronted) ? fronted[0]!.toLowerCase() + fronted.slice(1) : fronted;
  const put = PRONOUN.test(asked) ? asked.replace(PRONOUN, topic) : `${asked} ${topic}`;
  return `${put}${mark}`;
}
