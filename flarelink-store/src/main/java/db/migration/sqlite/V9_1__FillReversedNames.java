package db.migration.sqlite;

import java.util.ArrayList;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills {@code dns_records.name_reversed} (V9) for the records stored before it, as the store
 * writes it: the name lower-cased and reversed. SQLite has no {@code reverse()}, so this is Java;
 * PostgreSQL's V9.1 is SQL.
 */
public class V9_1__FillReversedNames extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    var connection = context.getConnection();
    var keys = new ArrayList<String[]>();
    try (var select = connection.createStatement();
        var rows =
            select.executeQuery(
                "SELECT connection_id, record_id, name FROM dns_records WHERE name_reversed IS NULL")) {
      while (rows.next()) {
        keys.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3)});
      }
    }
    try (var update =
        connection.prepareStatement(
            "UPDATE dns_records SET name_reversed = ? WHERE connection_id = ? AND record_id = ?")) {
      var pending = 0;
      for (var key : keys) {
        update.setString(
            1, new StringBuilder(key[2].toLowerCase(Locale.ROOT)).reverse().toString());
        update.setString(2, key[0]);
        update.setString(3, key[1]);
        update.addBatch();
        if (++pending == 1000) {
          update.executeBatch();
          pending = 0;
        }
      }
      update.executeBatch();
    }
  }
}
