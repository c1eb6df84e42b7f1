/**
 * `ConversationState` in PostgreSQL, beside the shared `Store` (same database, tables of
 * migration 0002), so several instances share buttons and thread topics: a "Show more"
 * posted by one works when another receives the press. Like the SQLite version, expired
 * rows are remembered for a while (to say "expired" rather than "unknown") and each table
 * is cut back to `capacity` rows, oldest first, every `PRUNE_EVERY` writes.
 */
import pg from 'pg';
import {
  DEFAULT_CAPACITY,
  EXPIRED_MEMORY_MS,
  type ConversationState,
  type ThreadContext,
  type ThreadRef,
} from './conversation-state.ts';
import { StoreOpenError } from './errors.ts';
import { migrate } from './postgres-migrate.ts';
import { redactUrl } from './postgres-store.ts';

const PRUNE_EVERY = 100;

/** A thread's key: JSON, since PostgreSQL text cannot hold the NUL that the in-process key uses. */
const threadKey = (ref: ThreadRef) => JSON.stringify([ref.platform, ref.channelId, ref.threadId]);

export interface PostgresConversationOptions {
  capacity?: number;
  /** Connections in its pool (default 2). */
  poolSize?: number;
  onIdleError?: (error: Error) => void;
}

/** Connects, applies pending migrations and returns the state; throws `StoreOpenError` naming the database. */
export async function openPostgresConversationState(
  url: string,
  options: PostgresConversationOptions = {},
): Promise<ConversationState> {
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 2, connectionTimeoutMillis: 10_000 });
  pool.on('error', (error) => options.onIdleError?.(error));
  try {
    await migrate(pool);
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new StoreOpenError(redactUrl(url), `${(error as Error).message}. Check DATABASE_URL`, error);
  }
  return postgresConversationState(pool, options.capacity ?? DEFAULT_CAPACITY);
}

function postgresConversationState(pool: pg.Pool, capacity: number): ConversationState {
  let writes = 0;
  const prune = async (newestExpiry: Date) => {
    for (const table of ['conversation_buttons', 'conversation_threads']) {
      await pool.query(`DELETE FROM ${table} WHERE expires_at <= $1`, [
        new Date(newestExpiry.getTime() - EXPIRED_MEMORY_MS),
      ]);
      await pool.query(`DELETE FROM ${table} WHERE created <= (SELECT MAX(created) FROM ${table}) - $1`, [capacity]);
    }
  };
  const wrote = async (expiresAt: Date) => {
    if (++writes % PRUNE_EVERY === 0) await prune(expiresAt);
  };
  let closed = false;
  return {
    async putButton(id, value, expiresAt) {
      await pool.query(
        `INSERT INTO conversation_buttons (id, value, expires_at) VALUES ($1, $2, $3)
         ON CONFLICT (id) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at,
           created = nextval(pg_get_serial_sequence('conversation_buttons', 'created'))`,
        [id, JSON.stringify(value), expiresAt],
      );
      await wrote(expiresAt);
    },
    async button(id, now) {
      const { rows } = await pool.query<{ value: string; expires_at: Date }>(
        'SELECT value, expires_at FROM conversation_buttons WHERE id = $1',
        [id],
      );
      const row = rows[0];
      if (!row) return { status: 'missing' };
      if (row.expires_at.getTime() <= now.getTime()) return { status: 'expired' };
      return { status: 'found', value: JSON.parse(row.value) as unknown };
    },
    async putThread(ref, context, expiresAt) {
      await pool.query(
        `INSERT INTO conversation_threads (key, context, expires_at) VALUES ($1, $2, $3)
         ON CONFLICT (key) DO UPDATE SET context = excluded.context, expires_at = excluded.expires_at,
           created = nextval(pg_get_serial_sequence('conversation_threads', 'created'))`,
        [threadKey(ref), JSON.stringify(context), expiresAt],
      );
      await wrote(expiresAt);
    },
    async thread(ref, now) {
      const { rows } = await pool.query<{ context: string }>(
        'SELECT context FROM conversation_threads WHERE key = $1 AND expires_at > $2',
        [threadKey(ref), now],
      );
      return rows[0] ? (JSON.parse(rows[0].context) as ThreadContext) : undefined;
    },
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}
