package dev.flarelink.cli;

import dev.flarelink.core.view.Tabular;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints rows as an aligned text table for people, each value as {@link Human} words it; long cells
 * are cut with an ellipsis.
 */
final class Table {

  private static final int MAX_WIDTH = 48;

  private Table() {}

  static void print(PrintWriter out, Tabular table) {
    var cells = new ArrayList<List<String>>();
    cells.add(table.header().stream().map(h -> h.toUpperCase(Locale.ROOT)).toList());
    for (var row : table.rows()) {
      var line = new ArrayList<String>();
      for (int i = 0; i < row.size(); i++) {
        line.add(text(Human.value(table.header().get(i), row.get(i))));
      }
      cells.add(line);
    }
    var widths = new int[table.header().size()];
    for (var row : cells) {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    for (var row : cells) {
      var line = new StringBuilder();
      for (int i = 0; i < row.size(); i++) {
        var cell = row.get(i);
        line.append(i == row.size() - 1 ? cell : pad(cell, widths[i] + 2));
      }
      out.println(line.toString().stripTrailing());
    }
  }

  private static String text(String value) {
    var text = value == null ? "-" : value.replace('\n', ' ');
    return text.length() > MAX_WIDTH ? text.substring(0, MAX_WIDTH - 1) + "…" : text;
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - text.length()));
  }
}
