/**
 * How a BM25 index's postings are laid out (bm25.ts): every term's postings in one shared
 * typed array, in document order, laid out from the documents' terms, appended to, or
 * renumbered when documents are taken out, each in one pass.
 */

/**
 * Lays out the documents' postings in two passes over typed arrays: number the terms and
 * count their documents, then lay every term's postings out in one shared array, in
 * document order, numbering documents from `first`. (A map of maps per term took five of
 * the eight seconds of re-indexing a 10,000-pack archive.)
 */
export function layOut(docs: readonly (readonly string[])[], first = 0): Laid {
  const lengths = new Float64Array(docs.length);
  const ids = new Map<string, number>();
  const names: string[] = [];
  let total = 0;
  // Pass 1: term ids, and how many documents hold each term.
  let counts: Int32Array = new Int32Array(1024);
  const lastDoc: number[] = [];
  docs.forEach((terms, doc) => {
    lengths[doc] = terms.length;
    total += terms.length;
    for (const term of terms) {
      let id = ids.get(term);
      if (id === undefined) {
        id = names.length;
        ids.set(term, id);
        names.push(term);
        lastDoc.push(-1);
        if (id >= counts.length) counts = grow(counts);
      }
      if (lastDoc[id] !== doc) {
        lastDoc[id] = doc;
        counts[id]!++;
      }
    }
  });
  // Pass 2: each term's postings in one shared array, at offsets from the counts.
  const offsets = new Int32Array(names.length + 1);
  for (let id = 0; id < names.length; id++) offsets[id + 1] = offsets[id]! + counts[id]!;
  const allDocs = new Int32Array(offsets[names.length]!);
  const allTfs = new Uint16Array(offsets[names.length]!);
  const filled = offsets.slice(0, names.length);
  lastDoc.fill(-1);
  docs.forEach((terms, doc) => {
    for (const term of terms) {
      const id = ids.get(term)!;
      if (lastDoc[id] === doc) {
        const at = filled[id]! - 1;
        allTfs[at] = Math.min(allTfs[at]! + 1, 65_535);
        continue;
      }
      lastDoc[id] = doc;
      allDocs[filled[id]!] = first + doc;
      allTfs[filled[id]!] = 1;
      filled[id]!++;
    }
  });
  return { ids, names, offsets, docs: allDocs, tfs: allTfs, lengths, total };
}

/**
 * What the index is made of: the term ids, every term's postings in one shared array (its
 * own from `offsets[id]` to `offsets[id + 1]`) and each document's length. Views per term
 * were two typed-array objects for each of 200,000 terms in a large archive.
 */
export interface Laid {
  ids: Map<string, number>;
  names: string[];
  offsets: Int32Array;
  docs: Int32Array;
  tfs: Uint16Array;
  lengths: Float64Array;
  total: number;
}

/** The documents of `more` after those of `base`, every term's postings laid out again in one array. */
export function appended(base: Laid, more: Laid): Laid {
  const names = [...base.names, ...more.names.filter((t) => !base.ids.has(t))];
  const ids = new Map(names.map((term, id) => [term, id]));
  const span = (laid: Laid, term: string): [number, number] => {
    const id = laid.ids.get(term);
    return id === undefined ? [0, 0] : [laid.offsets[id]!, laid.offsets[id + 1]!];
  };
  const offsets = new Int32Array(names.length + 1);
  const docs = new Int32Array(base.docs.length + more.docs.length);
  const tfs = new Uint16Array(docs.length);
  names.forEach((term, id) => {
    let at = offsets[id]!;
    for (const laid of [base, more]) {
      const [from, to] = span(laid, term);
      docs.set(laid.docs.subarray(from, to), at);
      tfs.set(laid.tfs.subarray(from, to), at);
      at += to - from;
    }
    offsets[id + 1] = at;
  });
  const lengths = new Float64Array(base.lengths.length + more.lengths.length);
  lengths.set(base.lengths);
  lengths.set(more.lengths, base.lengths.length);
  return { ids, names, offsets, docs, tfs, lengths, total: base.total + more.total };
}

/** The postings of the documents `remap` keeps, renumbered; terms left with none are dropped. */
export function remappedLaid(laid: Laid, remap: Int32Array): Laid {
  const kept = new Int32Array(laid.names.length);
  for (let id = 0; id < laid.names.length; id++) {
    for (let i = laid.offsets[id]!; i < laid.offsets[id + 1]!; i++) if (remap[laid.docs[i]!]! >= 0) kept[id]!++;
  }
  const names = laid.names.filter((_, id) => kept[id]! > 0);
  const offsets = new Int32Array(names.length + 1);
  const docs = new Int32Array(kept.reduce((a, b) => a + b, 0));
  const tfs = new Uint16Array(docs.length);
  let at = 0;
  names.forEach((term, id) => {
    const old = laid.ids.get(term)!;
    for (let i = laid.offsets[old]!; i < laid.offsets[old + 1]!; i++) {
      const doc = remap[laid.docs[i]!]!;
      if (doc < 0) continue;
      docs[at] = doc;
      tfs[at++] = laid.tfs[i]!;
    }
    offsets[id + 1] = at;
  });
  let size = 0;
  for (const doc of remap) if (doc >= 0) size = Math.max(size, doc + 1);
  const lengths = new Float64Array(size);
  let total = 0;
  remap.forEach((doc, old) => {
    if (doc < 0) return;
    lengths[doc] = laid.lengths[old]!;
    total += laid.lengths[old]!;
  });
  return { ids: new Map(names.map((term, id) => [term, id])), names, offsets, docs, tfs, lengths, total };
}

/** The same counts in an array twice as long. */
function grow(counts: Int32Array): Int32Array {
  const longer = new Int32Array(counts.length * 2);
  longer.set(counts);
  return longer;
}
