-- Kept in lock-step with the other database's V7 (the two files are identical).
-- "Last seen acting" is recorded by Cloudflare user id; without this index each of those updates
-- read every member of the connection (10,000 members: 100 million rows for one audit read).
CREATE INDEX members_user ON members (connection_id, user_id);
