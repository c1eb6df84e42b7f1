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
import { contentTokens, editDistance, firstLetterKin, MIN_WORD_SIMILARITY, wordSimilarity } from './fuzzy-words.ts';
import { intern } from './intern.ts';
import { key } from './text.ts';

export { doubtfulMatch, editDistance, nameSimilarity, plausibleTypo, wordSimilarity } from './fuzzy-words.ts';

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
  /** Fields whose text, or one of whose words, starts with `partial` (for autocomplete): one per text. */
  prefix(partial: string, limit?: number): FuzzyHit<T>[];
}

/** A field's text folded once: its key and content tokens, shared by every field with that text. */
export interface Folded {
  readonly text: string;
  readonly key: string;
  readonly tokens: readonly string[];
}

/**
 * Fields as the index holds them, one column per part, so an archive's 290,000 fields are
 * not 290,000 records (with their targets, a sixth of its heap). `buildFuzzy` takes a
 * list of fields too (`fieldTable` lays it out).
 */
export interface FieldTable<T> {
  readonly size: number;
  folded(i: number): Folded;
  field(i: number): string;
  weight(i: number): number;
  target(i: number): T;
}

/**
 * A field's text folded, shared by text: an archive names the same people, roles and places
 * in article after article (at 10,000 packs, 290,000 fields had 28,000 texts), so a text is
 * folded once and its string and tokens held once. Bounded: past this many texts it starts over.
 */
export function fold(text: string): Folded {
  let folded = foldedTexts.get(text);
  if (!folded) {
    if (foldedTexts.size >= FOLDED_KEPT) foldedTexts.clear();
    folded = { text: intern(text), key: key(text), tokens: contentTokens(text) };
    foldedTexts.set(text, folded);
  }
  return folded;
}

const foldedTexts = new Map<string, Folded>();
const FOLDED_KEPT = 200_000;

/** A list of fields laid out as a table. */
export function fieldTable<T>(fields: readonly ShortField<T>[]): FieldTable<T> {
  const folded = fields.map((f) => fold(f.text));
  return {
    size: fields.length,
    folded: (i) => folded[i]!,
    field: (i) => fields[i]!.field,
    weight: (i) => fields[i]!.weight,
    target: (i) => fields[i]!.target,
  };
}

/** Fuse's options for the vocabulary: a word against words, anywhere in them, as typed. */
const FUSE_OPTIONS = { includeScore: true, ignoreLocation: true, threshold: 0.45, isCaseSensitive: true };

/** How many fields `search` scores in full, the most promising first (see `mostPromising`). */
const SCORED = 300;

/** Builds the exact-key map and the word vocabulary once over the fields. */
export function buildFuzzy<T>(fields: readonly ShortField<T>[] | FieldTable<T>): FuzzyIndex<T> {
  const table = 'size' in fields ? fields : fieldTable(fields);
  const exact = new Map<string, number[]>();
  const byToken = new Map<string, number[]>();
  let size = 0;
  for (let i = 0; i < table.size; i++) {
    const { key: k, tokens } = table.folded(i);
    if (k.length === 0) continue;
    size++;
    const same = exact.get(k);
    if (same) same.push(i);
    else exact.set(k, [i]);
    for (const t of tokens) {
      let list = byToken.get(t);
      if (!list) byToken.set(t, (list = []));
      list.push(i);
    }
  }
  // The vocabulary by first letter, each part with its own Fuse index, built when first searched: a
  // word is looked for among words beginning with a letter it may be mistyped as, not all of them.
  const byFirst = new Map<string, string[]>();
  for (const word of byToken.keys()) {
    const first = word.charAt(0);
    const part = byFirst.get(first);
    if (part) part.push(word);
    else byFirst.set(first, [word]);
  }
  const fuses = new Map<string, Fuse<string>>();
  const fuseOf = (first: string) => {
    let fuse = fuses.get(first);
    if (!fuse) {
      fuse = new Fuse(byFirst.get(first) ?? [], FUSE_OPTIONS);
      fuses.set(first, fuse);
    }
    return fuse;
  };
  const rarity = (df: number) => Math.log(1 + size / (1 + df));

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
      for (const first of firstLetterKin(q.charAt(0))) {
        if (!byFirst.has(first)) continue;
        for (const { item } of fuseOf(first).search(q, { limit: 40 })) {
          const sim = wordSimilarity(q, item);
          if (sim >= MIN_WORD_SIMILARITY) found.set(item, Math.max(found.get(item) ?? 0, sim));
        }
      }
    }
    return found;
  }

  /** The best hit per target, best first: `hits` maps a field to its score. */
  function best(hits: Map<number, number>, limit: number): FuzzyHit<T>[] {
    const byTarget = new Map<T, FuzzyHit<T>>();
    for (const [i, score] of hits) {
      const target = table.target(i);
      const current = byTarget.get(target);
      if (!current || score > current.score) {
        byTarget.set(target, { target, score, field: table.field(i), text: table.folded(i).text });
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
      const hits = new Map<number, number>();
      const offer = (i: number, raw: number) => {
        const score = Math.min(1, raw) * table.weight(i);
        if (score > (hits.get(i) ?? 0)) hits.set(i, score);
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
        const record = table.folded(i);
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
      const found: [number, number][] = [];
      // Each text once, by its best field: an archive names one person in thousands of
      // packs, and autocomplete offers a name once.
      for (const [k, same] of exact) {
        const score = k.startsWith(p) ? 1 : k.includes(` ${p}`) ? 0.9 : 0;
        if (score === 0) continue;
        const first = same.reduce((a, b) => (table.weight(b) > table.weight(a) ? b : a));
        found.push([first, score * table.weight(first)]);
      }
      // In the fields' own order, as ties are told apart.
      return best(new Map(found.sort((a, b) => a[0] - b[0])), limit);
    },
  };
}
