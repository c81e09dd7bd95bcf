-- Kept in lock-step with the other database's V3.
CREATE TABLE scans (
  id             TEXT PRIMARY KEY,
  connection_id  TEXT NOT NULL REFERENCES connections (id) ON DELETE CASCADE,
  kind           TEXT NOT NULL,
  state          TEXT NOT NULL,
  next_page      INTEGER NOT NULL,
  pages          INTEGER NOT NULL,
  items          INTEGER NOT NULL,
  error          TEXT,
  started_at     BIGINT NOT NULL,
  finished_at    BIGINT
);

CREATE INDEX scans_connection ON scans (connection_id, kind, state);

CREATE TABLE members (
  connection_id  TEXT NOT NULL REFERENCES connections (id) ON DELETE CASCADE,
  member_id      TEXT NOT NULL,
  user_id        TEXT,
  email          TEXT NOT NULL,
  name           TEXT,
  status         TEXT NOT NULL,
  two_factor     INTEGER,
  roles          TEXT NOT NULL,
  policies       TEXT NOT NULL,
  first_seen     BIGINT NOT NULL,
  last_seen      BIGINT NOT NULL,
  last_scan      TEXT NOT NULL,
  removed_at     BIGINT,
  PRIMARY KEY (connection_id, member_id)
);

CREATE TABLE roles (
  connection_id  TEXT NOT NULL REFERENCES connections (id) ON DELETE CASCADE,
  role_id        TEXT NOT NULL,
  name           TEXT NOT NULL,
  description    TEXT,
  permissions    TEXT NOT NULL,
  PRIMARY KEY (connection_id, role_id)
);

CREATE TABLE member_changes (
  id             TEXT PRIMARY KEY,
  connection_id  TEXT NOT NULL REFERENCES connections (id) ON DELETE CASCADE,
  scan_id        TEXT NOT NULL,
  member_id      TEXT NOT NULL,
  email          TEXT NOT NULL,
  change         TEXT NOT NULL,
  detail         TEXT,
  at             BIGINT NOT NULL
);

CREATE INDEX member_changes_connection ON member_changes (connection_id, at);
