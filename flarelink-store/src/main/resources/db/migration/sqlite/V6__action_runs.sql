-- Kept in lock-step with the other database's V6 (the two files are identical).
-- The audit trail of actions: every run, planned or applied, refused or failed. Inputs never hold
-- secrets (actions take none, and names that look like secrets are dropped before recording).
CREATE TABLE action_runs (
  id             TEXT PRIMARY KEY,
  workspace_id   TEXT NOT NULL,
  connection_id  TEXT NOT NULL REFERENCES connections (id) ON DELETE CASCADE,
  action         TEXT NOT NULL,
  face           TEXT NOT NULL,
  caller         TEXT,
  input          TEXT NOT NULL,
  dry_run        INTEGER NOT NULL,
  status         TEXT NOT NULL,
  changes        TEXT NOT NULL,
  detail         TEXT,
  at             BIGINT NOT NULL,
  millis         BIGINT NOT NULL
);

CREATE INDEX action_runs_connection ON action_runs (connection_id, at);
