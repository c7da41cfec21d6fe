package org.newsgraph.tables;

import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import org.apache.spark.sql.types.StructType;

/** Table {@code entities}: one row per canonical entity, aggregated from {@code mentions}. */
public final class EntitiesTable {
  public static final String NAME = "entities";
  public static final String ENTITY_ID = "entity_id";
  /** Wikipedia title the entity links to ("United_States"), null when unlinked; one Wikidata item per title. */
  public static final String KB_ID = "kb_id";
  /** Mean dictionary probability of the entity's names for that title (0..1), null when unlinked. */
  public static final String KB_SCORE = "kb_score";
  public static final String NAME_COL = "name";
  public static final String TYPE = "type";
  public static final String FINE_TYPE = "fine_type";
  /** Distinct surface forms seen, sorted. */
  public static final String ALIASES = "aliases";
  public static final String MENTION_COUNT = "mention_count";
  public static final String DOC_COUNT = "doc_count";
  public static final String FIRST_DATE = "first_date";
  public static final String LAST_DATE = "last_date";

  /** Mentions and documents with every near-duplicate copy counted (mention_count counts each story once). */
  public static final String RAW_MENTION_COUNT = "raw_mention_count";
  public static final String RAW_DOC_COUNT = "raw_doc_count";

  public static final StructType SCHEMA = new StructType()
      .add(ENTITY_ID, StringType, false)
      .add(NAME_COL, StringType, false)
      .add(TYPE, StringType, false)
      .add(FINE_TYPE, StringType, true)
      .add(ALIASES, createArrayType(StringType, false), false)
      .add(MENTION_COUNT, LongType, false)
      .add(DOC_COUNT, LongType, false)
      .add(FIRST_DATE, DateType, true)
      .add(LAST_DATE, DateType, true)
      .add(KB_ID, StringType, true)
      .add(KB_SCORE, DoubleType, true)
      .add(RAW_MENTION_COUNT, LongType, false)
      .add(RAW_DOC_COUNT, LongType, false);

  private EntitiesTable() {
  }
}
