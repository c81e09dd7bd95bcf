package dev.flarelink.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/** Reads nullable columns the same way on both databases. */
final class Rows {

  private Rows() {}

  /** An epoch-millisecond column as an instant, or {@code null}. */
  static Instant instant(ResultSet rs, String column) throws SQLException {
    var value = rs.getLong(column);
    return rs.wasNull() ? null : Instant.ofEpochMilli(value);
  }

  /** An integer column, or {@code null}. */
  static Integer integer(ResultSet rs, String column) throws SQLException {
    var value = rs.getInt(column);
    return rs.wasNull() ? null : value;
  }

  /** A 0/1 integer column as a boolean, or {@code null}. */
  static Boolean flag(ResultSet rs, String column) throws SQLException {
    var value = rs.getInt(column);
    return rs.wasNull() ? null : value == 1;
  }

  /** A boolean as the 0/1 integer both databases store, or {@code null}. */
  static Integer flag(Boolean value) {
    return value == null ? null : value ? 1 : 0;
  }

  /** An instant as epoch milliseconds, or {@code null}. */
  static Long millis(Instant value) {
    return value == null ? null : value.toEpochMilli();
  }

  /**
   * How many match in all. A page that is not full is the last, so the total is the rows before it
   * and on it: a selective filter, which reads every row to find its few, then reads them once
   * instead of twice. Otherwise (a full page, or an empty one past the first, which may be past the
   * end) {@code count}, with {@code binds}, tells.
   */
  static int total(
      Handle h, String count, Map<String, Object> binds, int page, int perPage, int rowsOnPage) {
    if (rowsOnPage < perPage && (rowsOnPage > 0 || page == 1)) {
      return (page - 1) * perPage + rowsOnPage;
    }
    var counting = h.createQuery(count);
    binds.forEach(counting::bind);
    return counting.mapTo(Integer.class).one();
  }

  /**
   * A case-insensitive match of {@code column} against the LIKE pattern in {@code :param} (lower
   * case, escaped with {@code !}): SQLite's LIKE ignores ASCII case already (as far as its LOWER
   * folds), PostgreSQL's ILIKE does; both are about twice as fast as LOWER(column) LIKE on a scan.
   */
  static String caselessLike(Database.Kind kind, String column, String param) {
    return column
        + (kind == Database.Kind.POSTGRESQL ? " ILIKE :" : " LIKE :")
        + param
        + " ESCAPE '!'";
  }

  /**
   * A DNS name lower-cased and reversed ({@code www.example.io} is {@code oi.elpmaxe.www}), as the
   * {@code name_reversed} column holds it, so that "ends with" is a prefix of an index.
   */
  static String reversedName(String name) {
    return new StringBuilder(name.toLowerCase(Locale.ROOT)).reverse().toString();
  }

  /** Text for a LIKE pattern with {@code ESCAPE '!'}: its wildcards match only themselves. */
  static String likeEscaped(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}
