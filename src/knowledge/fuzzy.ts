/**
 * Fuzzy matching of SHORT fields (names, aliases, roles, event titles, places), never of
 * passages. fuse.js finds candidate words for each query word in the vocabulary of those
 * fields (typos: `Kery`, other spellings: `Sergei`); each candidate is then scored with an
 * edit-distance ratio, so scores are calibrated and explainable: 1 is an exact name or
 * alias, a one-letter typo in a five-letter name is 0.8, and a multi-word query scores by
 * how much of it (weighted by rarity) the field covers.
 *
 * @example
 * ```ts
 * const index = buildFuzzy([{ target: 'kerry', field: 'name', text: 'John Kerry', weight: 1 }]);
 * index.search('jon kery'); // [{ target: 'kerry', score: 0.8, field: 'name', text: 'John Kerry' }]
 * ```
 */
import Fuse from 'fuse.js';
import { key, stem, STOP_WORDS, words } from './text.ts';

export interface ShortField<T> {
  target: T;
  /** Which field it is (`name`, `alias`, `role`, `title`…), kept as evidence. */
  field: string;
  text: string;
  /** How much a match on this field counts (1 for names and aliases). */
  weight: number;
}

export interface FuzzyHit<T> {
  target: T;
  /** 0..1, 1 being an exact match of a full-weight field. */
  score: number;
  field: string;
  text: string;
}

export interface FuzzyIndex<T> {
  /** Best hit per target, best first. */
  search(query: string, limit?: number): FuzzyHit<T>[];
  /** Fields whose text, or one of whose words, starts with `partial` (for autocomplete). */
  prefix(partial: string, limit?: number): FuzzyHit<T>[];
}

/** A field with its folded key and content tokens, ready for the index. */
export interface FieldRecord<T> extends ShortField<T> {
  key: string;
  tokens: string[];
}

/**
 * Folds a field once. A reload prepares the fields of a changed pack only and hands
 * prepared records to `buildFuzzy`, which then skips the folding.
 */
export function prepareField<T>(field: ShortField<T> | FieldRecord<T>): FieldRecord<T> {
  return 'key' in field ? field : { ...field, key: key(field.text), tokens: contentTokens(field.text) };
}

/** Below this, a word is not considered a match for another. */
const MIN_WORD_SIMILARITY = 0.7;

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

function contentTokens(text: string): string[] {
  const all = words(text);
  const content = all.filter((w) => !STOP_WORDS.has(w));
  return [...new Set(content.length > 0 ? content : all)];
}

/** How many fields `search` scores in full, the most promising first (see `mostPromising`). */
const SCORED = 300;

