/**
 * The `Store` methods over an open, migrated SQLite database: the prepared statements on the
 * channels, deliveries, pack_seen and scheduler_state tables, and the row-to-record mapping.
 *
 * Kept apart from sqlite-store.ts, which opens, migrates and guards the file (locks, corrupt or
 * read-only files), so that each of the two reads as one concern: what the tables are queried
 * with here, how the database is reached there.
 */
import type Database from 'better-sqlite3';
import type { Platform } from '../core/incoming.ts';
import type { ChannelRef, ChannelSettings, DeliveryKey, DeliveryRecord, DeliveryStatus, Store } from './store.ts';

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

export function sqliteStore(db: Database.Database): Store {
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
