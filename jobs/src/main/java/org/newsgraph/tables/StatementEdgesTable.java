package org.newsgraph.tables;

import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import org.apache.spark.sql.types.StructType;

/**
 * Table {@code statement_edges}: speaker → target ("who talks about whom") per period. A group speaker
 * counts for each member; a speaker naming itself is not an edge.
 */
public final class StatementEdgesTable {
  public static final String NAME = "statement_edges";
  public static final String SPEAKER_ENTITY_ID = "speaker_entity_id";
  public static final String TARGET_ENTITY_ID = "target_entity_id";
  public static final String PERIOD = "period";
  /** Statements of the speaker naming the target. */
  public static final String COUNT = "count";
  public static final String CUE_CLASSES = "cue_classes";
  public static final String DOC_COUNT = "doc_count";
  public static final String FIRST_DATE = "first_date";
  public static final String LAST_DATE = "last_date";

  /** The count with every near-duplicate copy of a story counted ({@code count} counts each story once). */
  public static final String RAW_COUNT = "raw_count";

  public static final StructType SCHEMA = new StructType()
      .add(SPEAKER_ENTITY_ID, StringType, false)
      .add(TARGET_ENTITY_ID, StringType, false)
      .add(PERIOD, StringType, false)
      .add(COUNT, LongType, false)
      .add(CUE_CLASSES, createArrayType(StringType, false), false)
      .add(DOC_COUNT, LongType, false)
      .add(FIRST_DATE, DateType, true)
      .add(LAST_DATE, DateType, true)
      .add(RAW_COUNT, LongType, false);

  private StatementEdgesTable() {
  }
}
