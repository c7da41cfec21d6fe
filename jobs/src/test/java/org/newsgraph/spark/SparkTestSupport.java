package org.newsgraph.spark;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/** Shared set-up of the local-mode integration tests. */
public final class SparkTestSupport {
  private SparkTestSupport() {
  }

  /** The repository root (set by Maven; falls back to the working directory's parent). */
  public static Path root() {
    String r = System.getProperty("newsgraph.root");
    return (r != null ? Path.of(r) : Path.of("..")).toAbsolutePath().normalize();
  }

  public static Path seeds() {
    return root().resolve("seeds");
  }

  /** Gold annotations of the seeds: ../shared/gold next to the repository. */
  public static Path gold() {
    return root().resolve("../shared/gold").normalize();
  }

  /** CoreNLP's KBP models jar the build copies to jobs/target/kb (the Wikipedia dictionary), or null. */
  public static String kb() {
    java.io.File[] jars = root().resolve("jobs/target/kb").toFile()
        .listFiles((d, n) -> n.contains("models-english-kbp") && n.endsWith(".jar"));
    return jars == null || jars.length == 0 ? null : jars[0].getPath();
  }

  public static SparkSession session() {
    return SparkSession.builder().master("local[2]").appName("newsgraph-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS")
        .getOrCreate();
  }
}