/** Builds the field records, the exact-key map and the word vocabulary once. */
export function buildFuzzy<T>(fields: readonly (ShortField<T> | FieldRecord<T>)[]): FuzzyIndex<T> {
  const records: FieldRecord<T>[] = fields.map(prepareField).filter((r) => r.key.length > 0);
  const exact = new Map<string, number[]>();
  const byToken = new Map<string, number[]>();
  records.forEach((r, i) => {
    const same = exact.get(r.key);
    if (same) same.push(i);
    else exact.set(r.key, [i]);
    for (const t of r.tokens) {
      let list = byToken.get(t);
      if (!list) byToken.set(t, (list = []));
      list.push(i);
    }
  });
  const vocabulary = [...byToken.keys()];
  const vocabFuse = new Fuse(vocabulary, {
    includeScore: true,
    ignoreLocation: true,
    threshold: 0.45,
    isCaseSensitive: true,
  });
  const rarity = (df: number) => Math.log(1 + records.length / (1 + df));

  // Questions are matched window by window, so the same word is looked up many times.
  const memo = new Map<string, Map<string, number>>();
  const MEMO_SIZE = 5_000;

  /** Vocabulary words close to `q`, with their similarity (memoised). */
  function candidates(q: string): Map<string, number> {
    const known = memo.get(q);
    if (known) return known;
    const found = lookup(q);
    if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value!);
    memo.set(q, found);
    return found;
  }

  function lookup(q: string): Map<string, number> {
    const found = new Map<string, number>();
    if (byToken.has(q)) found.set(q, 1);
    if (q.length >= 3) {
      for (const { item } of vocabFuse.search(q, { limit: 40 })) {
        const sim = wordSimilarity(q, item);
        if (sim >= MIN_WORD_SIMILARITY) found.set(item, Math.max(found.get(item) ?? 0, sim));
      }
    }
    return found;
  }

  function best(hits: Map<number, { score: number; record: FieldRecord<T> }>, limit: number): FuzzyHit<T>[] {
    const byTarget = new Map<T, FuzzyHit<T>>();
    for (const { score, record } of hits.values()) {
      const current = byTarget.get(record.target);
      if (!current || score > current.score) {
        byTarget.set(record.target, { target: record.target, score, field: record.field, text: record.text });
      }
    }
    return [...byTarget.values()].sort((a, b) => b.score - a.score).slice(0, limit);
  }

  /**
   * The fields worth scoring in full: every field holding a candidate word of the query gets
   * an upper bound (the weights of the query words it could match), and only the best
   * SCORED of them are scored. In a large archive a first name or a role word is shared by
   * thousands of fields; scoring them all was most of a `/brief`.
   */
  function mostPromising(perToken: Map<string, number>[], weights: number[]): number[] {
    const bound = new Map<number, number>();
    perToken.forEach((c, k) => {
      const seen = new Set<number>();
      for (const t of c.keys()) {
        for (const i of byToken.get(t) ?? []) {
          if (seen.has(i)) continue;
          seen.add(i);
          bound.set(i, (bound.get(i) ?? 0) + weights[k]!);
        }
      }
    });
    if (bound.size <= SCORED) return [...bound.keys()];
    return [...bound.entries()]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, SCORED)
      .map(([i]) => i);
  }

  return {
    search(query, limit = 10) {
      const qKey = key(query);
      if (!qKey) return [];
      const hits = new Map<number, { score: number; record: FieldRecord<T> }>();
      const offer = (i: number, raw: number) => {
        const record = records[i]!;
        const score = Math.min(1, raw) * record.weight;
        if (score > (hits.get(i)?.score ?? 0)) hits.set(i, { score, record });
      };
      for (const i of exact.get(qKey) ?? []) offer(i, 1);

      const qTokens = contentTokens(query);
      const perToken = qTokens.map((q) => candidates(q));
      const weights = perToken.map((c) => {
        const df = Math.max(0, ...[...c.keys()].map((t) => byToken.get(t)?.length ?? 0));
        return rarity(df);
      });
      const totalWeight = weights.reduce((a, b) => a + b, 0);
      for (const i of mostPromising(perToken, weights)) {
        const record = records[i]!;
        let covered = 0;
        const matchedTokens = new Set<string>();
        perToken.forEach((c, k) => {
          let bestSim = 0;
          let bestToken = '';
          for (const t of record.tokens) {
            const sim = c.get(t) ?? 0;
            if (sim > bestSim) [bestSim, bestToken] = [sim, t];
          }
          covered += weights[k]! * bestSim;
          if (bestToken) matchedTokens.add(bestToken);
        });
        const queryCoverage = totalWeight > 0 ? covered / totalWeight : 0;
        const recordCoverage = matchedTokens.size / record.tokens.length;
        const tokenScore = queryCoverage * (0.7 + 0.3 * recordCoverage);
        // The whole string, for spellings that split or join words differently.
        // Only worth computing when the lengths allow a similarity of 0.75 at all.
        const longest = Math.max(qKey.length, record.key.length);
        const whole =
          Math.abs(qKey.length - record.key.length) <= longest / 4
            ? 1 - editDistance(qKey, record.key, Math.floor(longest / 4)) / longest
            : 0;
        offer(i, Math.max(tokenScore, whole >= 0.75 ? whole : 0) * 0.98);
      }
      return best(hits, limit);
    },

    prefix(partial, limit = 25) {
      const p = key(partial);
      if (!p) return [];
      const hits = new Map<number, { score: number; record: FieldRecord<T> }>();
      records.forEach((record, i) => {
        let score = 0;
        if (record.key.startsWith(p)) score = 1;
        else if (record.key.includes(` ${p}`)) score = 0.9;
        if (score > 0) hits.set(i, { score: score * record.weight, record });
      });
      return best(hits, limit);
    },
  };
}
