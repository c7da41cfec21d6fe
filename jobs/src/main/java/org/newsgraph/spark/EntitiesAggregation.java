package org.newsgraph.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.newsgraph.tables.DocumentsTable;
import org.newsgraph.tables.EntitiesTable;
import org.newsgraph.tables.MentionsTable;

/** The {@code entities} table as a Spark aggregation of {@code mentions} joined with publication dates. */
public final class EntitiesAggregation {
  private EntitiesAggregation() {
  }

  /** Schema of the links table joined in: entity id, Wikipedia title, score. */
  public static final org.apache.spark.sql.types.StructType LINKS = new org.apache.spark.sql.types.StructType()
      .add(EntitiesTable.ENTITY_ID, org.apache.spark.sql.types.DataTypes.StringType, false)
      .add(EntitiesTable.KB_ID, org.apache.spark.sql.types.DataTypes.StringType, false)
      .add(EntitiesTable.KB_SCORE, org.apache.spark.sql.types.DataTypes.DoubleType, false);

  public static Dataset<Row> entities(Dataset<Row> mentions, Dataset<Row> documents, Dataset<Row> links) {
    Dataset<Row> dated = mentions.join(documents.select(col(DocumentsTable.DOC_ID), col(DocumentsTable.PUBLISHED_DATE),
        NearDuplicates.isOriginal(documents).as("_original")), MentionsTable.DOC_ID);
    return dated.groupBy(col(MentionsTable.ENTITY_ID)).agg(
            first(col(MentionsTable.CANONICAL_NAME)).as(EntitiesTable.NAME_COL),
            first(col(MentionsTable.TYPE)).as(EntitiesTable.TYPE),
            max(when(col(MentionsTable.FINE_TYPE).notEqual(lit("NATIONALITY")), col(MentionsTable.FINE_TYPE)))
                .as(EntitiesTable.FINE_TYPE),
            sort_array(collect_set(col(MentionsTable.TEXT))).as(EntitiesTable.ALIASES),
            count(when(col("_original"), lit(1))).as(EntitiesTable.MENTION_COUNT),
            countDistinct(when(col("_original"), col(MentionsTable.DOC_ID))).as(EntitiesTable.DOC_COUNT),
            count(lit(1)).as(EntitiesTable.RAW_MENTION_COUNT),
            countDistinct(col(MentionsTable.DOC_ID)).as(EntitiesTable.RAW_DOC_COUNT),
            min(col(DocumentsTable.PUBLISHED_DATE)).as(EntitiesTable.FIRST_DATE),
            max(col(DocumentsTable.PUBLISHED_DATE)).as(EntitiesTable.LAST_DATE))
        .join(links, new String[] {EntitiesTable.ENTITY_ID}, "left")
        .select(EntitiesTable.SCHEMA.fieldNames()[0], java.util.Arrays.copyOfRange(EntitiesTable.SCHEMA.fieldNames(), 1,
            EntitiesTable.SCHEMA.fieldNames().length));
  }
}
