-- Kept in lock-step with the other database's V8 (the two files are identical).
-- Indexes for the service's member and DNS queries over large accounts (10,000 members, 200,000
-- records), measured by the benchmark's query load:
-- current members in the order they are listed, covering the text search;
CREATE INDEX members_current_by_email ON members (connection_id, removed_at, email, member_id, name);
-- DNS records in the order they are listed, so a page of a broad filter stops early, and covering
-- the name filters of a count;
CREATE INDEX dns_records_by_name ON dns_records (connection_id, name, type, content, record_id);
-- records of a type by content, as filters compare it (case-insensitive), replacing the type index;
CREATE INDEX dns_records_type_content ON dns_records (connection_id, type, LOWER(content));
DROP INDEX dns_records_type;
-- records carrying a tag, covering the lookup, replacing the tag name index.
CREATE INDEX dns_record_tags_lookup ON dns_record_tags (connection_id, tag_name, tag_value, record_id);
DROP INDEX dns_record_tags_name;
