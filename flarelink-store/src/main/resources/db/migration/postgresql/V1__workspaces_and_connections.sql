-- Kept in lock-step with the other database's V1; only the binary type differs.
CREATE TABLE workspaces (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL UNIQUE,
  created_at  BIGINT NOT NULL
);

CREATE TABLE connections (
  id               TEXT PRIMARY KEY,
  workspace_id     TEXT NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  name             TEXT NOT NULL,
  account_id       TEXT NOT NULL,
  credential_kind  TEXT,
  stated_owner     TEXT,
  credential_hint  TEXT NOT NULL,
  email            TEXT,
  services         TEXT NOT NULL,
  secret           BYTEA NOT NULL,
  created_at       BIGINT NOT NULL,
  updated_at       BIGINT NOT NULL,
  last_tested_at   BIGINT,
  last_test_ok     INTEGER,
  UNIQUE (workspace_id, name)
);

CREATE INDEX connections_workspace ON connections (workspace_id);
