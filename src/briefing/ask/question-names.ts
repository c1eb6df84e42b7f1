/**
 * Which words of a question are names: a proper noun, a capitalised word past the first, and a
 * month or day typed in lower case as chat does ("inflation in august"). A name of the question
 * must be in the sentence that answers it (abstain.ts), so "august" is no mere word.
 */
import { MONTHS, WEEKDAYS } from '../../knowledge/event-dates.ts';
import { GENERAL_LEXICON } from '../../knowledge/lexicon/lexicon.ts';
import type { Token } from '../../knowledge/nlp.ts';
import { foldKey } from '../../knowledge/reading.ts';
import { WH } from './answer-kind.ts';

/** Months and days typed in lower case, as chat does ("inflation in august"); not "may" or "march". */
const CALENDAR = new Set(
  [...MONTHS, ...WEEKDAYS].map((w) => w.toLowerCase()).filter((w) => w !== 'may' && w !== 'march'),
);

/** Titles written before a name ("Dr", "Mr."), folded without their stop. */
const TITLES = new Set(GENERAL_LEXICON.nameTitles ?? []);

/**
 * A title before a name ("Dr. Swann", "Mr White"): neither a name nor a word the answer must hold. The sentence that
 * answers "What is Mr. White dying of?" may name him without it, and a name of the question must be in the answer.
 * Before no name it is the word it abbreviates: "what did the dr say" asks about a doctor.
 */
export function isTitle(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1];
  return TITLES.has(tokens[at]!.text.toLowerCase().replace(/\.$/, '')) && !!next && /^\p{Lu}/u.test(next.text);
}

export function isName(t: Token, at: number): boolean {
  // "Who did Emma Marry?": a verb typed with a capital is still the question's verb.
  const capital = at > 0 && /^\p{Lu}/u.test(t.text) && t.pos !== 'VERB';
  return t.pos === 'PROPN' || capital || CALENDAR.has(t.text.toLowerCase());
}

/** Whether the question, folded, names `name` as whole words ("who did kerry meet" names Kerry, not "Kerr"). */
export function questionNames(folded: string, name: string): boolean {
  return ` ${folded} `.includes(` ${foldKey(name)} `);
}

/** Small words inside a name, between two of its words ("Bay of Bengal", "Richard I of Normandy"). */
const GLUE = new Set(['of', 'de', 'del', 'der', 'la', 'le', 'du', 'da', 'von', 'van', 'al', 'bin', 'ibn']);

/** The runs of names in the question, folded ("Sergey Lavrov" to "sergey lavrov", "Ocarina of Time" whole). */
export function nameRuns(tokens: readonly Token[]): string[] {
  const runs: string[] = [];
  let run: string[] = [];
  const named = (i: number) => !!tokens[i] && isName(tokens[i]!, i) && !isTitle(tokens, i);
  const glued = (i: number) => run.length > 0 && GLUE.has(tokens[i]!.text.toLowerCase()) && named(i + 1);
  tokens.forEach((t, i) => {
    if ((named(i) && !WH.has(t.text.toLowerCase())) || glued(i)) {
      run.push(t.text);
    } else if (run.length > 0) {
      runs.push(foldKey(run.join(' ')));
      run = [];
    }
  });
  if (run.length > 0) runs.push(foldKey(run.join(' ')));
  return runs;
}
