/**
 * The shared `Store`: PostgreSQL through the `pg` driver, for several bot instances (a
 * rolling deploy, a standby). The schema comes from SQL migrations applied on open
 * (./postgres-migrate.ts). Claiming a delivery is one `INSERT … ON CONFLICT DO NOTHING
 * RETURNING`: the ledger's primary key lets exactly one instance insert the row, so two
 * instances never both send a digest or reminder. Retrying a failed one is an `UPDATE …
 * WHERE status = 'failed' RETURNING`, which the row lock likewise gives to one instance.
 */
import pg from 'pg';
import type { Platform } from '../core/incoming.ts';
import { StoreOpenError } from './errors.ts';
import { migrate, NewerSchemaError, type Migration } from './postgres-migrate.ts';
import type { ChannelSettings, DeliveryKey, DeliveryRecord, DeliveryStatus, Store } from './store.ts';

export interface PostgresStoreOptions {
  /** Connections in the pool (default 4). */
  poolSize?: number;
  /** Migrations to apply instead of the bundled files (tests). */
  migrations?: readonly Migration[];
  /** Told about a pooled connection that broke while idle (the server restarted); the pool replaces it. */
  onIdleError?: (error: Error) => void;
}

/** The URL without its password, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://…';
  }
}

/** Connects, applies pending migrations and returns the store; throws `StoreOpenError` naming the database. */
export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 4, connectionTimeoutMillis: 10_000 });
  pool.on('error', (error) => options.onIdleError?.(error));
  try {
    await migrate(pool, options.migrations);
  } catch (error) {
    await pool.end().catch(() => undefined);
    const reason =
      error instanceof NewerSchemaError ? error.message : `${(error as Error).message}. Check DATABASE_URL`;
    throw new StoreOpenError(redactUrl(url), reason, error);
  }
  return postgresStore(pool);
}

interface ChannelRow {
  platform: string;
  channel_id: string;
  time_zone: string;
  digest_time: string | null;
  digest_since: Date | null;
  reminder_leads: number[] | null;
  reminders_since: Date | null;
}

interface DeliveryRow {
  platform: string;
  channel_id: string;
  kind: string;
  subject: string;
  lead: string;
  due_at: Date;
  status: string;
  attempts: number;
  late: boolean;
  finished_at: Date | null;
  error: string | null;
}

function toSettings(row: ChannelRow): ChannelSettings {
  const settings: ChannelSettings = {
    platform: row.platform as Platform,
    channelId: row.channel_id,
    timeZone: row.time_zone,
  };
  if (row.digest_time !== null) settings.digest = { time: row.digest_time, since: row.digest_since ?? new Date(0) };
  if (row.reminder_leads !== null)
    settings.reminders = { leads: row.reminder_leads, since: row.reminders_since ?? new Date(0) };
  return settings;
}

function toRecord(row: DeliveryRow): DeliveryRecord {
  return {
    platform: row.platform as Platform,
    channelId: row.channel_id,
    kind: row.kind as DeliveryRecord['kind'],
    subject: row.subject,
    lead: row.lead,
    dueAt: row.due_at,
    status: row.status as DeliveryStatus,
    attempts: row.attempts,
    late: row.late,
    ...(row.finished_at !== null ? { finishedAt: row.finished_at } : {}),
    ...(row.error !== null ? { error: row.error } : {}),
  };
}

/** `$1 … $5` are always the key, in this order. */
const KEY = 'platform = $1 AND channel_id = $2 AND kind = $3 AND subject = $4 AND lead = $5';
const keyParams = (k: DeliveryKey) => [k.platform, k.channelId, k.kind, k.subject, k.lead];

