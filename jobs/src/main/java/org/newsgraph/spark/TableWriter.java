package org.newsgraph.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Writes tables atomically: every table of a run goes to a staging folder under the output first; only
 * when all are written are they moved to {@code <output>/<table>/}, each replacing the previous
 * version by renames. A crash before the commit leaves only the staging folder (named
 * {@code _staging-*}, which readers ignore), never a partial table under a table's name.
 */
public final class TableWriter {
  private final SparkSession spark;
  private final Path output;
  private final Path staging;
  private final Map<String, Path> written = new LinkedHashMap<>();

  public TableWriter(SparkSession spark, String output) {
    this.spark = spark;
    this.output = new Path(output);
    this.staging = new Path(this.output, "_staging-" + UUID.randomUUID());
  }

  /** Writes one table to staging, rows sorted by {@code sortKeys} so re-runs give identical files. */
  public void stage(String table, Dataset<Row> rows, Column... sortKeys) {
    Path target = new Path(staging, table);
    rows.orderBy(sortKeys).write().mode(SaveMode.ErrorIfExists)
        .option("compression", "snappy")
        .parquet(target.toString());
    written.put(table, target);
  }

  /** Moves every staged table into place. */
  public void commit() {
    try {
      FileSystem fs = output.getFileSystem(spark.sparkContext().hadoopConfiguration());
      Path old = new Path(output, "_replaced-" + UUID.randomUUID());
      for (Map.Entry<String, Path> e : written.entrySet()) {
        Path finalPath = new Path(output, e.getKey());
        if (fs.exists(finalPath)) {
          fs.mkdirs(old);
          rename(fs, finalPath, new Path(old, e.getKey()));
        }
        rename(fs, e.getValue(), finalPath);
      }
      fs.delete(old, true);
      fs.delete(staging, true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot commit tables under " + output, e);
    }
  }

  private static void rename(FileSystem fs, Path from, Path to) throws IOException {
    if (!fs.rename(from, to)) {
      throw new IOException("rename failed: " + from + " -> " + to);
    }
  }
}
