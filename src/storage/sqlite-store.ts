/**
 * The embedded `Store`: one SQLite file (better-sqlite3), created and migrated on open.
 * Claiming a delivery is a single `INSERT … ON CONFLICT DO NOTHING` on the ledger's
 * primary key, so two schedulers on the same file (a restart overlapping the old
 * process) can never both win. `':memory:'` gives a throwaway store for tests.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { UserError } from '../core/errors.ts';
import type { Platform } from '../core/incoming.ts';
import { StoreOpenError } from './errors.ts';
import type { ChannelRef, ChannelSettings, DeliveryKey, DeliveryRecord, DeliveryStatus, Store } from './store.ts';

export { StoreOpenError };

/**
 * The database is locked by another process. better-sqlite3 is synchronous, so a long
 * wait would freeze every answer: each attempt waits at most `BUSY_TIMEOUT_MS` (SQLite's
 * own busy handler), and the store tries `BUSY_ATTEMPTS` times with `BUSY_BACKOFF_MS`
 * between attempts, the event loop free meanwhile; then the one call that needed the
 * database fails with this message and nothing is changed; the scheduler tries again on
 * its next tick.
 */
export class StoreBusyError extends UserError {
  constructor(cause: unknown) {
    super('busy', 'The database is busy (another process holds a lock on it), so nothing was changed. Try again soon.');
    this.cause = cause;
  }
}

const BUSY_TIMEOUT_MS = 100;
const BUSY_ATTEMPTS = 3;
/** The pause before the second and the third attempt. */
const BUSY_BACKOFF_MS = [50, 150];

/** Each entry migrates from version i to i + 1; `PRAGMA user_version` records where a file is. */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE channels (
     platform TEXT NOT NULL, channel_id TEXT NOT NULL, time_zone TEXT NOT NULL,
     digest_time TEXT, digest_since INTEGER, reminder_leads TEXT, reminders_since INTEGER,
     PRIMARY KEY (platform, channel_id));
   CREATE TABLE deliveries (
     platform TEXT NOT NULL, channel_id TEXT NOT NULL, kind TEXT NOT NULL, subject TEXT NOT NULL, lead TEXT NOT NULL,
     due_at INTEGER NOT NULL, status TEXT NOT NULL, attempts INTEGER NOT NULL, late INTEGER NOT NULL DEFAULT 0,
     claimed_at INTEGER NOT NULL, finished_at INTEGER, error TEXT,
     PRIMARY KEY (platform, channel_id, kind, subject, lead));
   CREATE INDEX deliveries_by_status ON deliveries (status, due_at);
   CREATE TABLE pack_seen (pack_id TEXT PRIMARY KEY, first_seen_at INTEGER NOT NULL);
   CREATE TABLE scheduler_state (name TEXT PRIMARY KEY, value TEXT NOT NULL);`,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** Opens (creating and migrating) the store at `path`; throws `StoreOpenError` naming the path. */
export function openSqliteStore(path: string): Store {
  const where = path === ':memory:' ? path : resolve(path);
  let db: Database.Database;
  try {
    if (path !== ':memory:') mkdirSync(dirname(where), { recursive: true });
    db = new Database(where);
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    if (path !== ':memory:') db.pragma('journal_mode = WAL');
    // WAL + NORMAL: a commit survives a process crash (what a restart needs); only a power cut may lose the last few.
    db.pragma('synchronous = NORMAL');
    migrate(db, where);
    // SQLite opens a file it may not write read-only without a word: refuse it now, naming
    // the path, rather than fail every write later.
    db.prepare(
      `INSERT INTO scheduler_state (name, value) VALUES ('store.opened', '1')
      ON CONFLICT (name) DO UPDATE SET value = excluded.value`,
    ).run();
  } catch (error) {
    if (error instanceof StoreOpenError) throw error;
    throw new StoreOpenError(where, explain(error), error);
  }
  return busyAware(sqliteStore(db));
}

/** Every store call with SQLITE_BUSY / SQLITE_LOCKED turned into a `StoreBusyError` (the calls are async). */
function busyAware(store: Store): Store {
  const busy = (error: unknown) => {
    const code = (error as { code?: string }).code ?? '';
    return code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED');
  };
  const wrapped = Object.entries(store).map(([name, fn]) => [
    name,
    async (...args: unknown[]) => {
      for (let attempt = 1; ; attempt++) {
        try {
          return await (fn as (...a: unknown[]) => unknown)(...args);
        } catch (error) {
          if (!busy(error)) throw error;
          if (attempt >= BUSY_ATTEMPTS) throw new StoreBusyError(error);
          await new Promise((r) => setTimeout(r, BUSY_BACKOFF_MS[attempt - 1]));
        }
      }
    },
  ]);
  return Object.fromEntries(wrapped) as Store;
}

function migrate(db: Database.Database, where: string): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > SCHEMA_VERSION) {
    db.close();
    throw new StoreOpenError(
      where,
      `it has schema version ${version}, newer than this briefbot knows (${SCHEMA_VERSION}); upgrade briefbot`,
    );
  }
  for (let v = version; v < SCHEMA_VERSION; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]!);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}

function explain(error: unknown): string {
  const code = (error as { code?: string }).code ?? '';
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT' || /not a database|malformed/i.test(message)) {
    return 'the file is not a valid SQLite database (corrupt?). Move it aside or set DATABASE_PATH to another file';
  }
  if (
    code === 'SQLITE_CANTOPEN' ||
    code === 'SQLITE_READONLY' ||
    code === 'EACCES' ||
    code === 'EROFS' ||
    code === 'ENOTDIR' ||
    /readonly|unable to open/i.test(message)
  ) {
    return `it cannot be opened for writing (${message}). Check the folder's permissions or set DATABASE_PATH`;
  }
  return message;
}

