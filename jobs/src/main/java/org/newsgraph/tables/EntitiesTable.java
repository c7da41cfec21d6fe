package org.newsgraph.tables;

import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import org.apache.spark.sql.types.StructType;

/** Table {@code entities}: one row per canonical entity, aggregated from {@code mentions}. */
public final class EntitiesTable {
  public static final String NAME = "entities";
  public static final String ENTITY_ID = "entity_id";
  public static final String NAME_COL = "name";
  public static final String TYPE = "type";
  public static final String FINE_TYPE = "fine_type";
  /** Distinct surface forms seen, sorted. */
  public static final String ALIASES = "aliases";
  public static final String MENTION_COUNT = "mention_count";
  public static final String DOC_COUNT = "doc_count";
  public static final String FIRST_DATE = "first_date";
  public static final String LAST_DATE = "last_date";

  public static final StructType SCHEMA = new StructType()
      .add(ENTITY_ID, StringType, false)
      .add(NAME_COL, StringType, false)
      .add(TYPE, StringType, false)
      .add(FINE_TYPE, StringType, true)
      .add(ALIASES, createArrayType(StringType, false), false)
      .add(MENTION_COUNT, LongType, false)
      .add(DOC_COUNT, LongType, false)
      .add(FIRST_DATE, DateType, true)
      .add(LAST_DATE, DateType, true);

  private EntitiesTable() {
  }
}
