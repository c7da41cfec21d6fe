package org.newsgraph.cli;

import static org.apache.spark.sql.functions.col;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newsgraph.eval.Evaluator;
import org.newsgraph.eval.Gold;
import org.newsgraph.eval.GoldReader;
import org.newsgraph.eval.Predicted;
import org.newsgraph.eval.Score;
import org.newsgraph.tables.DocumentsTable;
import org.newsgraph.tables.EntitiesTable;
import org.newsgraph.tables.MentionsTable;
import org.newsgraph.tables.SentencesTable;
import org.newsgraph.tables.StatementsTable;

/**
 * {@code evaluate}: scores a run's tables against a gold folder and prints one line per table:
 * {@code evaluate <table>: precision=... recall=... f1=... (tp=N fp=N fn=N)}.
 * With {@code --details}, misses and false hits are listed too.
 */
public final class EvaluateJob {

  static final String USAGE = """
      usage: EvaluateJob --output DIR --gold DIR [--details]
        --output   folder holding a run's tables
        --gold     folder of gold JSON Lines (documents, sentences, entities, mentions, statements .jsonl)
        --details  list misses and false hits
      """;

  private EvaluateJob() {
  }

  public static void main(String[] args) {
    JobConfig c;
    try {
      c = JobConfig.parse(args, Set.of("output", "gold"), Set.of("details"));
      if (c.has("help")) {
        System.out.print(USAGE);
        return;
      }
      c.require("output");
      c.require("gold");
    } catch (JobConfig.UsageException e) {
      System.err.println("evaluate: " + e.getMessage() + " (see --help)");
      System.exit(2);
      return;
    }
    SparkSession spark = Sessions.create("newsgraph-evaluate");
    try {
      Map<String, Score> scores = run(spark, c.require("output"), Path.of(c.require("gold")),
          c.has("details"), System.out);
      if (scores.isEmpty()) {
        System.exit(1);
      }
    } finally {
      spark.stop();
    }
  }

  /** Prints and returns the scores. */
  public static Map<String, Score> run(SparkSession spark, String output, Path goldDir, boolean details,
                                       PrintStream out) {
    Gold.Set gold = GoldReader.read(goldDir);
    Predicted.Set predicted = load(spark, output);
    Evaluator evaluator = new Evaluator(gold, predicted);
    Map<String, Score> scores = evaluator.scores();
    for (Map.Entry<String, Score> e : scores.entrySet()) {
      out.println(e.getValue().line(e.getKey()));
      if (details) {
        e.getValue().misses().forEach(m -> out.println("  miss: " + m));
        e.getValue().falseHits().forEach(m -> out.println("  false hit: " + m));
      }
    }
    if (predicted.mentions() != null && !gold.mentions().isEmpty()) {
      int[] kb = evaluator.kbLinked();
      out.printf(java.util.Locale.ROOT, "evaluate entities: split=%d merged=%d kb_linked=%.3f (%d of %d found gold entities)%n",
          evaluator.splitEntities().size(), evaluator.mergedEntities().size(), kb[1] == 0 ? 0.0 : kb[0] / (double) kb[1],
          kb[0], kb[1]);
      evaluator.splitEntities().forEach((g, ids) -> out.println("  split: " + g + " -> " + ids));
      evaluator.mergedEntities().forEach((p, gs) -> out.println("  merged: " + p + " -> " + gs));
    }
    if (predicted.statements() != null && !gold.statements().isEmpty()) {
      Evaluator.StatementScores s = evaluator.statements();
      out.printf(java.util.Locale.ROOT, "evaluate statements: cue_accuracy=%.3f speaker_accuracy=%.3f (matched=%d)%n",
          s.cueAccuracy(), s.speakerAccuracy(), s.matched());
    }
    return scores;
  }

  static Predicted.Set load(SparkSession spark, String output) {
    org.newsgraph.spark.TableWriter.recover(spark.sparkContext().hadoopConfiguration(), output);
    List<Predicted.Document> docs = rows(spark, output, DocumentsTable.NAME, r -> new Predicted.Document(
        docKey(r.getAs(DocumentsTable.SOURCE_PATH)), r.getAs(DocumentsTable.DOC_ID), r.getAs(DocumentsTable.TITLE),
        r.getAs(DocumentsTable.PUBLISHED_DATE) == null ? null : r.getAs(DocumentsTable.PUBLISHED_DATE).toString(),
        r.getAs(DocumentsTable.PUBLISHER), r.getAs(DocumentsTable.DATELINE),
        r.<Integer>getAs(DocumentsTable.BODY_OFFSET), r.getAs(DocumentsTable.RAW_TEXT)));
    if (docs == null) {
      throw new IllegalArgumentException("no documents table under " + output);
    }
    List<Predicted.Sentence> sentences = rows(spark, output, SentencesTable.NAME, r -> new Predicted.Sentence(
        r.getAs(SentencesTable.DOC_ID), r.<Integer>getAs(SentencesTable.SENTENCE_IDX),
        r.<Integer>getAs(SentencesTable.BEGIN), r.<Integer>getAs(SentencesTable.END)));
    List<Predicted.Entity> entities = rows(spark, output, EntitiesTable.NAME, r -> new Predicted.Entity(
        r.getAs(EntitiesTable.ENTITY_ID), r.getAs(EntitiesTable.NAME_COL), r.getAs(EntitiesTable.TYPE),
        java.util.Arrays.asList(r.schema().fieldNames()).contains(EntitiesTable.KB_ID) ? r.getAs(EntitiesTable.KB_ID) : null));
    List<Predicted.Mention> mentions = rows(spark, output, MentionsTable.NAME, r -> new Predicted.Mention(
        r.getAs(MentionsTable.DOC_ID), r.<Integer>getAs(MentionsTable.SENTENCE_IDX),
        r.getAs(MentionsTable.ENTITY_ID), r.getAs(MentionsTable.TYPE)));
    List<Predicted.Statement> statements = rows(spark, output, StatementsTable.NAME, r -> new Predicted.Statement(
        r.getAs(StatementsTable.DOC_ID), r.<Integer>getAs(StatementsTable.SENTENCE_IDX),
        r.getAs(StatementsTable.SPEAKER_ENTITY_ID), r.getList(r.fieldIndex(StatementsTable.SPEAKER_MEMBER_IDS)),
        r.getAs(StatementsTable.CUE_LEMMA), r.getAs(StatementsTable.CONTENT), r.getAs(StatementsTable.KIND)));
    return new Predicted.Set(docs, sentences == null ? List.of() : sentences, entities, mentions, statements);
  }

  static String docKey(String sourcePath) {
    String name = sourcePath.substring(sourcePath.lastIndexOf('/') + 1);
    return name.replaceFirst("(?i)\\.txt(\\.gz)?$", "");
  }

  private static <T> List<T> rows(SparkSession spark, String output, String table, Function<Row, T> f) {
    try {
      org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(output, table);
      FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (!fs.exists(p)) {
        return null;
      }
      List<T> out = new ArrayList<>();
      Dataset<Row> rows = spark.read().parquet(p.toString());
      for (Row r : rows.orderBy(col(rows.columns()[0])).collectAsList()) {
        out.add(f.apply(r));
      }
      return out;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
