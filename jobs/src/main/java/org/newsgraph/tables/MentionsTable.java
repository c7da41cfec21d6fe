package org.newsgraph.tables;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.newsgraph.model.Mention;

/** Table {@code mentions}: named-entity mentions with body offsets, resolved to {@code entities}. */
public final class MentionsTable {
  public static final String NAME = "mentions";
  public static final String DOC_ID = "doc_id";
  public static final String SENTENCE_IDX = "sentence_idx";
  public static final String BEGIN = "begin";
  public static final String END = "end";
  public static final String TEXT = "text";
  /** PERSON, LOCATION, ORGANIZATION, MISC. */
  public static final String TYPE = "type";
  /** COUNTRY, CITY, STATE_OR_PROVINCE, NATIONALITY, ... where known. */
  public static final String FINE_TYPE = "fine_type";
  public static final String ENTITY_ID = "entity_id";
  /** Canonical name of the entity (denormalised for convenience). */
  public static final String CANONICAL_NAME = "canonical_name";
  /** How the surface was linked to the entity. */
  public static final String RESOLUTION = "resolution";

  public static final StructType SCHEMA = new StructType()
      .add(DOC_ID, StringType, false)
      .add(SENTENCE_IDX, IntegerType, false)
      .add(BEGIN, IntegerType, false)
      .add(END, IntegerType, false)
      .add(TEXT, StringType, false)
      .add(TYPE, StringType, false)
      .add(FINE_TYPE, StringType, true)
      .add(ENTITY_ID, StringType, false)
      .add(CANONICAL_NAME, StringType, false)
      .add(RESOLUTION, StringType, false);

  private MentionsTable() {
  }

  public static Mention fromRow(Row r) {
    return new Mention(r.getAs(DOC_ID), r.<Integer>getAs(SENTENCE_IDX), r.<Integer>getAs(BEGIN), r.<Integer>getAs(END),
        r.getAs(TEXT), r.getAs(TYPE), r.getAs(FINE_TYPE), r.getAs(CANONICAL_NAME), r.getAs(ENTITY_ID),
        r.getAs(RESOLUTION));
  }

  public static Row toRow(Mention m) {
    return RowFactory.create(m.docId(), m.sentenceIdx(), m.begin(), m.end(), m.text(), m.type(), m.fineType(),
        m.entityId(), m.canonical(), m.resolution());
  }
}
