-- Kept in lock-step with the other database's V2. Keys are stored only as SHA-256 hashes.
CREATE TABLE api_keys (
  id            TEXT PRIMARY KEY,
  workspace_id  TEXT NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  name          TEXT NOT NULL,
  key_hash      TEXT NOT NULL UNIQUE,
  hint          TEXT NOT NULL,
  admin         INTEGER NOT NULL,
  created_at    BIGINT NOT NULL,
  revoked_at    BIGINT
);
