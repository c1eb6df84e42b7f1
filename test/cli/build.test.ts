/**
 * The compiled CLI: `scripts/build.mjs` (what `npm ci` runs through `prepare`) turns the
 * sources into JavaScript that runs on plain Node, with the commands found as `.js` files
 * and the SQL migrations copied beside the store that reads them; and the one-shot
 * commands never load the Slack or Discord libraries, nor pino (made on first use), and
 * read zod as one bundled file that still validates.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
// Inside the repository, so the output finds node_modules as dist/ does.
const out = mkdtempSync('dist-test-');
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('compiled build', () => {
  it('builds JavaScript that answers `brief Kerry` on plain node without loading a platform SDK', async () => {
    await run(process.execPath, ['scripts/build.mjs', out], { timeout: 240_000 });
    expect(existsSync(join(out, 'BUILT'))).toBe(true);
    expect(readdirSync(join(out, 'src/storage/migrations/postgres'))).toContain('0001-init.sql');
    // Plain node, no TypeScript loader: every import in the output must point at a .js file.
    const script = `
      const { main } = await import(${JSON.stringify(join(process.cwd(), out, 'src/cli/main.js'))});
      const code = await main(['brief', 'Kerry']);
      const loaded = Object.keys(await import('node:module').then((m) => m.createRequire(import.meta.url).cache));
      const pino = loaded.some((f) => f.includes('/node_modules/pino/'));
      console.log(JSON.stringify({ code, platformSdk: loaded.some((f) => /@slack|discord\\.js/.test(f)), pino }));`;
    const { stdout, stderr } = await run(process.execPath, ['--input-type=module', '-e', script], { timeout: 60_000 });
    expect(stderr).toBe('');
    expect(stdout).toContain('John Kerry');
    expect(JSON.parse(stdout.trim().split('\n').at(-1)!)).toEqual({ code: 0, platformSdk: false, pino: false });
  }, 300_000);

  it('bundles zod into one file that still names what is wrong with a setting', async () => {
    expect(readFileSync(join(out, 'src/vendor/zod.js'), 'utf8')).not.toMatch(/from\s*["']zod/);
    const script = `
      const { main } = await import(${JSON.stringify(join(process.cwd(), out, 'src/cli/main.js'))});
      process.exitCode = await main(['brief', 'Kerry']);`;
    const failed = await run(process.execPath, ['--input-type=module', '-e', script], {
      env: { ...process.env, SLACK_PORT: 'not-a-port' },
    }).catch((error: { stderr: string }) => error);
    expect(failed.stderr).toContain('SLACK_PORT: Invalid input: expected number');
  }, 60_000);
});
