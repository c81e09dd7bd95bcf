-- Kept in lock-step with the other database's V13 (the same but for how a joined list is split).
-- Lists kept as joined text could not hold their separator: a member's role ids and a
-- connection's services were joined with commas, a DNS record's tags with newlines. Each becomes a
-- JSON array of texts in the same text column, written and read by the store with Jackson. Empty
-- parts are dropped, as the store dropped them when it read the joined form.
UPDATE members SET roles = array_to_json(array_remove(string_to_array(roles, ','), ''))::text;
UPDATE connections
  SET services = array_to_json(array_remove(string_to_array(services, ','), ''))::text;
UPDATE dns_records
  SET tags = array_to_json(array_remove(string_to_array(tags, chr(10)), ''))::text;
