package dev.flarelink.core.view;

import java.util.List;
import java.util.stream.Collectors;

/** RFC 4180 CSV: a header row, then one row per item, CRLF line ends. */
public final class Csv {

  private Csv() {}

  /** The table as CSV text. */
  public static String of(List<String> header, List<List<Object>> rows) {
    var out = new StringBuilder();
    out.append(line(header.stream().map(h -> (Object) h).toList()));
    rows.forEach(row -> out.append(line(row)));
    return out.toString();
  }

  private static String line(List<Object> cells) {
    return cells.stream().map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
  }

  private static String cell(Object value) {
    if (value == null) {
      return "";
    }
    var text = value.toString();
    // A leading = + - @ would run as a formula in a spreadsheet.
    if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
