/**
 * Chooses the store: PostgreSQL when DATABASE_URL is set (several instances share it),
 * otherwise the embedded SQLite file at DATABASE_PATH. Each driver is imported only when
 * chosen, so a SQLite bot never loads `pg` and a PostgreSQL one never opens a file.
 */
import type { Store } from './store.ts';

export interface StoreSettings {
  /** `postgres://…`; wins over `databasePath` when set. */
  databaseUrl?: string;
  /** A SQLite file, or `':memory:'`. */
  databasePath: string;
  /** Told about a pooled PostgreSQL connection that broke while idle. */
  onIdleError?: (error: Error) => void;
}

/** Opens and migrates the chosen store; throws `StoreOpenError` (./errors.ts) naming it. */
export async function openStore({ databaseUrl, databasePath, onIdleError }: StoreSettings): Promise<Store> {
  if (databaseUrl) {
    const { openPostgresStore } = await import('./postgres-store.ts');
    return openPostgresStore(databaseUrl, { onIdleError });
  }
  const { openSqliteStore } = await import('./sqlite-store.ts');
  return openSqliteStore(databasePath);
}
