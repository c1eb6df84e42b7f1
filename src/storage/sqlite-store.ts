/**
 * The embedded `Store`: one SQLite file (better-sqlite3), created and migrated on open.
 * Claiming a delivery is a single `INSERT … ON CONFLICT DO NOTHING` on the ledger's
 * primary key, so two schedulers on the same file (a restart overlapping the old
 * process) can never both win. `':memory:'` gives a throwaway store for tests.
 * This file opens, migrates and guards the database; the statements are in sqlite-statements.ts.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { UserError } from '../core/errors.ts';
import { StoreOpenError } from './errors.ts';
import { sqliteStore } from './sqlite-statements.ts';
import type { Store } from './store.ts';

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
