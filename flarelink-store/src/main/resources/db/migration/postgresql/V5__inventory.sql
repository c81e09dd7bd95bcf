-- Kept in lock-step with the other database's V5 (the two files are identical).
-- Where a resumed scan goes on when a page number is not enough (inventory: the last zone done).
ALTER TABLE scans ADD COLUMN cursor TEXT;

-- Each row carries a fingerprint of what Cloudflare said, so a scan that finds nothing changed
-- compares and writes nothing.
CREATE TABLE zones (
  connection_id     TEXT NOT NULL REFERENCES connections (id) ON DELETE CASCADE,
  zone_id           TEXT NOT NULL,
  name              TEXT NOT NULL,
  status            TEXT NOT NULL,
  type              TEXT,
  plan              TEXT,
  name_servers      TEXT NOT NULL,
  paused            INTEGER,
  development_mode  BIGINT,
  account_id        TEXT,
  created_on        BIGINT,
  modified_on       BIGINT,
  activated_on      BIGINT,
  fingerprint       TEXT NOT NULL,
  first_seen        BIGINT NOT NULL,
  changed_at        BIGINT NOT NULL,
  PRIMARY KEY (connection_id, zone_id)
);

CREATE INDEX zones_name ON zones (connection_id, name);

CREATE TABLE zone_settings (
  connection_id  TEXT NOT NULL,
  zone_id        TEXT NOT NULL,
  setting_id     TEXT NOT NULL,
  value          TEXT NOT NULL,
  structured     INTEGER NOT NULL,
  editable       INTEGER,
  modified_on    BIGINT,
  PRIMARY KEY (connection_id, zone_id, setting_id),
  FOREIGN KEY (connection_id, zone_id) REFERENCES zones (connection_id, zone_id) ON DELETE CASCADE
);

CREATE TABLE dns_records (
  connection_id  TEXT NOT NULL,
  zone_id        TEXT NOT NULL,
  record_id      TEXT NOT NULL,
  type           TEXT NOT NULL,
  name           TEXT NOT NULL,
  content        TEXT,
  ttl            INTEGER,
  proxied        INTEGER,
  proxiable      INTEGER,
  priority       INTEGER,
  comment        TEXT,
  tags           TEXT NOT NULL,
  data           TEXT,
  created_on     BIGINT,
  modified_on    BIGINT,
  fingerprint    TEXT NOT NULL,
  PRIMARY KEY (connection_id, record_id),
  FOREIGN KEY (connection_id, zone_id) REFERENCES zones (connection_id, zone_id) ON DELETE CASCADE
);

CREATE INDEX dns_records_zone ON dns_records (connection_id, zone_id);
CREATE INDEX dns_records_type ON dns_records (connection_id, type);
CREATE INDEX dns_records_content ON dns_records (connection_id, content);

-- Tags one per row, so that tag filters compare with = on both databases.
CREATE TABLE dns_record_tags (
  connection_id  TEXT NOT NULL,
  record_id      TEXT NOT NULL,
  tag_name       TEXT NOT NULL,
  tag_value      TEXT NOT NULL,
  FOREIGN KEY (connection_id, record_id) REFERENCES dns_records (connection_id, record_id) ON DELETE CASCADE
);

CREATE INDEX dns_record_tags_record ON dns_record_tags (connection_id, record_id);
CREATE INDEX dns_record_tags_name ON dns_record_tags (connection_id, tag_name);

CREATE TABLE inventory_changes (
  id             TEXT PRIMARY KEY,
  connection_id  TEXT NOT NULL REFERENCES connections (id) ON DELETE CASCADE,
  scan_id        TEXT NOT NULL,
  zone_id        TEXT NOT NULL,
  zone_name      TEXT NOT NULL,
  subject        TEXT NOT NULL,
  subject_id     TEXT NOT NULL,
  change         TEXT NOT NULL,
  detail         TEXT,
  at             BIGINT NOT NULL
);

CREATE INDEX inventory_changes_connection ON inventory_changes (connection_id, at);
