package org.newsgraph.spark;

import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createMapType;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.newsgraph.model.Article;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Reject;
import org.newsgraph.pipeline.DocumentAnalysis;
import org.newsgraph.tables.DocumentsTable;
import org.newsgraph.tables.MentionsTable;
import org.newsgraph.tables.RejectsTable;
import org.newsgraph.tables.SentencesTable;
import org.newsgraph.tables.StatementsTable;

/**
 * The intermediate row of one input file after the NLP pass: either a reject or a document with its
 * extracted rows. Its nested types are the table schemas, so each table is a projection of it.
 */
public final class AnalysisRow {
  public static final String REJECT = "reject";
  public static final String DOCUMENT = "document";
  public static final String SENTENCES = "sentences";
  public static final String MENTIONS = "mentions";
  public static final String STATEMENTS = "statements";
  public static final String ACRONYMS = "acronyms";

  public static final StructType SCHEMA = new StructType()
      .add(REJECT, RejectsTable.SCHEMA, true)
      .add(DOCUMENT, DocumentsTable.SCHEMA, true)
      .add(SENTENCES, createArrayType(SentencesTable.SCHEMA, false), true)
      .add(MENTIONS, createArrayType(MentionsTable.SCHEMA, false), true)
      .add(STATEMENTS, createArrayType(StatementsTable.SCHEMA, false), true)
      .add(ACRONYMS, createMapType(StringType, StringType, false), true);

  private AnalysisRow() {
  }

  public static Row rejected(Reject reject) {
    return RowFactory.create(RejectsTable.toRow(reject), null, null, null, null, null);
  }

  public static Row analysed(Article article, DocumentAnalysis analysis) {
    return analysed(DocumentsTable.toRow(article), analysis);
  }

  public static Row analysed(Row document, DocumentAnalysis analysis) {
    return RowFactory.create(null, document,
        analysis.sentences().stream().map(SentencesTable::toRow).toArray(Row[]::new),
        analysis.mentions().stream().map(MentionsTable::toRow).toArray(Row[]::new),
        analysis.statements().stream().map(StatementsTable::toRow).toArray(Row[]::new),
        scala.jdk.javaapi.CollectionConverters.asScala(analysis.acronyms()));
  }

  public static List<Mention> mentions(Row analysis) {
    return analysis.<Row>getList(analysis.fieldIndex(MENTIONS)).stream().map(MentionsTable::fromRow).toList();
  }

  public static Map<String, String> acronyms(Row analysis) {
    return analysis.getJavaMap(analysis.fieldIndex(ACRONYMS));
  }
}
