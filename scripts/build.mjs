// `npm run build` (and `prepare`, so `npm ci` runs it): compiles src/ and commands/ to
// dist/ with tsc (relative `.ts` imports rewritten to `.js`), copies the files the code
// reads at run time (SQL migrations, the word vectors, WordNet's synonyms), and stamps the
// build so bin/briefbot.js can tell a fresh dist/ from a stale one. zod is bundled into one
// file in place of src/vendor/zod.ts's compiled copy (see that file for why). dist/ is rebuilt
// from scratch: a deleted command file must not live on as a compiled one.
// `node scripts/build.mjs <dir>` builds elsewhere (tests).
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { buildSync } from 'esbuild';

/**
 * A `z` holding only the members the sources use (`z.string`, `z.object`…), found by reading
 * them, so esbuild leaves the rest of zod out: 97 KB instead of 454 KB to parse at every start.
 * Type-only names (`z.infer`) are not members of the runtime `z` and drop out.
 */
async function zodEntry() {
  const { z } = await import('zod');
  const used = new Set();
  for (const file of readdirSync('src', { recursive: true })) {
    const text = file.endsWith('.ts') ? readFileSync(`src/${file}`, 'utf8') : '';
    if (text.includes('/vendor/zod.ts')) for (const [, name] of text.matchAll(/\bz\.([A-Za-z]+)/g)) used.add(name);
  }
  const names = [...used].filter((name) => name in z).sort();
  return `import { ${names.map((n) => `${n} as _${n}`).join(', ')} } from 'zod';
export const z = { ${names.map((n) => `${n}: _${n}`).join(', ')} };`;
}

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const out = process.argv[2] ?? 'dist';
rmSync(out, { recursive: true, force: true });
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--outDir', out], { stdio: 'inherit' });
buildSync({
  stdin: { contents: await zodEntry(), resolveDir: process.cwd(), loader: 'js' },
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'node',
  outfile: `${out}/src/vendor/zod.js`,
  allowOverwrite: true,
  logLevel: 'warning',
});
rmSync(`${out}/src/vendor/zod.js.map`);
cpSync('src/storage/migrations', `${out}/src/storage/migrations`, { recursive: true });
cpSync('src/knowledge/lexicon/word-vectors.bin', `${out}/src/knowledge/lexicon/word-vectors.bin`);
cpSync('src/knowledge/lexicon/wordnet-synonyms.json', `${out}/src/knowledge/lexicon/wordnet-synonyms.json`);
writeFileSync(`${out}/BUILT`, `${new Date().toISOString()}\n`);
