package org.newsgraph.cli;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newsgraph.cooccurrence.GraphMlWriter;
import org.newsgraph.tables.CooccurrencesTable;
import org.newsgraph.tables.EntitiesTable;
import org.newsgraph.tables.StatementEdgesTable;

/**
 * {@code export-graph}: writes the entity network of a run as one GraphML file: co-occurrence edges of a
 * scope and period (at least a minimum count, weighted by NPMI) and statement edges of the period.
 * The filtering runs in Spark; only the filtered edges reach the driver.
 */
public final class ExportGraphJob {
  static final String USAGE = """
      usage: ExportGraphJob --output DIR --file FILE.graphml [--scope sentence|document] [--period all|YYYY-MM]
                            [--min-count N]
        defaults: --scope sentence --period all --min-count 2
      """;

  private ExportGraphJob() {
  }

  public static void main(String[] args) {
    JobConfig c;
    try {
      c = JobConfig.parse(args, Set.of("output", "file", "scope", "period", "min-count"), Set.of());
      if (c.has("help")) {
        System.out.print(USAGE);
        return;
      }
      c.require("output");
      c.require("file");
    } catch (JobConfig.UsageException e) {
      System.err.println("export-graph: " + e.getMessage() + " (see --help)");
      System.exit(2);
      return;
    }
    SparkSession spark = Sessions.create("newsgraph-export-graph");
    try {
      int[] n = run(spark, c.require("output"), Path.of(c.require("file")), c.get("scope", "sentence"),
          c.get("period", "all"), c.getLong("min-count", 2));
      System.out.println("wrote " + c.require("file") + ": " + n[0] + " nodes, " + n[1] + " edges");
    } catch (IOException e) {
      System.err.println("export-graph: " + e.getMessage());
      System.exit(1);
    } finally {
      spark.stop();
    }
  }

  /** Returns {nodes, edges}. */
  public static int[] run(SparkSession spark, String output, Path file, String scope, String period, long minCount)
      throws IOException {
    org.newsgraph.spark.TableWriter.recover(spark.sparkContext().hadoopConfiguration(), output);
    Dataset<Row> co = spark.read().parquet(output + "/" + CooccurrencesTable.NAME)
        .where(col(CooccurrencesTable.SCOPE).equalTo(scope).and(col(CooccurrencesTable.PERIOD).equalTo(period))
            .and(col(CooccurrencesTable.COUNT).geq(minCount)))
        .orderBy(CooccurrencesTable.ENTITY_A, CooccurrencesTable.ENTITY_B);
    Dataset<Row> st = spark.read().parquet(output + "/" + StatementEdgesTable.NAME)
        .where(col(StatementEdgesTable.PERIOD).equalTo(period))
        .orderBy(StatementEdgesTable.SPEAKER_ENTITY_ID, StatementEdgesTable.TARGET_ENTITY_ID);
    List<GraphMlWriter.Edge> edges = new ArrayList<>();
    Set<String> used = new LinkedHashSet<>();
    for (Row r : co.collectAsList()) {
      edges.add(new GraphMlWriter.Edge(r.getAs(CooccurrencesTable.ENTITY_A), r.getAs(CooccurrencesTable.ENTITY_B),
          "cooccurrence", r.<Long>getAs(CooccurrencesTable.COUNT), r.<Double>getAs(CooccurrencesTable.NPMI), null));
    }
    for (Row r : st.collectAsList()) {
      edges.add(new GraphMlWriter.Edge(r.getAs(StatementEdgesTable.SPEAKER_ENTITY_ID),
          r.getAs(StatementEdgesTable.TARGET_ENTITY_ID), "statement", r.<Long>getAs(StatementEdgesTable.COUNT),
          r.<Long>getAs(StatementEdgesTable.COUNT),
          String.join(",", r.<String>getList(r.fieldIndex(StatementEdgesTable.CUE_CLASSES)))));
    }
    edges.forEach(e -> {
      used.add(e.source());
      used.add(e.target());
    });
    List<GraphMlWriter.Node> nodes = new ArrayList<>();
    for (Row r : spark.read().parquet(output + "/" + EntitiesTable.NAME).orderBy(EntitiesTable.ENTITY_ID).collectAsList()) {
      if (used.contains(r.<String>getAs(EntitiesTable.ENTITY_ID))) {
        nodes.add(new GraphMlWriter.Node(r.getAs(EntitiesTable.ENTITY_ID), r.getAs(EntitiesTable.NAME_COL),
            r.getAs(EntitiesTable.TYPE), r.<Long>getAs(EntitiesTable.MENTION_COUNT)));
      }
    }
    if (file.toAbsolutePath().getParent() != null) {
      Files.createDirectories(file.toAbsolutePath().getParent());
    }
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      GraphMlWriter.write(nodes, edges, w);
    }
    return new int[] {nodes.size(), edges.size()};
  }
}
