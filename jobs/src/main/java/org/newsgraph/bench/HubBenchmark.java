package org.newsgraph.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newsgraph.spark.NetworkAggregation;

/**
 * Co-occurrence aggregation on a synthetic corpus where one hub entity is in every sentence (plus two
 * of 5,000 others), recording every task's duration: a skewed plan shows as one task far longer than
 * the median of its stage.
 */
final class HubBenchmark {
  record Result(int sentences, double maxOverMedian, int tasks) {
  }

  private HubBenchmark() {
  }

  static Result run(SparkSession spark, int sentences) {
    Map<Integer, List<Long>> durations = new ConcurrentHashMap<>();
    SparkListener listener = new SparkListener() {
      @Override
      public void onTaskEnd(SparkListenerTaskEnd end) {
        durations.computeIfAbsent(end.stageId(), k -> Collections.synchronizedList(new ArrayList<>()))
            .add(end.taskInfo().duration());
      }
    };
    Dataset<Row> ids = spark.range(sentences).toDF("s").withColumn("doc", expr("cast(s / 20 as string)"))
        .withColumn("idx", expr("cast(s % 20 as int)"));
    Dataset<Row> mentions = ids.select(col("doc").as("doc_id"), col("idx").as("sentence_idx"), lit("HUB").as("entity_id"))
        .union(ids.select(col("doc"), col("idx"), concat(lit("e"), expr("cast(hash(s, 1) % 5000 as string)"))))
        .union(ids.select(col("doc"), col("idx"), concat(lit("e"), expr("cast(hash(s, 2) % 5000 as string)"))));
    Dataset<Row> sentencesDf = ids.select(col("doc").as("doc_id"), col("idx").as("sentence_idx"));
    Dataset<Row> documents = ids.select(col("doc").as("doc_id")).distinct()
        .withColumn("published_date", expr("date_add(date'2024-01-01', cast(hash(doc_id) % 300 as int))"));
    spark.sparkContext().addSparkListener(listener);
    try {
      NetworkAggregation.cooccurrences(mentions, sentencesDf, documents).write().format("noop").mode("overwrite").save();
    } finally {
      spark.sparkContext().removeSparkListener(listener);
    }
    double worst = 0;
    int tasks = 0;
    for (List<Long> d : durations.values()) {
      if (d.size() < 4) {
        continue;
      }
      List<Long> sorted = new ArrayList<>(d);
      Collections.sort(sorted);
      double median = Math.max(1, sorted.get(sorted.size() / 2));
      double ratio = sorted.get(sorted.size() - 1) / median;
      if (ratio > worst) {
        worst = ratio;
        tasks = d.size();
      }
    }
    return new Result(sentences, worst, tasks);
  }
}