function postgresStore(pool: pg.Pool): Store {
  const rows = async <T extends pg.QueryResultRow>(sql: string, params: unknown[] = []) =>
    (await pool.query<T>(sql, params)).rows;
  const changed = async (sql: string, params: unknown[]) => (await pool.query(sql, params)).rowCount === 1;
  let closed: Promise<void> | undefined;

  return {
    async channel({ platform, channelId }) {
      const [row] = await rows<ChannelRow>('SELECT * FROM channels WHERE platform = $1 AND channel_id = $2', [
        platform,
        channelId,
      ]);
      return row && toSettings(row);
    },
    async saveChannel(s) {
      await pool.query(
        `INSERT INTO channels
           (platform, channel_id, time_zone, digest_time, digest_since, reminder_leads, reminders_since)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (platform, channel_id) DO UPDATE SET time_zone = excluded.time_zone,
           digest_time = excluded.digest_time, digest_since = excluded.digest_since,
           reminder_leads = excluded.reminder_leads, reminders_since = excluded.reminders_since`,
        [
          s.platform,
          s.channelId,
          s.timeZone,
          s.digest?.time ?? null,
          s.digest?.since ?? null,
          s.reminders?.leads ?? null,
          s.reminders?.since ?? null,
        ],
      );
    },
    subscribedChannels: async () =>
      (
        await rows<ChannelRow>(`SELECT * FROM channels WHERE digest_time IS NOT NULL OR reminder_leads IS NOT NULL
        ORDER BY platform, channel_id`)
      ).map(toSettings),
    claimDelivery: (key, dueAt, now) =>
      changed(
        `INSERT INTO deliveries (platform, channel_id, kind, subject, lead, due_at, status, attempts, claimed_at)
        VALUES ($1, $2, $3, $4, $5, $6, 'claimed', 1, $7) ON CONFLICT DO NOTHING RETURNING 1`,
        [...keyParams(key), dueAt, now],
      ),
    reclaimFailed: (key, maxAttempts, now) =>
      changed(
        `UPDATE deliveries SET status = 'claimed', attempts = attempts + 1, claimed_at = $7
        WHERE ${KEY} AND status = 'failed' AND attempts < $6 RETURNING 1`,
        [...keyParams(key), maxAttempts, now],
      ),
    async finishDelivery(key, { status, late, at, error }) {
      await pool.query(
        `UPDATE deliveries SET status = $6, late = $7, finished_at = $8, error = $9
         WHERE ${KEY} AND status = 'claimed'`,
        [...keyParams(key), status, late, at, error?.slice(0, 500) ?? null],
      );
    },
    recordSkipped: (key, dueAt, now) =>
      changed(
        `INSERT INTO deliveries
          (platform, channel_id, kind, subject, lead, due_at, status, attempts, claimed_at, finished_at)
        VALUES ($1, $2, $3, $4, $5, $6, 'skipped', 0, $7, $7) ON CONFLICT DO NOTHING RETURNING 1`,
        [...keyParams(key), dueAt, now],
      ),
    failedDeliveries: async (dueAfter, maxAttempts) =>
      (
        await rows<DeliveryRow>(
          `SELECT * FROM deliveries WHERE status = 'failed' AND due_at >= $1 AND attempts < $2 ORDER BY due_at`,
          [dueAfter, maxAttempts],
        )
      ).map(toRecord),
    deliveries: async ({ platform, channelId }) =>
      (
        await rows<DeliveryRow>(
          'SELECT * FROM deliveries WHERE platform = $1 AND channel_id = $2 ORDER BY due_at, kind, subject, lead',
          [platform, channelId],
        )
      ).map(toRecord),
    async lastDigestAt({ platform, channelId }) {
      const [row] = await rows<{ at: Date | null }>(
        `SELECT MAX(finished_at) AS at FROM deliveries
        WHERE platform = $1 AND channel_id = $2 AND kind = 'digest' AND status = 'sent'`,
        [platform, channelId],
      );
      return row?.at ?? undefined;
    },
    async markPacksSeen(ids, now) {
      if (ids.length === 0) return;
      await pool.query(
        'INSERT INTO pack_seen (pack_id, first_seen_at) SELECT unnest($1::text[]), $2 ON CONFLICT DO NOTHING',
        [ids, now],
      );
    },
    packsSeen: async () =>
      new Map(
        (await rows<{ pack_id: string; first_seen_at: Date }>('SELECT pack_id, first_seen_at FROM pack_seen')).map(
          (r) => [r.pack_id, r.first_seen_at],
        ),
      ),
    getState: async (name) =>
      (await rows<{ value: string }>('SELECT value FROM scheduler_state WHERE name = $1', [name]))[0]?.value,
    async setState(name, value) {
      await pool.query(
        `INSERT INTO scheduler_state (name, value) VALUES ($1, $2)
         ON CONFLICT (name) DO UPDATE SET value = excluded.value`,
        [name, value],
      );
    },
    close: () => (closed ??= pool.end()),
  };
}
