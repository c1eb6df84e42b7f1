#!/usr/bin/env node
// Entry point for `npx briefbot` and `npm start`. Runs the compiled bot in dist/ (built by
// `npm run build`, which `npm ci` runs through `prepare`), so no TypeScript is transpiled
// at run time. When dist/ is missing or older than a source file (a checkout being edited),
// it runs the TypeScript sources through tsx instead: slower to start, never stale.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const stamp = `${root}dist/BUILT`;

/** The newest modification time of any file under `dir`. */
function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) latest = Math.max(latest, statSync(`${entry.parentPath ?? entry.path}/${entry.name}`).mtimeMs);
  }
  return latest;
}

const built = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
const fresh = built > 0 && Math.max(newest(`${root}src`), newest(`${root}commands`)) <= built;
let main;
if (fresh) {
  ({ main } = await import('../dist/src/cli/main.js'));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