interface ChannelRow {
  platform: string;
  channel_id: string;
  time_zone: string;
  digest_time: string | null;
  digest_since: number | null;
  reminder_leads: string | null;
  reminders_since: number | null;
}

interface DeliveryRow {
  platform: string;
  channel_id: string;
  kind: string;
  subject: string;
  lead: string;
  due_at: number;
  status: string;
  attempts: number;
  late: number;
  finished_at: number | null;
  error: string | null;
}

function toSettings(row: ChannelRow): ChannelSettings {
  const settings: ChannelSettings = {
    platform: row.platform as Platform,
    channelId: row.channel_id,
    timeZone: row.time_zone,
  };
  if (row.digest_time !== null) settings.digest = { time: row.digest_time, since: new Date(row.digest_since ?? 0) };
  if (row.reminder_leads !== null)
    settings.reminders = {
      leads: JSON.parse(row.reminder_leads) as number[],
      since: new Date(row.reminders_since ?? 0),
    };
  return settings;
}

function toRecord(row: DeliveryRow): DeliveryRecord {
  return {
    platform: row.platform as Platform,
    channelId: row.channel_id,
    kind: row.kind as DeliveryRecord['kind'],
    subject: row.subject,
    lead: row.lead,
    dueAt: new Date(row.due_at),
    status: row.status as DeliveryStatus,
    attempts: row.attempts,
    late: row.late === 1,
    ...(row.finished_at !== null ? { finishedAt: new Date(row.finished_at) } : {}),
    ...(row.error !== null ? { error: row.error } : {}),
  };
}

const KEY = 'platform = @platform AND channel_id = @channelId AND kind = @kind AND subject = @subject AND lead = @lead';

