package dev.flarelink.core.analytics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An analytics answer as rows under named columns, the same for every face.
 *
 * @param columns the column names, e.g. {@code zone, date, requests}
 * @param rows one list of cells per row, in column order
 * @param note what the numbers cover, e.g. the range and the dataset asked
 */
public record AnalyticsTable(List<String> columns, List<List<Object>> rows, String note) {

  public AnalyticsTable {
    columns = List.copyOf(columns);
    rows =
        rows.stream()
            .<List<Object>>map(row -> Collections.unmodifiableList(new ArrayList<>(row)))
            .toList();
  }
}
