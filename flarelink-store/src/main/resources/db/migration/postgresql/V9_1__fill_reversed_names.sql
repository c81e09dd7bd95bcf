-- V9.1 on SQLite does the same in Java (SQLite has no reverse()).
UPDATE dns_records SET name_reversed = reverse(lower(name)) WHERE name_reversed IS NULL;
