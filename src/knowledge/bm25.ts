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
  /** Documents matching any query term, best first. */
  search(queryTerms: readonly string[], limit?: number): Bm25Hit[];
  /** The BM25 score of one document for the query (0 when nothing matches). */
  scoreDoc(doc: number, queryTerms: readonly string[]): number;
}

/** Builds the index once from each document's terms (already tokenised and stemmed). */
export function buildBm25(docs: readonly (readonly string[])[], options: Bm25Options = {}): Bm25Index {
  const k1 = options.k1 ?? 1.2;
  const b = options.b ?? 0.75;
  const postings = new Map<string, Map<number, number>>();
  const lengths = new Float64Array(docs.length);
  let total = 0;
  docs.forEach((terms, doc) => {
    lengths[doc] = terms.length;
    total += terms.length;
    for (const term of terms) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = new Map()));
      list.set(doc, (list.get(doc) ?? 0) + 1);
    }
  });
  const n = docs.length;
  const avgLength = n > 0 ? total / n : 0;
  const idf = (term: string): number => {
    const df = postings.get(term)?.size ?? 0;
    return df === 0 ? 0 : Math.log(1 + (n - df + 0.5) / (df + 0.5));
  };
  const weight = (tf: number, doc: number): number => {
    const norm = avgLength > 0 ? 1 - b + (b * lengths[doc]!) / avgLength : 1;
    return (tf * (k1 + 1)) / (tf + k1 * norm);
  };
  const unique = (terms: readonly string[]) => [...new Set(terms)];

  return {
    size: n,
    maxIdf: Math.log(1 + (n - 0.5) / 1.5),
    idf,
    df: (term) => postings.get(term)?.size ?? 0,
    search(queryTerms, limit = 20) {
      const scores = new Map<number, Bm25Hit>();
      for (const term of unique(queryTerms)) {
        const list = postings.get(term);
        if (!list) continue;
        const termIdf = idf(term);
        for (const [doc, tf] of list) {
          let hit = scores.get(doc);
          if (!hit) scores.set(doc, (hit = { doc, score: 0, terms: [] }));
          hit.score += termIdf * weight(tf, doc);
          hit.terms.push(term);
        }
      }
      return [...scores.values()].sort((x, y) => y.score - x.score || x.doc - y.doc).slice(0, limit);
    },
    scoreDoc(doc, queryTerms) {
      let score = 0;
      for (const term of unique(queryTerms)) {
        const tf = postings.get(term)?.get(doc);
        if (tf) score += idf(term) * weight(tf, doc);
      }
      return score;
    },
  };
}
