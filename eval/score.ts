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
 * `right` / `refused` / `wrong` for answerable cases; `abstained` (right) or `answered`
 * (wrong) for impossible ones.
 */
export function judge(c: EvalCase, o: Outcome): Verdict {
  if (c.impossible) return o.found ? 'answered' : 'abstained';
  if (!o.found) return 'refused';
  return holdsAnswer(o.text.slice(0, WINDOW), c.answers) ? 'right' : 'wrong';
}
