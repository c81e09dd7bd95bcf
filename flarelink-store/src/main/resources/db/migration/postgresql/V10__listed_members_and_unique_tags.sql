-- Kept in lock-step with the other database's V10 (the same but for how duplicates are found).
-- Current members in the order they are listed, as a partial index: a planner that does not take
-- "removed_at IS NULL" as fixing that column (PostgreSQL's) could not walk the former index in
-- email order, and sorted every current member to serve a deep page.
CREATE INDEX members_current_listed ON members (connection_id, email, member_id, name)
  WHERE removed_at IS NULL;
DROP INDEX members_current_by_email;
-- A record carries each tag once, so counting the records with a tag name and value counts the
-- tag index's entries without first setting duplicates aside.
DELETE FROM dns_record_tags a USING dns_record_tags b
  WHERE a.ctid > b.ctid AND a.connection_id = b.connection_id AND a.record_id = b.record_id
    AND a.tag_name = b.tag_name AND a.tag_value = b.tag_value;
CREATE UNIQUE INDEX dns_record_tags_unique ON dns_record_tags (connection_id, tag_name, tag_value, record_id);
DROP INDEX dns_record_tags_lookup;
