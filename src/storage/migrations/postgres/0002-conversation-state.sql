-- Button and thread state (src/storage/conversation-state.ts), shared by every instance so
-- a button pressed on one and a thread follow-up read by another both work. `created`
-- orders writes, whatever the clocks say; the oldest rows go first past the capacity.
CREATE TABLE conversation_buttons (
  id TEXT PRIMARY KEY,
  value TEXT NOT NULL,
  expires_at TIMESTAMPTZ NOT NULL,
  created BIGSERIAL NOT NULL
);
CREATE INDEX conversation_buttons_by_created ON conversation_buttons (created);
CREATE INDEX conversation_buttons_by_expiry ON conversation_buttons (expires_at);

CREATE TABLE conversation_threads (
  key TEXT PRIMARY KEY,
  context TEXT NOT NULL,
  expires_at TIMESTAMPTZ NOT NULL,
  created BIGSERIAL NOT NULL
);
CREATE INDEX conversation_threads_by_created ON conversation_threads (created);
CREATE INDEX conversation_threads_by_expiry ON conversation_threads (expires_at);
