package org.newsgraph.tables;

import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.types.StructType;

/**
 * Table {@code cooccurrences}: unordered entity pairs per scope (sentence, document) and period
 * (YYYY-MM of publication, or {@code all}), with counts and association measures.
 */
public final class CooccurrencesTable {
  public static final String NAME = "cooccurrences";
  public static final String ENTITY_A = "entity_a";
  public static final String ENTITY_B = "entity_b";
  public static final String SCOPE = "scope";
  public static final String PERIOD = "period";
  /** Units (sentences or documents) holding both entities. */
  public static final String COUNT = "count";
  public static final String DOC_COUNT = "doc_count";
  public static final String FIRST_DATE = "first_date";
  public static final String LAST_DATE = "last_date";
  /** Units holding entity_a / entity_b, and all units of the scope and period. */
  public static final String COUNT_A = "count_a";
  public static final String COUNT_B = "count_b";
  public static final String UNITS = "units";
  public static final String PMI = "pmi";
  public static final String NPMI = "npmi";
  public static final String LLR = "llr";

  public static final String SCOPE_SENTENCE = "sentence";
  public static final String SCOPE_DOCUMENT = "document";
  public static final String PERIOD_ALL = "all";

  /** The count with every near-duplicate copy of a story counted ({@code count} counts each story once). */
  public static final String RAW_COUNT = "raw_count";

  public static final StructType SCHEMA = new StructType()
      .add(ENTITY_A, StringType, false)
      .add(ENTITY_B, StringType, false)
      .add(SCOPE, StringType, false)
      .add(PERIOD, StringType, false)
      .add(COUNT, LongType, false)
      .add(DOC_COUNT, LongType, false)
      .add(FIRST_DATE, DateType, true)
      .add(LAST_DATE, DateType, true)
      .add(COUNT_A, LongType, false)
      .add(COUNT_B, LongType, false)
      .add(UNITS, LongType, false)
      .add(PMI, DoubleType, false)
      .add(NPMI, DoubleType, false)
      .add(LLR, DoubleType, false)
      .add(RAW_COUNT, LongType, false);

  private CooccurrencesTable() {
  }
}
