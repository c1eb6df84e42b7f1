/**
 * An inverted index with Okapi BM25 scoring. Passages (sentences, paragraphs) of a large
 * archive go here rather than through fuse.js: a query only touches the postings of its
 * own terms, so its cost grows with how often those terms occur, not with the archive.
 *
 * @example
 * ```ts
 * const index = buildBm25([['kerry', 'meet', 'putin'], ['sochi', 'meet']]);
 * index.search(['sochi']); // [{ doc: 1, score: …, terms: ['sochi'] }]
 * ```
 */
import { appended, layOut, remappedLaid, type Laid } from './bm25-layout.ts';
import { best } from './top.ts';

export interface Bm25Options {
  /** Term-frequency saturation. */
  k1?: number;
  /** Length normalisation (0: none, 1: full). */
  b?: number;
}

export interface Bm25Hit {
  /** Position of the document in the array the index was built from. */
  doc: number;
  score: number;
  /** Distinct query terms found in the document. */
  terms: string[];
}

export interface Bm25Index {
  readonly size: number;
  /** Inverse document frequency of a term; 0 when the term is in no document. */
  idf(term: string): number;
  /** Largest idf any term can have in this index (a term in exactly one document). */
  readonly maxIdf: number;
  /** How many documents contain `term`. */
  df(term: string): number;
  /** Every term some document holds. */
  terms(): IterableIterator<string>;
  /**
   * This index with `docs` appended (numbered on from `size`), without laying out again
   * the documents it has: their postings are copied in blocks, the new ones' laid out.
   */
  withDocs(docs: readonly (readonly string[])[]): Bm25Index;
  /**
   * This index with its documents renumbered by `remap` (document → new number, -1 to drop
   * it; the kept ones must stay in order): a pack changed or removed leaves the index this
   * way, in one pass over the postings instead of a new index over every sentence.
   */
  remapped(remap: Int32Array): Bm25Index;
  /** The index as plain arrays, to store and open again (`openBm25`) without re-laying it. */
  packed(): PackedBm25;
  /** Documents matching any query term, best first. */
  search(queryTerms: readonly string[], limit?: number): Bm25Hit[];
  /** Whether any document numbered from `from` up to (not including) `to` holds `term`. */
  holdsIn(term: string, from: number, to: number): boolean;
  /** How many documents numbered from `from` up to (not including) `to` hold `term`. */
  countIn(term: string, from: number, to: number): number;
  /** The BM25 score of one document for the query (0 when nothing matches). */
  scoreDoc(doc: number, queryTerms: readonly string[]): number;
}

/**
 * Once this many documents hold some query term, a term held by more than COMMON_DF
 * documents only adds to documents already found: a sentence whose only match is "said"
 * or "plan" never makes the top few dozen, and walking such a term's 100,000 postings in a
 * large archive is what made a question slow. Small indexes are never cut short.
 */
const ENOUGH_FOUND = 2_000;
const COMMON_DF = 5_000;

/** Builds the index once from each document's terms (already tokenised and stemmed). */
export function buildBm25(docs: readonly (readonly string[])[], options: Bm25Options = {}): Bm25Index {
  return indexOver(layOut(docs), options);
}

/**
 * An index as a few flat arrays: the terms, where each one's postings start in the shared
 * arrays, the postings themselves and each document's length. Stored beside the compiled
 * packs, it opens in milliseconds where laying it out again meant reading every sentence.
 */
export interface PackedBm25 {
  terms: string[];
  offsets: Int32Array;
  docs: Int32Array;
  tfs: Uint16Array;
  lengths: Float64Array;
  total: number;
}

/** Opens a packed index (see `Bm25Index.packed`) as it is: no postings are copied. */
export function openBm25(packed: PackedBm25, options: Bm25Options = {}): Bm25Index {
  const ids = new Map(packed.terms.map((term, id) => [term, id]));
  return indexOver({ ...packed, ids, names: packed.terms }, options);
}

