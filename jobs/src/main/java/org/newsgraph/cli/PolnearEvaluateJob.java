package org.newsgraph.cli;

import static org.apache.spark.sql.functions.col;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newsgraph.eval.polnear.Attribution;
import org.newsgraph.eval.polnear.CueKinds;
import org.newsgraph.eval.polnear.PolnearCorpus;
import org.newsgraph.eval.polnear.PolnearScorer;
import org.newsgraph.eval.polnear.StatementConverter;
import org.newsgraph.model.Statement;
import org.newsgraph.tables.DocumentsTable;
import org.newsgraph.tables.StatementsTable;

/**
 * {@code evaluate-polnear}: scores a run over one PolNeAR split's text folder against its attribution
 * annotations (see {@link PolnearScorer}). Prints {@code evaluate polnear.<measure>: precision=...} lines.
 */
public final class PolnearEvaluateJob {

  static final String USAGE = """
      usage: PolnearEvaluateJob --output DIR --polnear DIR [--split dev|test|train] [--details]
        --output   a run's tables over the split's text folder
        --polnear  a PolNeAR checkout (github.com/networkdynamics/PolNeAR) or its data folder
        --split    train, dev or test (default dev)
        --details  list misses and false hits
      """;

  private PolnearEvaluateJob() {
  }

  public static void main(String[] args) {
    JobConfig c;
    try {
      c = JobConfig.parse(args, Set.of("output", "polnear", "split"), Set.of("details"));
      if (c.has("help")) {
        System.out.print(USAGE);
        return;
      }
      c.require("output");
      c.require("polnear");
    } catch (JobConfig.UsageException e) {
      System.err.println("evaluate-polnear: " + e.getMessage() + " (see --help)");
      System.exit(2);
      return;
    }
    Path split;
    try {
      split = PolnearCorpus.splitDir(Path.of(c.require("polnear")), c.get("split", "dev"));
    } catch (IllegalArgumentException e) {
      System.err.println("evaluate-polnear: " + e.getMessage());
      System.exit(2);
      return;
    }
    SparkSession spark = Sessions.create("newsgraph-evaluate-polnear");
    try {
      run(spark, c.require("output"), split, c.has("details"), System.out);
    } finally {
      spark.stop();
    }
  }

  static PolnearScorer run(SparkSession spark, String output, Path splitDir, boolean details, PrintStream out) {
    Map<String, Row> docs = new HashMap<>();
    for (Row r : spark.read().parquet(new org.apache.hadoop.fs.Path(output, DocumentsTable.NAME).toString())
        .select(DocumentsTable.DOC_ID, DocumentsTable.SOURCE_PATH, DocumentsTable.RAW_TEXT, DocumentsTable.BODY_OFFSET)
        .collectAsList()) {
      docs.put(EvaluateJob.docKey(r.getAs(DocumentsTable.SOURCE_PATH)), r);
    }
    Map<String, List<Statement>> statements = new HashMap<>();
    for (Row r : spark.read().parquet(new org.apache.hadoop.fs.Path(output, StatementsTable.NAME).toString())
        .orderBy(col(StatementsTable.DOC_ID), col(StatementsTable.CONTENT_BEGIN), col(StatementsTable.CUE_BEGIN))
        .collectAsList()) {
      Statement s = StatementsTable.fromRow(r);
      statements.computeIfAbsent(s.docId(), k -> new ArrayList<>()).add(s);
    }
    PolnearScorer scorer = new PolnearScorer(new CueKinds());
    int missing = 0;
    int changed = 0;
    for (PolnearCorpus.Article article : PolnearCorpus.read(splitDir)) {
      Row doc = docs.get(article.docId());
      List<Attribution> predicted = List.of();
      if (doc == null) {
        missing++;
      } else {
        String raw = doc.getAs(DocumentsTable.RAW_TEXT);
        if (!raw.equals(article.text())) {
          changed++;
        }
        predicted = StatementConverter.convert(article.docId(), raw, doc.<Integer>getAs(DocumentsTable.BODY_OFFSET),
            statements.getOrDefault(doc.<String>getAs(DocumentsTable.DOC_ID), List.of()));
      }
      scorer.add(new PolnearScorer.Doc(article.docId(), article.text(), article.attributions(), predicted));
    }
    out.printf("evaluate polnear: split=%s articles=%d missing_from_run=%d text_differs=%d%n",
        splitDir.getFileName(), scorer.articles(), missing, changed);
    scorer.print(out, details);
    return scorer;
  }
}
