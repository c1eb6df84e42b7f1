/**
 * The evaluation set for the seed article (knowledge/kerry-putin-moscow-2015). Each case
 * is what a person might really type, and states what the answer must contain: the card
 * kind or title, paragraphs that must be cited, and words that must appear in the text.
 * `found: false` cases have no answer in the article: the bot must say so, not guess.
 */
import type { CardKind } from '../../src/core/reply.ts';
import { LOOKUPS } from './cases-lookups.ts';
import { ROUND_2 } from './cases-round2.ts';
import { ROUND_3 } from './cases-round3.ts';
import { ROUND_4 } from './cases-round4.ts';
import { ROUND_5 } from './cases-round5.ts';
import { UNTUNED } from './cases-untuned.ts';

export interface EvalCase {
  command: 'brief' | 'ask';
  input: string;
  /** Default true. */
  found?: boolean;
  kind?: CardKind;
  /** The card title must equal this. */
  title?: string;
  /** Every one of these ¶ must be cited. */
  paragraphs?: number[];
  /** Every one of these must appear in the rendered text (case-insensitive). */
  words?: string[];
  /** None of these may appear in the rendered text (a wrong lead or quote). */
  absent?: string[];
}

/** Every case, in the order it was written; keep that order so results stay comparable from run to run. */
export const CASES: EvalCase[] = [...LOOKUPS, ...UNTUNED, ...ROUND_2, ...ROUND_3, ...ROUND_4, ...ROUND_5];
