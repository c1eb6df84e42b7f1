/**
 * What happened before, for "has this happened before?", "have they tried this b4", "didnt they try night buses
 * before?": a question about the story's precedents, answered by a sentence that tells of an earlier time ("In 2015
 * the dam fell below 2%", "a pilot that began in April 2025", "after 11 earlier attempts"), not what the story says
 * happens now. The question's side (part of stage 2) and the sentence's, as `ahead.ts` has for what is to come.
 */
import type { Reading } from '../../knowledge/reading.ts';

/**
 * "Before" that ends its clause ("… before?", "before too", "b4 tho", "before? when"); not "before the change" or
 * "before he joined", which date something else.
 */
const EARLIER = /\b(?:before|b4|previously)(?=\s*(?:too|tho|though|then|at all|or not|when|[?!.,]|$))/i;

/** The words that ask it, and the verbs that stand for whatever "this" was: no words for a sentence to hold. */
export const EARLIER_WORDS = new Set(['before', 'b4', 'previously', 'happen', 'happens', 'happened', 'try', 'tried']);

/** Whether the question asks whether, or when, the like happened before. */
export function asksEarlier(question: string): boolean {
  return EARLIER.test(question);
}

/** Words that tell of an earlier time than the story's own: "has tried this before.", "a pilot", "earlier attempts". */
const EARLIER_CUES = new RegExp(
  String.raw`\b(?:previous(?:ly)?|earlier|last time|second time|third time|first time since|once before|pilot|` +
    String.raw`attempts?)\b|\b(?:before|previously)(?=\s*[.,;])`,
  'i',
);
/** A weekday: the story's own days are written with one, an earlier year without. */
const WEEKDAY = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;

/**
 * Whether the sentence tells of an earlier time: a word that says so, or a date with a year and no weekday ("in
 * 2018", "in April 2025"). Not a sentence of what is to come ("by 2027").
 */
export function tellsEarlier(reading: Reading): boolean {
  if (reading.ahead) return false;
  if (EARLIER_CUES.test(reading.sentence.text)) return true;
  return reading.mentions.some((m) => m.type === 'date' && /\b\d{4}\b/.test(m.text) && !WEEKDAY.test(m.text));
}
