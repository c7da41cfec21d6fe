package org.newsgraph.spark;

import java.util.Iterator;
import java.util.function.Function;
import org.apache.spark.sql.Row;

/** Lazy row-by-row mapping of a partition, so a partition function never holds the whole partition. */
final class RowIterators {
  private RowIterators() {
  }

  static Iterator<Row> map(Iterator<Row> rows, Function<Row, Row> f) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        return f.apply(rows.next());
      }
    };
  }
}
