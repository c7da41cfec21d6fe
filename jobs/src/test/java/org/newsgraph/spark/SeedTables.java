package org.newsgraph.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.newsgraph.cli.BuildTablesJob;

/** The seeds' tables, built once per test JVM and shared by the integration tests that only read them. */
public final class SeedTables {
  private static Path output;

  private SeedTables() {
  }

  public static synchronized Path get(SparkSession spark) {
    if (output == null) {
      try {
        Path dir = Files.createTempDirectory("newsgraph-seeds-");
        BuildTablesJob.run(spark, new BuildTablesJob.Options(SparkTestSupport.seeds().toString(),
            dir.resolve("out").toString(), 10_000_000, List.of(), 0, SparkTestSupport.kb()));
        output = dir.resolve("out");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return output;
  }
}
