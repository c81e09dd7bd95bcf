-- Kept in lock-step with the other database's V9 (the same but for the column's collation).
-- Each DNS record's name lower-cased and reversed, so that counting the names that end in a suffix
-- is a range of an index (the reversed suffix as a prefix) instead of a scan of every name; V9.1
-- fills it for the records already stored, and every insert sets it. Compared byte by byte ("C"),
-- as the range's bounds are worked out, whatever the database's own collation.
ALTER TABLE dns_records ADD COLUMN name_reversed TEXT COLLATE "C";
CREATE INDEX dns_records_by_reversed_name ON dns_records (connection_id, name_reversed);
-- Current members by status and 2FA, so that counting the active members without 2FA reads an index
-- range instead of every current member's row.
CREATE INDEX members_current_by_status ON members (connection_id, removed_at, status, two_factor);
