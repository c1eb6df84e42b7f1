import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore, SCHEMA_VERSION, StoreOpenError } from '../../src/storage/sqlite-store.ts';
import { nullStore, type DeliveryKey } from '../../src/storage/store.ts';

const at = (iso: string) => new Date(iso);
const key: DeliveryKey = { platform: 'slack', channelId: 'C1', kind: 'reminder', subject: 'pack/event', lead: '1h' };

let dir: string;
beforeEach(() => void (dir = mkdtempSync(join(tmpdir(), 'briefbot-store-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('SQLite store', () => {
  it('creates the file and its folder, migrates it, and keeps settings and the ledger across reopen', () => {
    const path = join(dir, 'nested', 'bot.db');
    const first = openSqliteStore(path);
    first.saveChannel({ platform: 'discord', channelId: '42', timeZone: 'Europe/London', digest: { time: '08:00', since: at('2015-12-13T12:00:00Z') }, reminders: { leads: [1440, 60], since: at('2015-12-13T12:00:00Z') } });
    expect(first.claimDelivery(key, at('2015-12-16T06:00:00Z'), at('2015-12-16T06:00:00Z'))).toBe(true);
    first.finishDelivery(key, { status: 'sent', late: false, at: at('2015-12-16T06:00:01Z') });
    first.markPacksSeen(['a'], at('2015-12-13T12:00:00Z'));
    first.setState('x', 'y');
    first.close();

    const again = openSqliteStore(path);
    expect(again.channel({ platform: 'discord', channelId: '42' })).toEqual({
      platform: 'discord', channelId: '42', timeZone: 'Europe/London',
      digest: { time: '08:00', since: at('2015-12-13T12:00:00Z') }, reminders: { leads: [1440, 60], since: at('2015-12-13T12:00:00Z') },
    });
    expect(again.subscribedChannels()).toHaveLength(1);
    expect(again.deliveries({ platform: 'slack', channelId: 'C1' })).toMatchObject([{ ...key, status: 'sent', attempts: 1, late: false }]);
    expect(again.claimDelivery(key, at('2015-12-16T06:00:00Z'), at('2015-12-16T07:00:00Z'))).toBe(false);
    expect(again.packsSeen().get('a')).toEqual(at('2015-12-13T12:00:00Z'));
    expect(again.getState('x')).toBe('y');
    again.close();
    const raw = new Database(path);
    expect(raw.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    raw.close();
  });

  it('lets exactly one of two connections on one file claim a delivery', () => {
    const path = join(dir, 'bot.db');
    const a = openSqliteStore(path);
    const b = openSqliteStore(path);
    const due = at('2015-12-16T06:00:00Z');
    expect([a.claimDelivery(key, due, due), b.claimDelivery(key, due, due)]).toEqual([true, false]);
    a.close();
    b.close();
  });

  it('retries a failed delivery only while attempts remain, and records skips once', () => {
    const store = openSqliteStore(':memory:');
    const due = at('2015-12-16T06:00:00Z');
    store.claimDelivery(key, due, due);
    store.finishDelivery(key, { status: 'failed', late: false, at: due, error: 'boom' });
    expect(store.failedDeliveries(at('2015-12-16T00:00:00Z'), 2)).toMatchObject([{ ...key, status: 'failed', attempts: 1, error: 'boom' }]);
    expect(store.failedDeliveries(at('2015-12-16T07:00:00Z'), 2)).toEqual([]);
    expect(store.reclaimFailed(key, 2, due)).toBe(true);
    expect(store.reclaimFailed(key, 2, due)).toBe(false); // already claimed again
    store.finishDelivery(key, { status: 'failed', late: true, at: due });
    expect(store.reclaimFailed(key, 2, due)).toBe(false); // two attempts used
    const other = { ...key, lead: '1d' };
    expect(store.recordSkipped(other, due, due)).toBe(true);
    expect(store.recordSkipped(other, due, due)).toBe(false);
    expect(store.claimDelivery(other, due, due)).toBe(false);
    store.close();
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
      openSqliteStore(join(dir, 'seed.db')).close();
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

  it('the null store refuses changes with a short explanation and reads as empty', () => {
    const store = nullStore();
    expect(() => store.saveChannel({ platform: 'cli', channelId: 'cli', timeZone: 'UTC' })).toThrow(/kept by the running bot/);
    expect(store.subscribedChannels()).toEqual([]);
  });
});
