/**
 * SQL migrations for the PostgreSQL store: plain `.sql` files in ./migrations/postgres/,
 * applied in the order of their names (`0001-init.sql`, `0002-….sql`), each in its own
 * transaction and recorded in `schema_migrations`. An advisory lock serialises instances
 * that start together, so two of them never apply the same file twice.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type pg from 'pg';

export const MIGRATIONS_DIR = new URL('./migrations/postgres/', import.meta.url);

/** An arbitrary constant naming briefbot's migration lock among the database's advisory locks. */
const LOCK_ID = 0x6272_6266;

export interface Migration {
  name: string;
  sql: string;
}

/** The migration files shipped with this briefbot, in order. */
export function bundledMigrations(dir: URL = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((name) => ({ name, sql: readFileSync(new URL(name, dir), 'utf8') }));
}

/** Migrations the database has and this briefbot does not know: the database is newer. */
export class NewerSchemaError extends Error {
  override readonly name = 'NewerSchemaError';
}

/** Applies the migrations the database lacks; returns the names applied now. */
export async function migrate(
  pool: pg.Pool,
  migrations: readonly Migration[] = bundledMigrations(),
): Promise<string[]> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [LOCK_ID]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      name TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`);
    const { rows } = await client.query<{ name: string }>('SELECT name FROM schema_migrations');
    const known = new Set(migrations.map((m) => m.name));
    const unknown = rows.map((r) => r.name).filter((n) => !known.has(n));
    if (unknown.length > 0) {
      throw new NewerSchemaError(
        `it has migrations this briefbot does not know (${unknown.join(', ')}); upgrade briefbot`,
      );
    }
    const applied = new Set(rows.map((r) => r.name));
    const now: string[] = [];
    for (const m of migrations) {
      if (applied.has(m.name)) continue;
      await client.query('BEGIN');
      try {
        await client.query(m.sql);
        await client.query('INSERT INTO schema_migrations (name) VALUES ($1)', [m.name]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw new Error(`migration ${m.name} failed: ${(error as Error).message}`, { cause: error });
      }
      now.push(m.name);
    }
    return now;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [LOCK_ID]).catch(() => undefined);
    client.release();
  }
}
