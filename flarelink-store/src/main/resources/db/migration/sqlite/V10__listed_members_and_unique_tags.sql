-- Kept in lock-step with the other database's V10 (the same but for how duplicates are found).
-- Current members in the order they are listed, as a partial index: a planner that does not take
-- "removed_at IS NULL" as fixing that column (PostgreSQL's) could not walk the former index in
-- email order, and sorted every current member to serve a deep page.
CREATE INDEX members_current_listed ON members (connection_id, email, member_id, name)
  WHERE removed_at IS NULL;
DROP INDEX members_current_by_email;
-- A record carries each tag once, so counting the records with a tag name and value counts the
-- tag index's entries without first setting duplicates aside.
DELETE FROM dns_record_tags WHERE rowid NOT IN (
  SELECT MIN(rowid) FROM dns_record_tags GROUP BY connection_id, record_id, tag_name, tag_value);
CREATE UNIQUE INDEX dns_record_tags_unique ON dns_record_tags (connection_id, tag_name, tag_value, record_id);
DROP INDEX dns_record_tags_lookup;
