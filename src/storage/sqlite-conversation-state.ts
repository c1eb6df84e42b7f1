/**
 * `ConversationState` in SQLite. It lives in the same database file as the `Store` (its
 * own tables, created if missing, so it needs no share of the Store's migrations) through
 * a connection of its own, or on a handle the caller passes. Expired rows are kept for a
 * while so a late press can be told "expired" rather than "unknown", then pruned (the
 * writer's clock is not passed in, so "a while" is measured back from the newest entry's
 * expiry); each table is cut back to `capacity` rows, oldest first, so it stays bounded.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import {
  DEFAULT_CAPACITY,
  EXPIRED_MEMORY_MS,
  threadKey,
  type ConversationState,
  type ThreadContext,
} from './conversation-state.ts';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS conversation_buttons (
    id TEXT PRIMARY KEY, value TEXT NOT NULL, expires_at INTEGER NOT NULL, created INTEGER NOT NULL);
  CREATE INDEX IF NOT EXISTS conversation_buttons_by_created ON conversation_buttons (created);
  CREATE INDEX IF NOT EXISTS conversation_buttons_by_expiry ON conversation_buttons (expires_at);
  CREATE TABLE IF NOT EXISTS conversation_threads (
    key TEXT PRIMARY KEY, context TEXT NOT NULL, expires_at INTEGER NOT NULL, created INTEGER NOT NULL);
  CREATE INDEX IF NOT EXISTS conversation_threads_by_created ON conversation_threads (created);
  CREATE INDEX IF NOT EXISTS conversation_threads_by_expiry ON conversation_threads (expires_at);`;

/** Prune every this many writes: often enough to stay bounded, rarely enough to cost nothing. */
const PRUNE_EVERY = 100;

export interface SqliteConversationOptions {
  capacity?: number;
}

/**
 * Opens the state on the database at `path` (created if missing), or on an open handle
 * (`':memory:'` gives a throwaway one). A handle passed in is not closed by `close()`.
 */
export function openSqliteConversationState(
  target: string | Database.Database,
  options: SqliteConversationOptions = {},
): ConversationState {
  const owned = typeof target === 'string';
  let db: Database.Database;
  if (typeof target === 'string') {
    const where = target === ':memory:' ? target : resolve(target);
    if (target !== ':memory:') mkdirSync(dirname(where), { recursive: true });
    db = new Database(where);
    db.pragma('busy_timeout = 5000');
    if (target !== ':memory:') db.pragma('journal_mode = WAL');
    // As the Store: a commit survives a process crash (what a restart needs); a power cut may lose the last few.
    db.pragma('synchronous = NORMAL');
  } else {
    db = target;
  }
  db.exec(SCHEMA);
  return sqliteConversationState(db, owned, options.capacity ?? DEFAULT_CAPACITY);
}

function sqliteConversationState(db: Database.Database, owned: boolean, capacity: number): ConversationState {
  // `created` is a counter, not a time: the order of writes, whatever the clock says.
  const q = {
    putButton: db.prepare(`INSERT INTO conversation_buttons (id, value, expires_at, created)
      VALUES (?, ?, ?, (SELECT COALESCE(MAX(created), 0) + 1 FROM conversation_buttons))
      ON CONFLICT (id) DO UPDATE SET
        value = excluded.value, expires_at = excluded.expires_at, created = excluded.created`),
    button: db.prepare('SELECT value, expires_at FROM conversation_buttons WHERE id = ?'),
    putThread: db.prepare(`INSERT INTO conversation_threads (key, context, expires_at, created)
      VALUES (?, ?, ?, (SELECT COALESCE(MAX(created), 0) + 1 FROM conversation_threads))
      ON CONFLICT (key) DO UPDATE SET
        context = excluded.context, expires_at = excluded.expires_at, created = excluded.created`),
    thread: db.prepare('SELECT context FROM conversation_threads WHERE key = ? AND expires_at > ?'),
  };
  const pruning = ['conversation_buttons', 'conversation_threads'].map((table) => ({
    expired: db.prepare(`DELETE FROM ${table} WHERE expires_at <= ?`),
    oldest: db.prepare(`DELETE FROM ${table} WHERE created <= (SELECT MAX(created) FROM ${table}) - ?`),
  }));
  const prune = db.transaction((newestExpiry: number) => {
    for (const { expired, oldest } of pruning) {
      expired.run(newestExpiry - EXPIRED_MEMORY_MS);
      oldest.run(capacity);
    }
  });
  let writes = 0;
  const wrote = (expiresAt: Date) => {
    if (++writes % PRUNE_EVERY === 0) prune(expiresAt.getTime());
  };
  let closed = false;
  return {
    async putButton(id, value, expiresAt) {
      q.putButton.run(id, JSON.stringify(value), expiresAt.getTime());
      wrote(expiresAt);
    },
    async button(id, now) {
      const row = q.button.get(id) as { value: string; expires_at: number } | undefined;
      if (!row) return { status: 'missing' };
      if (row.expires_at <= now.getTime()) return { status: 'expired' };
      return { status: 'found', value: JSON.parse(row.value) as unknown };
    },
    async putThread(ref, context, expiresAt) {
      q.putThread.run(threadKey(ref), JSON.stringify(context), expiresAt.getTime());
      wrote(expiresAt);
    },
    async thread(ref, now) {
      const row = q.thread.get(threadKey(ref), now.getTime()) as { context: string } | undefined;
      return row ? (JSON.parse(row.context) as ThreadContext) : undefined;
    },
    async close() {
      if (closed || !owned) return;
      closed = true;
      db.close();
    },
  };
}
