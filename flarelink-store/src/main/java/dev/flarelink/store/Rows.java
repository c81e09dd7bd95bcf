package dev.flarelink.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/** Reads nullable columns the same way on both databases. */
final class Rows {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<String>> TEXTS = new TypeReference<>() {};
  private static final TypeReference<LinkedHashMap<String, String>> NAMED_TEXTS =
      new TypeReference<>() {};

  private Rows() {}

  /**
   * The constant of {@code type} whose {@code id} a column holds. A value this version does not
   * know fails loudly, naming the column, rather than being read as something else.
   *
   * @throws IllegalStateException when the column holds no known identifier
   */
  static <E extends Enum<E>> E known(
      ResultSet rs, String table, String column, Class<E> type, Function<E, String> id)
      throws SQLException {
    var value = rs.getString(column);
    for (var constant : type.getEnumConstants()) {
      if (id.apply(constant).equals(value)) {
        return constant;
      }
    }
    throw new IllegalStateException(
        "Column "
            + table
            + "."
            + column
            + " holds \""
            + value
            + "\", which is none of "
            + Arrays.stream(type.getEnumConstants()).map(id).collect(Collectors.joining(", "))
            + ": the row was written by another version of Flarelink or by hand; correct the row"
            + " or run the version that wrote it");
  }

  /**
   * A condition that the JSON array of texts in {@code column} holds the text bound to {@code
   * :param}, exactly (case and all). The array is taken apart by each database's own JSON
   * functions: matching the array's text instead cannot tell an element from text spanning two of
   * them.
   */
  static String holdsText(Database.Kind kind, String column, String param) {
    return kind == Database.Kind.POSTGRESQL
        ? "EXISTS (SELECT 1 FROM jsonb_array_elements_text("
            + column
            + "::jsonb) AS element (value) WHERE element.value = :"
            + param
            + ")"
        : "EXISTS (SELECT 1 FROM json_each(" + column + ") WHERE json_each.value = :" + param + ")";
  }

  /** A list of texts as the JSON array its column holds (the same text on both databases). */
  static String texts(List<String> values) {
    try {
      return JSON.writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write a list of texts as JSON", e);
    }
  }

  /**
   * A JSON-array column as a list of texts.
   *
   * @throws IllegalStateException naming the column when it holds no JSON array of texts
   */
  static List<String> texts(ResultSet rs, String table, String column) throws SQLException {
    var value = rs.getString(column);
    try {
      var texts = value == null ? null : JSON.readValue(value, TEXTS);
      if (texts != null && !texts.contains(null)) {
        return List.copyOf(texts);
      }
    } catch (JsonProcessingException e) {
      // Said below, with the column; the parser's message would quote the stored text.
    }
    throw new IllegalStateException(
        "Column "
            + table
            + "."
            + column
            + " holds no JSON array of texts: the row was written by another version of Flarelink"
            + " or by hand; correct the row or run the version that wrote it");
  }

  /** Named texts as the JSON object its column holds, in their order. */
  static String namedTexts(Map<String, String> values) {
    try {
      return JSON.writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write named texts as JSON", e);
    }
  }

  /**
   * A JSON-object column as named texts, in the object's order.
   *
   * @throws IllegalStateException naming the column when it holds no JSON object of texts
   */
  static Map<String, String> namedTexts(ResultSet rs, String table, String column)
      throws SQLException {
    var value = rs.getString(column);
    try {
      var texts = value == null ? null : JSON.readValue(value, NAMED_TEXTS);
      if (texts != null && !texts.containsValue(null)) {
        return Collections.unmodifiableMap(texts);
      }
    } catch (JsonProcessingException e) {
      // Said below, with the column; the parser's message would quote the stored text.
    }
    throw new IllegalStateException(
        "Column "
            + table
            + "."
            + column
            + " holds no JSON object of texts: the row was written by another version of Flarelink"
            + " or by hand; correct the row or run the version that wrote it");
  }

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