function sqliteStore(db: Database.Database): Store {
  const q = {
    channel: db.prepare('SELECT * FROM channels WHERE platform = ? AND channel_id = ?'),
    save: db.prepare(`INSERT INTO channels (platform, channel_id, time_zone, digest_time, digest_since, \
reminder_leads, reminders_since)
      VALUES (@platform, @channelId, @timeZone, @digestTime, @digestSince, @leads, @remindersSince)
      ON CONFLICT (platform, channel_id) DO UPDATE SET time_zone = excluded.time_zone, \
digest_time = excluded.digest_time,
        digest_since = excluded.digest_since, reminder_leads = excluded.reminder_leads, \
reminders_since = excluded.reminders_since`),
    subscribed: db.prepare(
      'SELECT * FROM channels WHERE digest_time IS NOT NULL OR reminder_leads IS NOT NULL ' +
        'ORDER BY platform, channel_id',
    ),
    claim: db.prepare(`INSERT INTO deliveries (platform, channel_id, kind, subject, lead, due_at, status, \
attempts, claimed_at)
      VALUES (@platform, @channelId, @kind, @subject, @lead, @dueAt, 'claimed', 1, @now) ON CONFLICT DO NOTHING`),
    reclaim: db.prepare(`UPDATE deliveries SET status = 'claimed', attempts = attempts + 1, claimed_at = @now
      WHERE ${KEY} AND status = 'failed' AND attempts < @maxAttempts`),
    finish: db.prepare(
      'UPDATE deliveries SET status = @status, late = @late, finished_at = @at, error = @error ' +
        `WHERE ${KEY} AND status = 'claimed'`,
    ),
    skip: db.prepare(`INSERT INTO deliveries (platform, channel_id, kind, subject, lead, due_at, status, \
attempts, claimed_at, finished_at)
      VALUES (@platform, @channelId, @kind, @subject, @lead, @dueAt, 'skipped', 0, @now, @now) ON CONFLICT DO NOTHING`),
    failed: db.prepare(
      `SELECT * FROM deliveries WHERE status = 'failed' AND due_at >= ? AND attempts < ? ORDER BY due_at`,
    ),
    ledger: db.prepare(
      'SELECT * FROM deliveries WHERE platform = ? AND channel_id = ? ORDER BY due_at, kind, subject, lead',
    ),
    lastDigest: db.prepare(
      'SELECT MAX(finished_at) AS at FROM deliveries ' +
        "WHERE platform = ? AND channel_id = ? AND kind = 'digest' AND status = 'sent'",
    ),
    seeOne: db.prepare('INSERT INTO pack_seen (pack_id, first_seen_at) VALUES (?, ?) ON CONFLICT DO NOTHING'),
    seen: db.prepare('SELECT pack_id, first_seen_at FROM pack_seen'),
    getState: db.prepare('SELECT value FROM scheduler_state WHERE name = ?'),
    setState: db.prepare(
      'INSERT INTO scheduler_state (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value',
    ),
  };
  const keyParams = (k: DeliveryKey) => ({
    platform: k.platform,
    channelId: k.channelId,
    kind: k.kind,
    subject: k.subject,
    lead: k.lead,
  });
  const seeAll = db.transaction((ids: readonly string[], now: number) => {
    for (const id of ids) q.seeOne.run(id, now);
  });
  let closed = false;

  return {
    channel: async ({ platform, channelId }: ChannelRef) => {
      const row = q.channel.get(platform, channelId) as ChannelRow | undefined;
      return row && toSettings(row);
    },
    async saveChannel(s) {
      q.save.run({
        platform: s.platform,
        channelId: s.channelId,
        timeZone: s.timeZone,
        digestTime: s.digest?.time ?? null,
        digestSince: s.digest?.since.getTime() ?? null,
        leads: s.reminders ? JSON.stringify(s.reminders.leads) : null,
        remindersSince: s.reminders?.since.getTime() ?? null,
      });
    },
    subscribedChannels: async () => (q.subscribed.all() as ChannelRow[]).map(toSettings),
    claimDelivery: async (key, dueAt, now) =>
      q.claim.run({ ...keyParams(key), dueAt: dueAt.getTime(), now: now.getTime() }).changes === 1,
    reclaimFailed: async (key, maxAttempts, now) =>
      q.reclaim.run({ ...keyParams(key), maxAttempts, now: now.getTime() }).changes === 1,
    async finishDelivery(key, { status, late, at, error }) {
      q.finish.run({
        ...keyParams(key),
        status,
        late: late ? 1 : 0,
        at: at.getTime(),
        error: error?.slice(0, 500) ?? null,
      });
    },
    recordSkipped: async (key, dueAt, now) =>
      q.skip.run({ ...keyParams(key), dueAt: dueAt.getTime(), now: now.getTime() }).changes === 1,
    failedDeliveries: async (dueAfter, maxAttempts) =>
      (q.failed.all(dueAfter.getTime(), maxAttempts) as DeliveryRow[]).map(toRecord),
    deliveries: async ({ platform, channelId }) => (q.ledger.all(platform, channelId) as DeliveryRow[]).map(toRecord),
    async lastDigestAt({ platform, channelId }) {
      const row = q.lastDigest.get(platform, channelId) as { at: number | null };
      return row.at === null ? undefined : new Date(row.at);
    },
    markPacksSeen: async (ids, now) => seeAll(ids, now.getTime()),
    packsSeen: async () =>
      new Map(
        (q.seen.all() as { pack_id: string; first_seen_at: number }[]).map((r) => [
          r.pack_id,
          new Date(r.first_seen_at),
        ]),
      ),
    getState: async (name) => (q.getState.get(name) as { value: string } | undefined)?.value,
    setState: async (name, value) => void q.setState.run(name, value),
    async close() {
      if (closed) return;
      closed = true;
      db.close();
    },
  };
}
