/**
 * The article(s) a question is about, and all their sentences that hold a word of it. The
 * archive's BM25 finds those articles, but its few dozen best sentences move with every
 * unrelated pack loaded: sentences of other packs that share the question's common words
 * ("talks", "court") can push the focus article's own sentences out of the ones scored.
 */
import type { ReadingIndex } from '../../knowledge/reading-index.ts';
import type { Reading } from '../../knowledge/reading.ts';

/** A pack is in focus when its best sentence scores at least this share of the best. */
const FOCUS = 0.8;
/** At most this many packs are in focus. */
const MOST = 3;

export interface Hit {
  reading: Reading;
  bm25: number;
  /** The sentence's document number in the BM25 index. */
  doc: number;
}

/** The packs of the hits scoring near the best, best first. */
export function focusPacks(hits: readonly Hit[]): string[] {
  const best = hits[0]?.bm25 ?? 0;
  const out: string[] = [];
  for (const h of hits) {
    if (h.bm25 < FOCUS * best || out.length >= MOST) break;
    if (!out.includes(h.reading.pack.id)) out.push(h.reading.pack.id);
  }
  return out;
}

/**
 * The hits, and every sentence of the focus packs that holds a key of the query in its own
 * words, or one of the question's `names` among the names and roles of what it names
 * (`Reading.known`), best first: the focus article's sentences are scored whatever else the
 * archive holds.
 */
export function withFocusSentences(
  index: ReadingIndex,
  hits: readonly Hit[],
  query: readonly string[],
  names: readonly string[] = [],
): Hit[] {
  const out = [...hits];
  const seen = new Set(hits.map((h) => h.doc));
  const keys = new Set(query);
  const named = new Set(names);
  for (const id of focusPacks(hits)) {
    const hit = hits.find((h) => h.reading.pack.id === id)!;
    // A pack's sentences are numbered in a row, in article order.
    const first = hit.doc - hit.reading.at;
    index.ofPack(id).forEach((reading, at) => {
      const doc = first + at;
      // Its own words, or a name the question says among those it is known by ("the authority's
      // chief executive" is the VWRA's, by her role).
      const holds = reading.terms.some((k) => keys.has(k)) || reading.known.some((k) => named.has(k));
      if (seen.has(doc) || !holds) return;
      out.push({ reading, doc, bm25: index.bm25.scoreDoc(doc, query) });
    });
  }
  return out.sort((a, b) => b.bm25 - a.bm25);
}
