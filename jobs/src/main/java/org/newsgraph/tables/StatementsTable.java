package org.newsgraph.tables;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.newsgraph.model.Statement;

/** Table {@code statements}: attributed statements (who said what, about whom). */
public final class StatementsTable {
  public static final String NAME = "statements";
  public static final String STATEMENT_ID = "statement_id";
  public static final String DOC_ID = "doc_id";
  public static final String SENTENCE_IDX = "sentence_idx";
  public static final String SPEAKER_ENTITY_ID = "speaker_entity_id";
  public static final String SPEAKER_TEXT = "speaker_text";
  public static final String SPEAKER_BEGIN = "speaker_begin";
  public static final String SPEAKER_END = "speaker_end";
  public static final String SPEAKER_RESOLUTION = "speaker_resolution";
  public static final String SPEAKER_MEMBER_IDS = "speaker_member_ids";
  public static final String CUE_TEXT = "cue_text";
  public static final String CUE_BEGIN = "cue_begin";
  public static final String CUE_END = "cue_end";
  public static final String CUE_LEMMA = "cue_lemma";
  public static final String CUE_CLASS = "cue_class";
  public static final String CONTENT = "content";
  public static final String CONTENT_BEGIN = "content_begin";
  public static final String CONTENT_END = "content_end";
  public static final String KIND = "kind";
  public static final String TARGET_ENTITY_IDS = "target_entity_ids";

  public static final StructType SCHEMA = new StructType()
      .add(STATEMENT_ID, StringType, false)
      .add(DOC_ID, StringType, false)
      .add(SENTENCE_IDX, IntegerType, false)
      .add(SPEAKER_ENTITY_ID, StringType, true)
      .add(SPEAKER_TEXT, StringType, true)
      .add(SPEAKER_BEGIN, IntegerType, true)
      .add(SPEAKER_END, IntegerType, true)
      .add(SPEAKER_RESOLUTION, StringType, false)
      .add(SPEAKER_MEMBER_IDS, createArrayType(StringType, false), false)
      .add(CUE_TEXT, StringType, false)
      .add(CUE_BEGIN, IntegerType, false)
      .add(CUE_END, IntegerType, false)
      .add(CUE_LEMMA, StringType, false)
      .add(CUE_CLASS, StringType, false)
      .add(CONTENT, StringType, false)
      .add(CONTENT_BEGIN, IntegerType, false)
      .add(CONTENT_END, IntegerType, false)
      .add(KIND, StringType, false)
      .add(TARGET_ENTITY_IDS, createArrayType(StringType, false), false);

  private StatementsTable() {
  }

  public static Statement fromRow(Row r) {
    return new Statement(r.getAs(STATEMENT_ID), r.getAs(DOC_ID), r.<Integer>getAs(SENTENCE_IDX), r.getAs(SPEAKER_ENTITY_ID),
        r.getAs(SPEAKER_TEXT), r.<Integer>getAs(SPEAKER_BEGIN), r.<Integer>getAs(SPEAKER_END),
        r.getAs(SPEAKER_RESOLUTION), r.getList(r.fieldIndex(SPEAKER_MEMBER_IDS)),
        r.getAs(CUE_TEXT), r.<Integer>getAs(CUE_BEGIN), r.<Integer>getAs(CUE_END), r.getAs(CUE_LEMMA), r.getAs(CUE_CLASS), r.getAs(CONTENT), r.<Integer>getAs(CONTENT_BEGIN),
        r.<Integer>getAs(CONTENT_END), r.getAs(KIND), r.getList(r.fieldIndex(TARGET_ENTITY_IDS)));
  }

  public static Row toRow(Statement s) {
    return RowFactory.create(s.statementId(), s.docId(), s.sentenceIdx(), s.speakerEntityId(), s.speakerText(),
        s.speakerBegin(), s.speakerEnd(), s.speakerResolution(), s.speakerMemberIds().toArray(String[]::new),
        s.cueText(), s.cueBegin(), s.cueEnd(), s.cueLemma(),
        s.cueClass(), s.content(), s.contentBegin(), s.contentEnd(), s.kind(),
        s.targetEntityIds().toArray(String[]::new));
  }
}
