-- Kept in lock-step with the other database's V11 (the same statements).
-- What a succeeded scan could not read (a JSON list of {part, reason, permission}; NULL for none),
-- which makes it partial, and how many items it skipped on purpose (declined invitations).
ALTER TABLE scans ADD COLUMN warnings TEXT;
ALTER TABLE scans ADD COLUMN skipped INTEGER NOT NULL DEFAULT 0;
