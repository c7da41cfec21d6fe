package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.spark.SeedTables;
import org.newsgraph.spark.SparkTestSupport;

/** Every example query under scripts/queries runs on the seeds' tables and answers its question. */
class QueriesIT {
  private static SparkSession spark;

  @BeforeAll
  static void tables() throws IOException {
    spark = SparkTestSupport.session();
    List<String> views = SqlShell.registerTables(spark, SeedTables.get(spark).toString());
    assertEquals(List.of("cooccurrences", "documents", "entities", "mentions", "rejects", "sentences",
        "statement_edges", "statements"), views);
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static List<Row> run(String file) {
    try {
      List<String> statements = SqlShell.statements(Files.readString(SparkTestSupport.root().resolve("scripts/queries/" + file)));
      assertEquals(1, statements.size(), file);
      return spark.sql(statements.get(0)).collectAsList();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static List<String> column(List<Row> rows, String name) {
    return rows.stream().map(r -> String.valueOf(r.<Object>getAs(name))).collect(Collectors.toList());
  }

  @Test
  void everyQueryFileHasATest() throws IOException {
    try (Stream<Path> files = Files.list(SparkTestSupport.root().resolve("scripts/queries"))) {
      List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
      assertEquals(List.of("documents_by_publisher.sql", "initiative_statements.sql", "mentions_per_month.sql",
          "search_statements.sql", "speaker_about_entity.sql", "strongest_pairs.sql", "top_speakers.sql",
          "who_talks_about_whom.sql"), names);
    }
  }

  @Test
  void ddlRegistersTheTablesInACatalog() throws Exception {
    Process p = new ProcessBuilder("bash", SparkTestSupport.root().resolve("scripts/ddl").toString(),
        "--output", SeedTables.get(spark).toString(), "--database", "ng_test").redirectErrorStream(true).start();
    String ddl = new String(p.getInputStream().readAllBytes());
    assertEquals(0, p.waitFor(), ddl);
    for (String statement : SqlShell.statements(ddl)) {
      spark.sql(statement);
    }
    assertEquals(5L, spark.sql("SELECT count(*) FROM ng_test.documents").first().getLong(0));
    assertTrue(spark.sql("SELECT count(*) FROM ng_test.statements WHERE cue_lemma = 'say'").first().getLong(0) > 10);
  }

  @Test
  void topSpeakers() {
    List<Row> rows = run("top_speakers.sql");
    assertEquals("Xi Jinping", rows.get(0).getAs("speaker"));
    assertTrue(column(rows, "speaker").containsAll(List.of("Wang Yi", "Wang Qishan", "Kassym-Jomart Tokayev")));
    assertTrue(rows.get(0).<String>getAs("cue_classes").contains("assert"));
  }

  @Test
  void speakerAboutEntityInTimeOrder() {
    List<Row> rows = run("speaker_about_entity.sql");
    assertTrue(rows.size() >= 10, "rows " + rows.size());
    Date previous = null;
    for (Row r : rows) {
      Date d = r.getAs("published_date");
      assertTrue(previous == null || d == null || !d.before(previous));
      previous = d != null ? d : previous;
      assertFalse(r.<String>getAs("content").isBlank());
    }
  }

  @Test
  void initiativeStatements() {
    List<String> initiatives = column(run("initiative_statements.sql"), "initiative");
    assertTrue(initiatives.contains("Belt and Road Initiative"), initiatives.toString());
    assertTrue(initiatives.contains("Global Development Initiative"), initiatives.toString());
  }

  @Test
  void strongestPairs() {
    List<Row> rows = run("strongest_pairs.sql");
    assertFalse(rows.isEmpty());
    double last = 2;
    for (Row r : rows) {
      assertTrue(r.<Long>getAs("count") >= 3);
      double npmi = r.<Double>getAs("npmi");
      assertTrue(npmi <= last && npmi <= 1 && npmi >= -1);
      last = npmi;
    }
  }

  @Test
  void mentionsPerMonth() {
    List<String> months = column(run("mentions_per_month.sql"), "month");
    assertTrue(months.containsAll(List.of("2022-05", "2022-06", "2025-06")), months.toString());
  }

  @Test
  void whoTalksAboutWhom() {
    Row top = run("who_talks_about_whom.sql").get(0);
    assertEquals("Xi Jinping", top.getAs("speaker"));
    assertTrue(List.of("China", "Kazakhstan").contains(top.<String>getAs("target")));
  }

  @Test
  void documentsByPublisher() {
    List<Row> rows = run("documents_by_publisher.sql");
    assertEquals(5, rows.size());
    assertEquals(2, column(rows, "publisher").stream().filter("Xinhua"::equals).count());
  }

  @Test
  void searchStatements() {
    List<Row> rows = run("search_statements.sql");
    assertFalse(rows.isEmpty());
    for (Row r : rows) {
      String c = r.<String>getAs("content").toLowerCase();
      assertTrue(c.matches("(?s).*\\bsecurity\\b.*") && c.matches("(?s).*\\bcooperation\\b.*"), c);
    }
  }
}
