/**
 * The PostgreSQL store against a real server started for this file (test/support/postgres.ts):
 * the shared Store contract, plus what is PostgreSQL's own: migrations from .sql files,
 * applied once even when instances start together, and errors that never show a password.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreOpenError } from '../../src/storage/errors.ts';
import { openStore } from '../../src/storage/open-store.ts';
import { bundledMigrations } from '../../src/storage/postgres-migrate.ts';
import { openPostgresStore } from '../../src/storage/postgres-store.ts';
import { startPostgres, type TestPostgres } from '../support/postgres.ts';
import { storeContract } from './store-contract.ts';

let server: TestPostgres;
beforeAll(async () => void (server = await startPostgres()), 60_000);
afterAll(async () => server?.stop());

storeContract('PostgreSQL', async () => {
  const url = await server.createDatabase();
  return { open: () => openPostgresStore(url, { poolSize: 2 }) };
});

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('PostgreSQL migrations', () => {
  it('is the store the bot opens when DATABASE_URL is set, whatever DATABASE_PATH says', async () => {
    const url = await server.createDatabase();
    const store = await openStore({ databaseUrl: url, databasePath: '/nonexistent/never-created.db' });
    await store.saveChannel({ platform: 'slack', channelId: 'C1', timeZone: 'UTC' });
    expect(await query(url, 'SELECT channel_id, time_zone FROM channels')).toEqual([
      { channel_id: 'C1', time_zone: 'UTC' },
    ]);
    await store.close();
  });

  it('applies every .sql file once, in order, even when three instances start together', async () => {
    const url = await server.createDatabase();
    const stores = await Promise.all([1, 2, 3].map(() => openPostgresStore(url, { poolSize: 1 })));
    const applied = await query<{ name: string }>(url, 'SELECT name FROM schema_migrations ORDER BY applied_at, name');
    expect(applied.map((r) => r.name)).toEqual(bundledMigrations().map((m) => m.name));
    expect(applied[0]?.name).toBe('0001-init.sql');
    await Promise.all(stores.map((s) => s.close()));
  });

  it('applies a later migration on the next start, and keeps the data', async () => {
    const url = await server.createDatabase();
    const first = await openPostgresStore(url);
    await first.setState('kept', 'yes');
    await first.close();
    const extra = [...bundledMigrations(), { name: '9999-note.sql', sql: 'CREATE TABLE note (text TEXT);' }];
    const second = await openPostgresStore(url, { migrations: extra });
    expect(await second.getState('kept')).toBe('yes');
    expect(await query(url, 'SELECT * FROM note')).toEqual([]);
    await second.close();
    // This briefbot does not know 9999-note.sql: the database is newer than it.
    await expect(openPostgresStore(url)).rejects.toThrow(
      /migrations this briefbot does not know \(9999-note\.sql\); upgrade briefbot/,
    );
  });

  it('rolls a failing migration back and says which one failed', async () => {
    const url = await server.createDatabase();
    const broken = [
      ...bundledMigrations(),
      { name: '0002-broken.sql', sql: 'CREATE TABLE half (x INT); SELECT nonsense FROM nowhere;' },
    ];
    await expect(openPostgresStore(url, { migrations: broken })).rejects.toThrow(/migration 0002-broken\.sql failed/);
    expect(await query(url, "SELECT to_regclass('half') AS t")).toEqual([{ t: null }]);
  });

  it('refuses an unreachable server with a StoreOpenError that names it without the password', async () => {
    const error = await openPostgresStore('postgres://bot:s3cret-pw@127.0.0.1:1/briefbot').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreOpenError);
    expect((error as Error).message).toMatch(
      /cannot use the database at postgres:\/\/bot:\*\*\*@127\.0\.0\.1:1\/briefbot: .*Check DATABASE_URL/,
    );
    expect((error as Error).message).not.toContain('s3cret-pw');
  });
});
