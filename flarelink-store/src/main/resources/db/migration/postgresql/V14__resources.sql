-- Kept in lock-step with the other database's V14 (the two files are identical).
-- The resource catalogue's resources: one row per resource of a declared type, in the account
-- (zone_id '') or in a zone, with Cloudflare's whole document. Not tied to zones by a foreign key,
-- since account resources belong to none; the store deletes a removed zone's resources itself.
CREATE TABLE resources (
  connection_id  TEXT NOT NULL REFERENCES connections (id) ON DELETE CASCADE,
  type           TEXT NOT NULL,
  zone_id        TEXT NOT NULL,
  zone_name      TEXT NOT NULL,
  resource_id    TEXT NOT NULL,
  name           TEXT NOT NULL,
  modified_on    BIGINT,
  -- The type's fields as a JSON object of texts, in declaration order.
  fields         TEXT NOT NULL,
  -- The name, identifier and field values in lower case, one a line, for text search: a word
  -- (never holding a line break) matches within one of them, never across two.
  search_text    TEXT NOT NULL,
  document       TEXT NOT NULL,
  parts          TEXT NOT NULL,
  fingerprint    TEXT NOT NULL,
  first_seen     BIGINT NOT NULL,
  changed_at     BIGINT NOT NULL,
  PRIMARY KEY (connection_id, type, zone_id, resource_id)
);

-- A type's resources in the order they are listed (every column of the store's ORDER BY), so a
-- page walks the index and stops after a page of rows instead of sorting them all.
CREATE INDEX resources_listed ON resources (connection_id, type, zone_name, name, resource_id, zone_id);
-- A zone's resources in the same order, and deleting them with the zone.
CREATE INDEX resources_zone ON resources (connection_id, zone_id, zone_name, name, resource_id, type);
-- A resource by its identifier alone, in whichever place it is.
CREATE INDEX resources_id ON resources (connection_id, type, resource_id);

-- How each type's last read went.
CREATE TABLE resource_reads (
  connection_id  TEXT NOT NULL REFERENCES connections (id) ON DELETE CASCADE,
  type           TEXT NOT NULL,
  read_at        BIGINT NOT NULL,
  available      INTEGER NOT NULL,
  reason         TEXT,
  permission     TEXT,
  PRIMARY KEY (connection_id, type)
);
