package org.newsgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.newsgraph.duplicates.StoryClusters;
import org.newsgraph.tables.DocumentsTable;

/** The small-corpus path (exact pairs on the driver) and the MinHash LSH path find the same copies. */
class NearDuplicatesIT {
  private static final String STORY = "The Bergen council voted on Tuesday to close the old harbour bridge for two"
      + " years of repairs, after engineers found cracks in three of its piers. Traffic will move to the ferry,"
      + " which the council will run every ten minutes at no charge until the bridge reopens in the spring."
      + " Shop owners near the bridge said they feared a quiet winter, and the council promised a fund for them.";

  @Test
  void exactAndLshPathsAgree() {
    SparkSession spark = SparkTestSupport.session();
    StructType schema = new StructType().add(DocumentsTable.DOC_ID, DataTypes.StringType)
        .add(DocumentsTable.PUBLISHED_DATE, DataTypes.DateType).add(DocumentsTable.BODY, DataTypes.StringType);
    Date day = Date.valueOf("2024-03-01");
    Dataset<Row> docs = spark.createDataFrame(List.of(
        RowFactory.create("d1", day, STORY),
        RowFactory.create("d2", day, "BERGEN (FNN) - " + STORY + " Reporting by Anna Roe."),
        RowFactory.create("d3", day, STORY.substring(0, STORY.lastIndexOf(" Shop owners"))),
        RowFactory.create("d4", day, "Sylvania won the final on penalties after a goalless match in which both"
            + " keepers were named players of the game by the organisers of the cup.")), schema);
    List<StoryClusters.Doc> exactDocs = new ArrayList<>();
    List<StoryClusters.Doc> lshDocs = new ArrayList<>();
    List<StoryClusters.Pair> exact = NearDuplicates.pairs(docs, exactDocs);
    List<StoryClusters.Pair> lsh = NearDuplicates.pairs(docs, lshDocs, 0);
    Comparator<StoryClusters.Pair> order = Comparator.comparing(StoryClusters.Pair::a).thenComparing(StoryClusters.Pair::b);
    assertEquals(lsh.stream().sorted(order).toList(), exact.stream().sorted(order).toList());
    assertEquals(3, exact.size(), "d1, d2 and d3 are copies of one story: " + exact);
    Comparator<StoryClusters.Doc> byId = Comparator.comparing(StoryClusters.Doc::docId);
    assertEquals(lshDocs.stream().sorted(byId).toList(), exactDocs.stream().sorted(byId).toList());
  }
}