function indexOver(laid: Laid, options: Bm25Options): Bm25Index {
  const k1 = options.k1 ?? 1.2;
  const b = options.b ?? 0.75;
  const { ids, offsets, docs, tfs, lengths, total } = laid;
  const n = lengths.length;
  const avgLength = n > 0 ? total / n : 0;
  const df = (term: string) => {
    const id = ids.get(term);
    return id === undefined ? 0 : offsets[id + 1]! - offsets[id]!;
  };
  const idf = (term: string): number => {
    const count = df(term);
    return count === 0 ? 0 : Math.log(1 + (n - count + 0.5) / (count + 0.5));
  };
  const weight = (tf: number, doc: number): number => {
    const norm = avgLength > 0 ? 1 - b + (b * lengths[doc]!) / avgLength : 1;
    return (tf * (k1 + 1)) / (tf + k1 * norm);
  };
  /** Where `doc` is among the term's postings, or -1. */
  const find = (term: string, doc: number): number => {
    const id = ids.get(term);
    return id === undefined ? -1 : binarySearch(docs, doc, offsets[id]!, offsets[id + 1]! - 1);
  };
  /** The first of the term's postings at or after `doc` (its end when none), by bisection. */
  const firstAtOrAfter = (id: number, doc: number): number => {
    let lo = offsets[id]!;
    let hi = offsets[id + 1]!;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (docs[mid]! < doc) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const unique = (terms: readonly string[]) => [...new Set(terms)];
  let scratch: { scores: Float64Array; seen: Uint32Array; generation: number } | undefined;

  return {
    size: n,
    maxIdf: Math.log(1 + (n - 0.5) / 1.5),
    idf,
    df,
    terms: () => ids.keys(),
    withDocs: (more) => indexOver(appended(laid, layOut(more, n)), options),
    remapped: (remap) => indexOver(remappedLaid(laid, remap), options),
    packed: () => ({ terms: laid.names, offsets, docs, tfs, lengths, total }),
    search(queryTerms, limit = 20) {
      // Scores sit in arrays the size of the index, reused and cleared after each search: a
      // map of hit objects per search cost most of a question's time in a large archive.
      const buffers = (scratch ??= { scores: new Float64Array(n), seen: new Uint32Array(n), generation: 0 });
      const { scores, seen } = buffers;
      const generation = (buffers.generation = (buffers.generation % 0xfffffffe) + 1);
      const touched: number[] = [];
      // Rarest first, so the common terms come last and may only add to what was found.
      const ordered = unique(queryTerms)
        .filter((t) => ids.has(t))
        .sort((x, y) => df(x) - df(y));
      for (const term of ordered) {
        const id = ids.get(term)!;
        const from = offsets[id]!;
        const to = offsets[id + 1]!;
        const termIdf = idf(term);
        const onlyFound = touched.length >= ENOUGH_FOUND && to - from > COMMON_DF;
        for (let i = from; i < to; i++) {
          const doc = docs[i]!;
          if (seen[doc] !== generation) {
            if (onlyFound) continue;
            seen[doc] = generation;
            scores[doc] = 0;
            touched.push(doc);
          }
          scores[doc] = scores[doc]! + termIdf * weight(tfs[i]!, doc);
        }
      }
      // Which query terms each returned document holds (all of them that it holds: once a
      // term only adds to found documents, every later, commoner term does too).
      return best(touched, limit, (x, y) => scores[y]! - scores[x]! || x - y).map((doc) => ({
        doc,
        score: scores[doc]!,
        terms: ordered.filter((t) => find(t, doc) >= 0),
      }));
    },
    holdsIn(term, from, to) {
      const id = ids.get(term);
      if (id === undefined) return false;
      const lo = firstAtOrAfter(id, from);
      return lo < offsets[id + 1]! && docs[lo]! < to;
    },
    countIn(term, from, to) {
      const id = ids.get(term);
      return id === undefined ? 0 : firstAtOrAfter(id, to) - firstAtOrAfter(id, from);
    },
    scoreDoc(doc, queryTerms) {
      let score = 0;
      for (const term of unique(queryTerms)) {
        const at = find(term, doc);
        if (at >= 0) score += idf(term) * weight(tfs[at]!, doc);
      }
      return score;
    },
  };
}

/** Where `value` is in the ascending `sorted` between `lo` and `hi` (inclusive), or -1. */
function binarySearch(sorted: Int32Array, value: number, lo: number, hi: number): number {
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = sorted[mid]!;
    if (at === value) return mid;
    if (at < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
