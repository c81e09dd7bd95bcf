package dev.flarelink.core.view;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows under a header, for CSV exports and terminal tables.
 *
 * @param header the column names
 * @param rows one list of cells per row, in header order; cells may be {@code null}
 */
public record Tabular(List<String> header, List<List<Object>> rows) {

  public Tabular {
    header = List.copyOf(header);
    rows = rows.stream().map(row -> (List<Object>) new ArrayList<Object>(row)).toList();
  }

  /** RFC 4180 CSV text. */
  public String csv() {
    return Csv.of(header, rows);
  }

  /** The same rows with only these columns, in this order. */
  public Tabular select(List<String> columns) {
    var indexes =
        columns.stream()
            .map(
                c -> {
                  var i = header.indexOf(c);
                  if (i < 0) {
                    throw new IllegalArgumentException("No column " + c + " in " + header);
                  }
                  return i;
                })
            .toList();
    return new Tabular(
        columns, rows.stream().map(row -> indexes.stream().map(row::get).toList()).toList());
  }
}
