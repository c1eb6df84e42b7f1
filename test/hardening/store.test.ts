/**
 * The store opens read-write or refuses with the path and the reason; a database locked
 * by another process delays only the write that needs it (briefly, then a specific
 * message, nothing changed), never an answer.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createBot } from './bot.ts';
import { openSqliteStore, StoreOpenError } from '../../src/storage/sqlite-store.ts';
import { renderText } from '../../src/render/text.ts';

const dir = mkdtempSync(join(tmpdir(), 'briefbot-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Opens the store at `path` as a user who may not write it: `nobody` when the tests run as root. */
function openAsReader(path: string): string {
  const script = `import { openSqliteStore } from ${JSON.stringify(join(process.cwd(), 'src/storage/sqlite-store.ts'))};
try { openSqliteStore(${JSON.stringify(path)}).close(); console.log('opened'); } \
catch (e) { console.log(e.name + ': ' + e.message); }`;
  const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  return execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    ...asNobody,
    env: { ...process.env, TSX_TSCONFIG_PATH: join(process.cwd(), 'tsconfig.json') },
  })
    .toString()
    .trim();
}

/**
 * Whether the reader that `openAsReader` becomes can reach this checkout: as root it runs as
 * `nobody`, who cannot read a checkout inside a private folder (`mktemp -d` makes them 0700).
 */
function readerReachesCheckout(): boolean {
  if (process.getuid?.() !== 0) return true;
  try {
    const probe = `require('fs').accessSync(${JSON.stringify(join(process.cwd(), 'src/storage/sqlite-store.ts'))})`;
    execFileSync(process.execPath, ['-e', probe], { uid: 65534, gid: 65534, stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('opening the store', () => {
  it.skipIf(!readerReachesCheckout())(
    'refuses a database file it cannot write, naming the path and the reason',
    () => {
      const path = join(dir, 'readonly.db');
      openSqliteStore(path).close();
      chmodSync(path, 0o444);
      chmodSync(dir, 0o777);
      const said = openAsReader(path);
      expect(said).toMatch(
        new RegExp(
          `^StoreOpenError: cannot use the database at ${path.replace(/[.]/g, '\\.')}: ` +
            `it cannot be opened for writing \\(.*readonly.*\\)\\. ` +
            `Check the folder's permissions or set DATABASE_PATH$`,
        ),
      );
    },
    30_000,
  );

  it('refuses a file that is not a database', () => {
    const path = join(dir, 'garbage.db');
    writeFileSync(path, 'this is not a database, it is a text file of some length '.repeat(100));
    expect(() => openSqliteStore(path)).toThrow(StoreOpenError);
    expect(() => openSqliteStore(path)).toThrow(
      `cannot use the database at ${path}: the file is not a valid SQLite database`,
    );
  });
});

describe('a database locked by another process', () => {
  it('answers at once; a change waits briefly, then gets a specific message and changes nothing', async () => {
    const path = join(dir, 'locked.db');
    const store = openSqliteStore(path);
    const { say } = createBot(store);
    const other = new Database(path);
    other.exec('BEGIN IMMEDIATE');
    try {
      let t = performance.now();
      const brief = await say('/brief Kerry');
      expect(renderText(brief)).toContain('John Kerry');
      expect(performance.now() - t).toBeLessThan(1_000);

      t = performance.now();
      const change = await say('/digest on 09:00');
      const waited = performance.now() - t;
      expect(renderText(change)).toContain(
        'The database is busy (another process holds a lock on it), so nothing was changed. Try again soon.',
      );
      expect(waited).toBeLessThan(1_500);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect((await store.channel({ platform: 'shell', channelId: 'c1' }))?.digest).toBeUndefined();
    expect(renderText(await say('/digest on 09:00'))).toMatch(/digest/i);
    expect((await store.channel({ platform: 'shell', channelId: 'c1' }))?.digest?.time).toBe('09:00');
    await store.close();
  });

  it('retries with backoff: a lock released within the attempts costs the write a wait, not a failure', async () => {
    const path = join(dir, 'briefly-locked.db');
    const store = openSqliteStore(path);
    const { say } = createBot(store);
    const other = new Database(path);
    other.exec('BEGIN IMMEDIATE');
    // Released after the first attempt has given up, before the last one.
    setTimeout(() => {
      other.exec('ROLLBACK');
      other.close();
    }, 180);
    const change = await say('/digest on 09:00');
    expect(renderText(change)).not.toContain('The database is busy');
    expect((await store.channel({ platform: 'shell', channelId: 'c1' }))?.digest?.time).toBe('09:00');
    await store.close();
  });
});
