/**
 * Persistent state behind one interface: subscriptions, per-channel settings and the
 * delivery ledger. The scheduling issue fills this in (SQLite by default); until then the
 * core needs only to hold and close it.
 */
export interface Store {
  close(): void;
}

/** A store that keeps nothing: for the CLI's one-shot commands. */
export function nullStore(): Store {
  return { close() {} };
}
