package org.newsgraph.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.newsgraph.cli.JobConfig;
import org.newsgraph.cli.Sessions;
import org.newsgraph.duplicates.StoryClusters;
import org.newsgraph.ingest.ArticleParser;
import org.newsgraph.model.Article;
import org.newsgraph.spark.NearDuplicates;
import org.newsgraph.tables.DocumentsTable;

/**
 * Times near-duplicate detection alone (no NLP) on a corpus: shingling, MinHash LSH, the exact check of
 * the candidates and the story clusters. Part of {@link BenchmarkJob}; also runs on its own:
 * {@code DuplicateBenchmark --corpus DIR} prints the figures and every pair found, to inspect.
 */
public final class DuplicateBenchmark {
  /** Seconds, documents, pairs found, documents that are copies, distinct stories among the documents. */
  public record Result(double seconds, long documents, long pairs, long copies, long stories) {
    public String line() {
      return String.format(Locale.ROOT, "near-duplicate detection (MinHash LSH, no NLP): %d documents, %d pairs found,"
          + " %d copies of %d stories, %.1f s", documents, pairs, copies, stories, seconds);
    }
  }

  private DuplicateBenchmark() {
  }

  static Dataset<Row> documents(SparkSession spark, List<Article> articles) {
    List<Row> rows = new ArrayList<>();
    for (Article a : articles) {
      rows.add(RowFactory.create(a.docId(), a.publishedDate() == null ? null : java.sql.Date.valueOf(a.publishedDate()),
          a.body()));
    }
    return spark.createDataFrame(rows, new org.apache.spark.sql.types.StructType()
        .add(DocumentsTable.DOC_ID, "string").add(DocumentsTable.PUBLISHED_DATE, "date").add(DocumentsTable.BODY, "string"));
  }

  public static Result run(SparkSession spark, List<Article> articles, List<StoryClusters.Pair> pairsOut) {
    Dataset<Row> docs = documents(spark, articles).cache();
    docs.count();
    long start = System.nanoTime();
    List<StoryClusters.Doc> inPairs = new ArrayList<>();
    List<StoryClusters.Pair> pairs = NearDuplicates.pairs(docs, inPairs);
    List<StoryClusters.Assignment> stories = StoryClusters.assign(inPairs, pairs);
    double seconds = (System.nanoTime() - start) / 1e9;
    docs.unpersist();
    pairsOut.addAll(pairs);
    long copies = stories.stream().filter(a -> a.duplicateOf() != null).count();
    return new Result(seconds, articles.size(), pairs.size(), copies, articles.size() - copies);
  }

  public static void main(String[] args) throws Exception {
    JobConfig c = JobConfig.parse(args, java.util.Set.of("corpus"), java.util.Set.of());
    ArticleParser parser = new ArticleParser();
    List<Article> articles = new ArrayList<>();
    java.util.Map<String, String> pathOf = new java.util.HashMap<>();
    try (var files = Files.walk(Path.of(c.require("corpus")))) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        Article a = parser.parse(f.toString(), Files.readString(f)).article();
        if (a != null && pathOf.putIfAbsent(a.docId(), f.toString()) == null) {
          articles.add(a);
        }
      }
    }
    SparkSession spark = Sessions.create("newsgraph-duplicate-benchmark");
    List<StoryClusters.Pair> pairs = new ArrayList<>();
    Result r = run(spark, articles, pairs);
    pairs.sort(java.util.Comparator.comparingDouble(StoryClusters.Pair::similarity));
    for (StoryClusters.Pair p : pairs) {
      System.out.printf(Locale.ROOT, "%.3f %s %s%n", p.similarity(), pathOf.get(p.a()), pathOf.get(p.b()));
    }
    System.out.println(r.line());
    spark.stop();
  }
}
