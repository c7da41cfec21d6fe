package org.newsgraph.tables;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import java.sql.Date;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.newsgraph.model.Article;

/** Table {@code documents}: one row per usable input file. */
public final class DocumentsTable {
  public static final String NAME = "documents";
  /** Stable id: first 16 hex digits of the SHA-256 of the decoded text. */
  public static final String DOC_ID = "doc_id";
  public static final String SOURCE_PATH = "source_path";
  public static final String TITLE = "title";
  public static final String PUBLISHER = "publisher";
  /** Place of the dateline ("FREEDONIA CITY"). */
  public static final String DATELINE = "dateline";
  /** The dateline as written ("FREEDONIA CITY, March 3 (FNN) --"). */
  public static final String DATELINE_TEXT = "dateline_text";
  public static final String PUBLISHED_DATE = "published_date";
  public static final String BODY = "body";
  public static final String BODY_OFFSET = "body_offset";
  public static final String RAW_TEXT = "raw_text";
  public static final String BOILERPLATE = "boilerplate";
  public static final String PARSE_ISSUES = "parse_issues";

  /** The original of a near-duplicate copy (null for originals and documents with no copy). */
  public static final String DUPLICATE_OF = "duplicate_of";
  /** The story a document tells: its original's id (its own id when it is not a copy). */
  public static final String STORY_ID = "story_id";

  /** The analysed document as the NLP pass produces it. */
  public static final StructType SCHEMA = new StructType()
      .add(DOC_ID, StringType, false)
      .add(SOURCE_PATH, StringType, false)
      .add(TITLE, StringType, true)
      .add(PUBLISHER, StringType, true)
      .add(DATELINE, StringType, true)
      .add(DATELINE_TEXT, StringType, true)
      .add(PUBLISHED_DATE, DateType, true)
      .add(BODY, StringType, false)
      .add(BODY_OFFSET, IntegerType, false)
      .add(RAW_TEXT, StringType, false)
      .add(BOILERPLATE, createArrayType(StringType, false), false)
      .add(PARSE_ISSUES, createArrayType(StringType, false), false);

  /** The table as written: the analysed document plus its story, found across the corpus. */
  public static final StructType TABLE_SCHEMA = SCHEMA
      .add(DUPLICATE_OF, StringType, true)
      .add(STORY_ID, StringType, false);

  private DocumentsTable() {
  }

  public static Row toRow(Article a) {
    return RowFactory.create(a.docId(), a.sourcePath(), a.title(), a.publisher(), a.dateline(), a.datelineText(),
        a.publishedDate() == null ? null : Date.valueOf(a.publishedDate()), a.body(), a.bodyOffset(), a.rawText(),
        a.boilerplate().toArray(String[]::new), a.parseIssues().toArray(String[]::new));
  }
}
