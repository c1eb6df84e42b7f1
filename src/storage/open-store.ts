/**
 * Chooses the store (and where conversation state lives): PostgreSQL when DATABASE_URL is
 * set (several instances share it), otherwise the embedded SQLite file at DATABASE_PATH.
 * Each driver is imported only when chosen, so a SQLite bot never loads `pg` and a
 * PostgreSQL one never opens a file.
 */
import type { ConversationState } from './conversation-state.ts';
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

/**
 * Chooses where buttons and thread topics live, by the same settings: PostgreSQL beside
 * the shared Store (so every instance sees them), else the SQLite file beside the Store.
 */
export async function openConversationState({
  databaseUrl,
  databasePath,
  onIdleError,
}: StoreSettings): Promise<ConversationState> {
  if (databaseUrl) {
    const { openPostgresConversationState } = await import('./postgres-conversation-state.ts');
    return openPostgresConversationState(databaseUrl, { onIdleError });
  }
  const { openSqliteConversationState } = await import('./sqlite-conversation-state.ts');
  return openSqliteConversationState(databasePath);
}
