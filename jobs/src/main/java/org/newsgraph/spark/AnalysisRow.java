package org.newsgraph.spark;

import static org.apache.spark.sql.types.DataTypes.createArrayType;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.newsgraph.model.Article;
import org.newsgraph.model.Reject;
import org.newsgraph.pipeline.DocumentAnalysis;
import org.newsgraph.tables.DocumentsTable;
import org.newsgraph.tables.RejectsTable;
import org.newsgraph.tables.SentencesTable;

/**
 * The intermediate row of one input file after the NLP pass: either a reject or a document with its
 * extracted rows. Its nested types are the table schemas, so each table is a projection of it.
 */
public final class AnalysisRow {
  public static final String REJECT = "reject";
  public static final String DOCUMENT = "document";
  public static final String SENTENCES = "sentences";

  public static final StructType SCHEMA = new StructType()
      .add(REJECT, RejectsTable.SCHEMA, true)
      .add(DOCUMENT, DocumentsTable.SCHEMA, true)
      .add(SENTENCES, createArrayType(SentencesTable.SCHEMA, false), true);

  private AnalysisRow() {
  }

  public static Row rejected(Reject reject) {
    return RowFactory.create(RejectsTable.toRow(reject), null, null);
  }

  public static Row analysed(Article article, DocumentAnalysis analysis) {
    return RowFactory.create(null, DocumentsTable.toRow(article),
        analysis.sentences().stream().map(SentencesTable::toRow).toArray(Row[]::new));
  }
}
