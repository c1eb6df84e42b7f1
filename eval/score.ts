/**
 * How an answer is judged against an evaluation case, the way the project is judged: an
 * answerable case is right when the bot answers and one of the gold spans appears (case-
 * and punctuation-insensitive, on whole words) in the first 600 characters of the answer
 * text; an impossible case is right when the bot says the briefing does not answer it.
 */

/** One question of a set: `answers` are gold spans as written in the article. */
export interface EvalCase {
  article: string;
  q: string;
  impossible: boolean;
  answers: string[];
}

export interface Outcome {
  found: boolean;
  text: string;
  /** The text of the first quoted sentence, when the answer quotes one. */
  firstQuote?: string;
  /** The answer set in bold in that sentence (and headed on the card), when the card names one. */
  bold?: string;
}

export type Verdict = 'right' | 'refused' | 'wrong' | 'abstained' | 'answered';

/** The characters of an answer that count. */
export const WINDOW = 600;

/** Lower case, punctuation to spaces, single spaces, padded so whole words compare. */
export function normalise(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return ` ${words} `;
}

/** Whether any gold span appears in `text` on whole words. */
export function holdsAnswer(text: string, answers: readonly string[]): boolean {
  const hay = normalise(text);
  return answers.some((a) => normalise(a).trim() !== '' && hay.includes(normalise(a)));
}

/**
 * Whether a card's bold answer is the asked one: it holds a gold span, or it is the heart of one (a gold span holds it
 * and it is at least half its words: "38C" for "above 38C", "Owen Pritchard" for "Labour's Owen Pritchard", not "11"
 * for "four to 11" nor "Seville" for "Seville, Naples and Athens"). A card can quote the right sentence and still
 * set the wrong number of it in bold, and a reader takes the bold.
 */
export function boldRight(bold: string, answers: readonly string[]): boolean {
  if (holdsAnswer(bold, answers)) return true;
  const words = (text: string) => normalise(text).trim().split(' ').length;
  return answers.some((a) => normalise(a).includes(normalise(bold)) && 2 * words(bold) >= words(a));
}

/**
 * `right` / `refused` / `wrong` for answerable cases; `abstained` (right) or `answered`
 * (wrong) for impossible ones.
 */
export function judge(c: EvalCase, o: Outcome): Verdict {
  if (c.impossible) return o.found ? 'answered' : 'abstained';
  if (!o.found) return 'refused';
  return holdsAnswer(o.text.slice(0, WINDOW), c.answers) ? 'right' : 'wrong';
}
