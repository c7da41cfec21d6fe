package org.newsgraph.cli;

import java.util.List;
import org.apache.spark.sql.Row;

/** Renders rows as a plain text table (cells cut at 80 characters, newlines shown as spaces). */
final class TextTable {
  static final int MAX_CELL = 80;

  private TextTable() {
  }

  static String render(String[] cols, List<Row> rows) {
    String[][] cells = new String[rows.size()][cols.length];
    int[] width = new int[cols.length];
    for (int c = 0; c < cols.length; c++) {
      width[c] = cols[c].length();
    }
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < cols.length; c++) {
        Object v = rows.get(r).get(c);
        String s = v == null ? "NULL" : v instanceof scala.collection.Seq<?> seq
            ? scala.jdk.javaapi.CollectionConverters.asJava(seq).toString() : v.toString();
        s = s.replaceAll("\\s+", " ");
        if (s.length() > MAX_CELL) {
          s = s.substring(0, MAX_CELL - 3) + "...";
        }
        cells[r][c] = s;
        width[c] = Math.max(width[c], s.length());
      }
    }
    StringBuilder sb = new StringBuilder();
    line(sb, cols, width);
    for (int c = 0; c < cols.length; c++) {
      sb.append(c == 0 ? "" : "-+-").append("-".repeat(width[c]));
    }
    sb.append('\n');
    for (String[] row : cells) {
      line(sb, row, width);
    }
    return sb.toString();
  }

  private static void line(StringBuilder sb, String[] cells, int[] width) {
    for (int c = 0; c < cells.length; c++) {
      sb.append(c == 0 ? "" : " | ").append(cells[c]).append(" ".repeat(width[c] - cells[c].length()));
    }
    sb.append('\n');
  }
}
