-- Kept in lock-step with the other database's V12.
-- The last test's failed checks in one line (NULL when it passed), so that a connection saved on
-- purpose despite a failing test shows why.
ALTER TABLE connections ADD COLUMN last_test_summary TEXT;
