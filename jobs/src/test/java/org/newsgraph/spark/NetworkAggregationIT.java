package org.newsgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Statement;
import org.newsgraph.tables.CooccurrencesTable;
import org.newsgraph.tables.DocumentsTable;
import org.newsgraph.tables.MentionsTable;
import org.newsgraph.tables.SentencesTable;
import org.newsgraph.tables.StatementEdgesTable;
import org.newsgraph.tables.StatementsTable;

/**
 * The network tables on a hand-made fixture: one document of January 2024 with four sentences holding
 * {A,B}, {A,B,C}, {A}, {} and a second, undated document with {A,C}.
 */
class NetworkAggregationIT {
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkTestSupport.session();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static Row doc(String id, Date date) {
    return RowFactory.create(id, id + ".txt", null, null, null, null, date, "body", 0, "body", new String[0], new String[0]);
  }

  private static Row mention(String doc, int sentence, String entity) {
    return RowFactory.create(doc, sentence, 0, 1, entity, "PERSON", null, entity, entity, "name");
  }

  private static Row sentence(String doc, int idx) {
    return RowFactory.create(doc, idx, 0, 1, "x");
  }

  private static Map<String, Row> byKey(Dataset<Row> rows) {
    Map<String, Row> out = new HashMap<>();
    for (Row r : rows.collectAsList()) {
      out.put(r.getAs(CooccurrencesTable.ENTITY_A) + "-" + r.getAs(CooccurrencesTable.ENTITY_B) + " "
          + r.getAs(CooccurrencesTable.SCOPE) + " " + r.getAs(CooccurrencesTable.PERIOD), r);
    }
    return out;
  }

  @Test
  void countsAndMeasuresMatchTheHandComputation() {
    Dataset<Row> docs = spark.createDataFrame(List.of(doc("d1", Date.valueOf("2024-01-15")), doc("d2", null)),
        DocumentsTable.SCHEMA);
    Dataset<Row> sentences = spark.createDataFrame(List.of(sentence("d1", 0), sentence("d1", 1), sentence("d1", 2),
        sentence("d1", 3), sentence("d2", 0)), SentencesTable.SCHEMA);
    Dataset<Row> mentions = spark.createDataFrame(List.of(mention("d1", 0, "A"), mention("d1", 0, "B"),
        mention("d1", 1, "A"), mention("d1", 1, "B"), mention("d1", 1, "C"), mention("d1", 1, "A"),
        mention("d1", 2, "A"), mention("d2", 0, "A"), mention("d2", 0, "C")), MentionsTable.SCHEMA);
    Map<String, Row> c = byKey(NetworkAggregation.cooccurrences(mentions, sentences, docs));

    // January: 4 sentences; A in 3, B in 2, AB in 2 → PMI log2(4/3), NPMI the same, G2 1.726092
    Row abJan = c.get("A-B sentence 2024-01");
    assertEquals(2L, abJan.<Long>getAs(CooccurrencesTable.COUNT));
    assertEquals(4L, abJan.<Long>getAs(CooccurrencesTable.UNITS));
    assertEquals(3L, abJan.<Long>getAs(CooccurrencesTable.COUNT_A));
    assertEquals(0.4150375, abJan.<Double>getAs(CooccurrencesTable.PMI), 1e-6);
    assertEquals(0.4150375, abJan.<Double>getAs(CooccurrencesTable.NPMI), 1e-6);
    assertEquals(1.726092, abJan.<Double>getAs(CooccurrencesTable.LLR), 1e-6);
    assertEquals(Date.valueOf("2024-01-15"), abJan.getAs(CooccurrencesTable.FIRST_DATE));

    // all time: 5 sentences; A in 4, C in 2, AC in 2 → PMI log2(2*5/(4*2)) = log2(1.25)
    Row acAll = c.get("A-C sentence all");
    assertEquals(2L, acAll.<Long>getAs(CooccurrencesTable.COUNT));
    assertEquals(2L, acAll.<Long>getAs(CooccurrencesTable.DOC_COUNT));
    assertEquals(Math.log(1.25) / Math.log(2), acAll.<Double>getAs(CooccurrencesTable.PMI), 1e-9);
    // NPMI = log2(1.25) / -log2(2/5)
    assertEquals(Math.log(1.25) / -Math.log(0.4), acAll.<Double>getAs(CooccurrencesTable.NPMI), 1e-9);
    // the undated document counts only for "all"
    assertEquals(1L, c.get("A-C sentence 2024-01").<Long>getAs(CooccurrencesTable.COUNT));

    // documents: 2 in all; A in both, B in d1 only, AB in 1 → PMI log2(1*2/(2*1)) = 0
    Row abDocs = c.get("A-B document all");
    assertEquals(1L, abDocs.<Long>getAs(CooccurrencesTable.COUNT));
    assertEquals(2L, abDocs.<Long>getAs(CooccurrencesTable.UNITS));
    assertEquals(0.0, abDocs.<Double>getAs(CooccurrencesTable.PMI), 1e-12);
    assertEquals(12, c.size(), "3 pairs x 2 scopes x 2 periods: " + c.keySet());
  }

  @Test
  void statementEdgesCountSpeakerTargetPairs() {
    Dataset<Row> docs = spark.createDataFrame(List.of(doc("d1", Date.valueOf("2024-02-01"))), DocumentsTable.SCHEMA);
    List<Row> st = new ArrayList<>();
    st.add(StatementsTable.toRow(new Statement("s1", "d1", 0, "X", "X", 0, 1, "name", List.of(), "said", 2, 6, "say",
        "assert", "c", 0, 1, "indirect", List.of("Y", "Z", "X"))));
    st.add(StatementsTable.toRow(new Statement("s2", "d1", 1, "X", "he", 0, 2, "pronoun", List.of(), "urged", 3, 8,
        "urge", "urge", "c", 0, 1, "indirect", List.of("Y"))));
    st.add(StatementsTable.toRow(new Statement("s3", "d1", 2, null, "both sides", 0, 10, "group", List.of("X", "W"),
        "agreed", 11, 17, "agree", "agree", "c", 0, 1, "indirect", List.of("Y"))));
    Dataset<Row> edges = NetworkAggregation.statementEdges(spark.createDataFrame(st, StatementsTable.SCHEMA), docs);
    Map<String, Row> e = new HashMap<>();
    for (Row r : edges.collectAsList()) {
      e.put(r.getAs(StatementEdgesTable.SPEAKER_ENTITY_ID) + ">" + r.getAs(StatementEdgesTable.TARGET_ENTITY_ID) + " "
          + r.getAs(StatementEdgesTable.PERIOD), r);
    }
    assertEquals(3L, e.get("X>Y all").<Long>getAs(StatementEdgesTable.COUNT));
    assertEquals(List.of("agree", "assert", "urge"), e.get("X>Y 2024-02").getList(
        e.get("X>Y 2024-02").fieldIndex(StatementEdgesTable.CUE_CLASSES)));
    assertEquals(1L, e.get("W>Y all").<Long>getAs(StatementEdgesTable.COUNT));
    assertEquals(1L, e.get("X>Z all").<Long>getAs(StatementEdgesTable.COUNT));
    assertEquals(6, e.size(), "no self edge X>X; " + e.keySet());
  }
}
