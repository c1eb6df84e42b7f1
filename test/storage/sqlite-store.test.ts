import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore, SCHEMA_VERSION, StoreOpenError } from '../../src/storage/sqlite-store.ts';
import { nullStore } from '../../src/storage/store.ts';
import { storeContract } from './store-contract.ts';

let dir: string;
beforeEach(() => void (dir = mkdtempSync(join(tmpdir(), 'briefbot-store-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

// One file per test, opened by as many connections as the test asks for.
storeContract('SQLite', async () => {
  const path = join(dir, `contract-${Math.random().toString(36).slice(2)}.db`);
  return { open: async () => openSqliteStore(path) };
});

describe('SQLite store', () => {
  it('creates the file and its folder and records the schema version', async () => {
    const path = join(dir, 'nested', 'bot.db');
    await openSqliteStore(path).close();
    const raw = new Database(path);
    expect(raw.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    raw.close();
  });

  it('refuses a corrupt file with a clear error naming the path, and leaves the file alone', () => {
    const path = join(dir, 'corrupt.db');
    writeFileSync(path, 'this is not a database, just text '.repeat(200));
    expect(() => openSqliteStore(path)).toThrow(StoreOpenError);
    expect(() => openSqliteStore(path)).toThrow(/corrupt\.db: the file is not a valid SQLite database/);
  });

  it('refuses an unwritable location with a clear error naming the path', () => {
    const blocker = join(dir, 'a-file');
    writeFileSync(blocker, 'x');
    expect(() => openSqliteStore(join(blocker, 'bot.db'))).toThrow(/cannot use the database at .*a-file\/bot\.db/);
    if (process.getuid?.() !== 0) {
      const locked = join(dir, 'locked');
      void openSqliteStore(join(dir, 'seed.db')).close();
      writeFileSync(join(dir, 'placeholder'), '');
      chmodSync(dir, 0o500);
      try {
        expect(() => openSqliteStore(join(locked, 'bot.db'))).toThrow(StoreOpenError);
      } finally {
        chmodSync(dir, 0o700);
      }
    }
  });

  it('refuses a file written by a newer briefbot', () => {
    const path = join(dir, 'new.db');
    const raw = new Database(path);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
    raw.close();
    expect(() => openSqliteStore(path)).toThrow(/newer than this briefbot knows/);
  });

  it('the null store refuses changes with a short explanation and reads as empty', async () => {
    const store = nullStore();
    await expect(store.saveChannel({ platform: 'cli', channelId: 'cli', timeZone: 'UTC' })).rejects.toThrow(
      /kept by the running bot/,
    );
    expect(await store.subscribedChannels()).toEqual([]);
  });
});
