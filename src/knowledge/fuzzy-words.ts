/**
 * How alike two words or names are, for the fuzzy index (`fuzzy.ts`) and for telling a
 * typo from another name ("Kery" is Kerry; "Iran" is not Iraq): edit distance with
 * transpositions, a word similarity that forgives stems and prefixes, and the kinds of
 * slip people make when they type a name.
 */
import { stem, STOP_WORDS, words } from './text.ts';

/** Below this, a word is not considered a match for another. */
export const MIN_WORD_SIMILARITY = 0.7;

/**
 * Optimal string alignment distance (Levenshtein plus adjacent transpositions). With `max`,
 * it stops as soon as the distance must exceed `max` and returns `max + 1`: a whole-name
 * comparison only needs to know whether two keys are close, and most are not.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const width = b.length + 1;
  let prev2 = new Uint16Array(width);
  let prev = new Uint16Array(width);
  let row = new Uint16Array(width);
  for (let j = 0; j < width; j++) prev[j] = j;
  let prevMin = 0;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      row[j] = v;
      if (v < rowMin) rowMin = v;
    }
    // Two rows past the limit: no later cell (not even a transposition from the row before) can come back under it.
    if (rowMin > max && prevMin > max) return max + 1;
    prevMin = rowMin;
    [prev2, prev, row] = [prev, row, prev2];
  }
  return Math.min(prev[b.length]!, max + 1);
}

/** 1 for the same word (or the same stem), falling with the share of letters to edit. */
export function wordSimilarity(query: string, word: string): number {
  if (query === word || stem(query) === stem(word)) return 1;
  if (query.length < 3 || word.length < 3) return 0;
  const ratio = 1 - editDistance(query, word) / Math.max(query.length, word.length);
  // A partial word ("Lavr") counts, but less than the whole.
  const prefix = query.length >= 4 && word.startsWith(query) ? 0.6 + (0.4 * query.length) / word.length : 0;
  return Math.max(ratio, prefix);
}

/**
 * How well `query` names the whole of `field`, word by word: every word of each must find
 * a close word (similarity ≥ 0.7) in the other; the result is the mean similarity, or 0.
 * "jon kery" names "John Kerry" (0.78); "negotiations" does not name "Syrian negotiations".
 */
export function nameSimilarity(query: string, field: string): number {
  const q = contentTokens(query);
  const f = contentTokens(field);
  if (q.length === 0 || f.length === 0) return 0;
  const side = (from: string[], to: string[]) => from.map((a) => Math.max(...to.map((b) => wordSimilarity(a, b))));
  const sims = [...side(q, f), ...side(f, q)];
  return Math.min(...sims) < MIN_WORD_SIMILARITY ? 0 : sims.reduce((x, y) => x + y, 0) / sims.length;
}

/**
 * Letters that stand for one another in other spellings of a name (Kyev/Kiev, Lavrof/Lavrov,
 * Sergei/Sergey): vowels with y, c/k/q, s/z, f/v/w, i/j, d/t, b/p.
 */
const ALIKE = ['aeiouy', 'ckq', 'sz', 'fvw', 'ij', 'dt', 'bp'];

/** Two or more edits still read as a misspelling of a long enough word (a prefix too). */
const SURE_SIMILARITY = 0.8;

/**
 * Whether `query` reads as a misspelling of `word` rather than another word: close enough
 * overall, or one edit that people make when typing a name — a letter dropped or doubled,
 * two letters swapped, a letter that sounds alike, or the key next to the right one. "Iran" is one substitution from
 * "Iraq", but n and q do not stand for each other: it is another name, not a typo.
 */
export function plausibleTypo(query: string, word: string): boolean {
  const distance = editDistance(query, word);
  if (distance !== 1) return distance === 0 || wordSimilarity(query, word) >= SURE_SIMILARITY;
  if (query.length !== word.length) return true;
  const at = [...query].findIndex((c, i) => c !== word[i]);
  if (query[at + 1] === word[at] && query[at] === word[at + 1]) return true;
  const [a, b] = [query[at]!, word[at]!];
  return ALIKE.some((group) => group.includes(a) && group.includes(b)) || neighbourKeys(a, b);
}

/**
 * The letters a word's first letter may be mistyped or spelt as: itself, those that sound alike
 * and the keys next to it. A word is looked for among words that begin with one of them.
 */
export function firstLetterKin(c: string): readonly string[] {
  return KIN.get(c) ?? [c];
}

/** QWERTY rows with their stagger, for "hit the key next to it" typos (Obana for Obama). */
const KEY_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

function neighbourKeys(a: string, b: string): boolean {
  const at = (c: string) => {
    const row = KEY_ROWS.findIndex((r) => r.includes(c));
    return row < 0 ? undefined : { x: KEY_ROWS[row]!.indexOf(c) + row / 2, y: row };
  };
  const [p, q] = [at(a), at(b)];
  return p !== undefined && q !== undefined && Math.abs(p.y - q.y) <= 1 && Math.abs(p.x - q.x) <= 1;
}

const LETTERS = [...'abcdefghijklmnopqrstuvwxyz'];

/** Each letter's kin, worked out once. */
const KIN = new Map(
  LETTERS.map((c) => [
    c,
    LETTERS.filter((x) => x === c || ALIKE.some((g) => g.includes(c) && g.includes(x)) || neighbourKeys(c, x)),
  ]),
);

/**
 * Whether a fuzzy hit rests on a word the query does not plausibly misspell: then the hit
 * is a "did you mean", not the answer. Words that match exactly, by stem or as a prefix
 * are never doubtful.
 */
export function doubtfulMatch(query: string, field: string): boolean {
  const fieldTokens = contentTokens(field);
  return contentTokens(query).some((q) => {
    let best = '';
    let bestSim = 0;
    for (const w of fieldTokens) {
      const sim = wordSimilarity(q, w);
      if (sim > bestSim) [best, bestSim] = [w, sim];
    }
    return bestSim > 0 && bestSim < 1 && !plausibleTypo(q, best);
  });
}

export function contentTokens(text: string): string[] {
  const all = words(text);
  const content = all.filter((w) => !STOP_WORDS.has(w));
  return [...new Set(content.length > 0 ? content : all)];
}
