package org.newsgraph.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * {@code compare-tables}: checks that two runs wrote the same tables, row for row (as multisets, so
 * file layout does not matter). Exits 1 and names the tables that differ.
 */
public final class CompareTablesJob {
  private CompareTablesJob() {
  }

  public static void main(String[] args) throws IOException {
    JobConfig c = JobConfig.parse(args, Set.of("left", "right"), Set.of());
    SparkSession spark = Sessions.create("newsgraph-compare-tables");
    int status;
    try {
      status = run(spark, c.require("left"), c.require("right")).isEmpty() ? 0 : 1;
    } finally {
      spark.stop();
    }
    System.exit(status);
  }

  /** Names of the tables that differ (or exist on one side only); prints one line per table. */
  public static List<String> run(SparkSession spark, String left, String right) throws IOException {
    List<String> l = SqlShell.registerTables(spark, left);
    List<String> r = SqlShell.registerTables(spark, right);
    List<String> differ = new ArrayList<>();
    for (String t : l) {
      if (!r.contains(t)) {
        differ.add(t);
        System.out.println("compare " + t + ": missing on the right");
        continue;
      }
      Dataset<Row> a = spark.read().parquet(left + "/" + t);
      Dataset<Row> b = spark.read().parquet(right + "/" + t).select(a.columns()[0], java.util.Arrays.copyOfRange(a.columns(), 1, a.columns().length));
      long onlyLeft = a.exceptAll(b).count();
      long onlyRight = b.exceptAll(a).count();
      System.out.println("compare " + t + ": " + a.count() + " rows, " + onlyLeft + " only left, " + onlyRight + " only right");
      if (onlyLeft + onlyRight > 0 || !a.schema().equals(b.schema())) {
        differ.add(t);
      }
    }
    r.stream().filter(t -> !l.contains(t)).forEach(t -> {
      differ.add(t);
      System.out.println("compare " + t + ": missing on the left");
    });
    return differ;
  }
}
