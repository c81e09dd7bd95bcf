-- Kept in lock-step with the other database's V13 (the same but for how a joined list is split).
-- Lists kept as joined text could not hold their separator: a member's role ids and a
-- connection's services were joined with commas, a DNS record's tags with newlines. Each becomes a
-- JSON array of texts in the same text column, written and read by the store with Jackson. Empty
-- parts are dropped, as the store dropped them when it read the joined form.
UPDATE members SET roles = (
  WITH RECURSIVE split(n, part, rest) AS (
    SELECT 0, NULL, members.roles || ','
    UNION ALL
    SELECT n + 1, substr(rest, 1, instr(rest, ',') - 1), substr(rest, instr(rest, ',') + 1)
      FROM split WHERE rest <> '')
  SELECT json_group_array(part ORDER BY n) FROM split WHERE n > 0 AND part <> '');
UPDATE connections SET services = (
  WITH RECURSIVE split(n, part, rest) AS (
    SELECT 0, NULL, connections.services || ','
    UNION ALL
    SELECT n + 1, substr(rest, 1, instr(rest, ',') - 1), substr(rest, instr(rest, ',') + 1)
      FROM split WHERE rest <> '')
  SELECT json_group_array(part ORDER BY n) FROM split WHERE n > 0 AND part <> '');
UPDATE dns_records SET tags = (
  WITH RECURSIVE split(n, part, rest) AS (
    SELECT 0, NULL, dns_records.tags || char(10)
    UNION ALL
    SELECT n + 1, substr(rest, 1, instr(rest, char(10)) - 1), substr(rest, instr(rest, char(10)) + 1)
      FROM split WHERE rest <> '')
  SELECT json_group_array(part ORDER BY n) FROM split WHERE n > 0 AND part <> '');
