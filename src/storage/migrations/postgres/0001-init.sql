-- The first schema: the same tables as the SQLite store, with PostgreSQL types.
CREATE TABLE channels (
  platform TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  time_zone TEXT NOT NULL,
  digest_time TEXT,
  digest_since TIMESTAMPTZ,
  reminder_leads INTEGER[],
  reminders_since TIMESTAMPTZ,
  PRIMARY KEY (platform, channel_id)
);

-- The delivery ledger: its primary key is what makes a claim win once across instances.
CREATE TABLE deliveries (
  platform TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  subject TEXT NOT NULL,
  lead TEXT NOT NULL,
  due_at TIMESTAMPTZ NOT NULL,
  status TEXT NOT NULL,
  attempts INTEGER NOT NULL,
  late BOOLEAN NOT NULL DEFAULT FALSE,
  claimed_at TIMESTAMPTZ NOT NULL,
  finished_at TIMESTAMPTZ,
  error TEXT,
  PRIMARY KEY (platform, channel_id, kind, subject, lead)
);
CREATE INDEX deliveries_by_status ON deliveries (status, due_at);

CREATE TABLE pack_seen (
  pack_id TEXT PRIMARY KEY,
  first_seen_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE scheduler_state (
  name TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
