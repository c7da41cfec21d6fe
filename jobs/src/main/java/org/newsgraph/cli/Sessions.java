package org.newsgraph.cli;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** Builds the SparkSession for newsgraph's entry points; the master comes from spark-submit or defaults to local. */
public final class Sessions {
  private Sessions() {
  }

  public static SparkSession create(String appName) {
    SparkConf conf = new SparkConf();
    SparkSession.Builder b = SparkSession.builder().appName(appName)
        .config("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.ui.enabled", conf.get("spark.ui.enabled", "false"));
    if (!conf.contains("spark.master")) {
      b.master("local[*]");
    }
    return b.getOrCreate();
  }
}
