package org.newsgraph.spark;

import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.newsgraph.entities.CorpusLinker;
import org.newsgraph.entities.CorpusNames;
import org.newsgraph.entities.EntityLexicons;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Statement;
import org.newsgraph.tables.StatementsTable;
import org.newsgraph.tables.DocumentsTable;
import org.newsgraph.tables.MentionsTable;
import org.newsgraph.tables.SentencesTable;

/** Applies the corpus-wide entity decisions to each analysed document (no NLP, no shuffle). */
public final class LinkPartitionFn implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;
  private final Broadcast<CorpusNames> names;

  public LinkPartitionFn(Broadcast<CorpusNames> names) {
    this.names = names;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    CorpusLinker linker = new CorpusLinker(names.value(), new EntityLexicons());
    return RowIterators.map(rows, row -> link(row, linker));
  }

  static Row link(Row row, CorpusLinker linker) {
    Row doc = row.getStruct(row.fieldIndex(AnalysisRow.DOCUMENT));
    List<Sentence> sentences = row.<Row>getList(row.fieldIndex(AnalysisRow.SENTENCES)).stream()
        .map(SentencesTable::fromRow).toList();
    List<Mention> local = AnalysisRow.mentions(row);
    List<Mention> mentions = linker.link(doc.getAs(DocumentsTable.DOC_ID), doc.getAs(DocumentsTable.BODY), sentences,
        local);
    List<Statement> statements = linker.relink(row.<Row>getList(row.fieldIndex(AnalysisRow.STATEMENTS)).stream()
        .map(StatementsTable::fromRow).toList(), local, mentions);
    Object[] values = new Object[row.length()];
    for (int i = 0; i < values.length; i++) {
      values[i] = row.get(i);
    }
    values[row.fieldIndex(AnalysisRow.MENTIONS)] = mentions.stream().map(MentionsTable::toRow).toArray(Row[]::new);
    values[row.fieldIndex(AnalysisRow.STATEMENTS)] = statements.stream().map(StatementsTable::toRow).toArray(Row[]::new);
    return RowFactory.create(values);
  }
}
