package dev.flarelink.server.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flarelink.core.analytics.AnalyticsTable;
import dev.flarelink.server.http.Problem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One chart of the analytics page: the spec the page's script draws (labels, and a series of
 * numbers per name), or the problem that kept it from being drawn.
 *
 * @param spec the chart as JSON, or {@code null} when {@code problem} says why there is none
 * @param rows how many rows the answer had
 */
public record Chart(String id, String title, String spec, Problem problem, int rows) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * A chart of {@code table}: one label per distinct value of {@code labelColumn}, one series per
   * distinct value of {@code seriesColumn} (or one series named {@code valueColumn} when it is
   * {@code null}), each value summed over the rows that share label and series.
   */
  static Chart of(
      String id,
      String title,
      String type,
      AnalyticsTable table,
      String labelColumn,
      String seriesColumn,
      String valueColumn) {
    var label = table.columns().indexOf(labelColumn);
    var series = seriesColumn == null ? -1 : table.columns().indexOf(seriesColumn);
    var value = table.columns().indexOf(valueColumn);
    var sums = new TreeMap<String, Map<String, Long>>();
    var labels = new TreeMap<String, Boolean>();
    for (var row : table.rows()) {
      var at = String.valueOf(row.get(label));
      var name = series < 0 ? valueColumn : String.valueOf(row.get(series));
      labels.put(at, true);
      sums.computeIfAbsent(name, n -> new TreeMap<>())
          .merge(at, ((Number) row.get(value)).longValue(), Long::sum);
    }
    var ordered = List.copyOf(labels.keySet());
    var data = new LinkedHashMap<String, List<Long>>();
    sums.forEach(
        (name, byLabel) ->
            data.put(name, ordered.stream().map(l -> byLabel.getOrDefault(l, 0L)).toList()));
    var spec = new LinkedHashMap<String, Object>();
    spec.put("type", type);
    spec.put("labels", ordered);
    spec.put("series", data);
    spec.put("stacked", series >= 0);
    try {
      return new Chart(id, title, JSON.writeValueAsString(spec), null, table.rows().size());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A chart that could not be drawn, and why. */
  static Chart failed(String id, String title, Problem problem) {
    return new Chart(id, title, null, problem, 0);
  }
}
