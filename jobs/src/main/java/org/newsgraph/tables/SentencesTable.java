package org.newsgraph.tables;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.newsgraph.model.Sentence;

/** Table {@code sentences}: body sentences with character offsets into {@code documents.body}. */
public final class SentencesTable {
  public static final String NAME = "sentences";
  public static final String DOC_ID = "doc_id";
  public static final String SENTENCE_IDX = "sentence_idx";
  public static final String BEGIN = "begin";
  public static final String END = "end";
  public static final String TEXT = "text";

  public static final StructType SCHEMA = new StructType()
      .add(DOC_ID, StringType, false)
      .add(SENTENCE_IDX, IntegerType, false)
      .add(BEGIN, IntegerType, false)
      .add(END, IntegerType, false)
      .add(TEXT, StringType, false);

  private SentencesTable() {
  }

  public static Sentence fromRow(Row r) {
    return new Sentence(r.getAs(DOC_ID), r.<Integer>getAs(SENTENCE_IDX), r.<Integer>getAs(BEGIN), r.<Integer>getAs(END),
        r.getAs(TEXT));
  }

  public static Row toRow(Sentence s) {
    return RowFactory.create(s.docId(), s.idx(), s.begin(), s.end(), s.text());
  }
}
