package org.newsgraph.spark;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.newsgraph.cooccurrence.AssociationMeasures;
import org.newsgraph.tables.CooccurrencesTable;
import org.newsgraph.tables.DocumentsTable;
import org.newsgraph.tables.MentionsTable;
import org.newsgraph.tables.SentencesTable;
import org.newsgraph.tables.StatementEdgesTable;
import org.newsgraph.tables.StatementsTable;

/**
 * The network tables as Spark aggregations (nothing is collected to the driver). Co-occurrence pairs
 * come from a self-join of (unit, entity) rows on the unit, so a hub entity present in every sentence
 * adds one row per unit and pair, never one huge key; the per-entity and per-period totals the measures
 * need are small and broadcast, so the hub's many pairs are not shuffled to one task either.
 */
public final class NetworkAggregation {
  private static final String UNIT = "_unit";
  private static final String DATE = "_date";
  private static final String ENTITY = "_entity";
  private static final String N = "_n";
  private static final String ORIGINAL = "_original";

  private NetworkAggregation() {
  }

  /** Periods of a row: "all", plus the publication month when the date is known. */
  static Column periods(Column date) {
    return when(date.isNull(), array(lit(CooccurrencesTable.PERIOD_ALL)))
        .otherwise(array(lit(CooccurrencesTable.PERIOD_ALL), date_format(date, "yyyy-MM")));
  }

  private static UserDefinedFunction measure(UDF4<Long, Long, Long, Long, Double> f) {
    return udf(f, DataTypes.DoubleType).asNonNullable();
  }

  /**
   * Sentences per unit of the document scope. An article is one unit; a document longer than this (a
   * book, a transcript, files pasted together) counts as sections of this many sentences, so its pairs
   * stay those of entities that appear near each other and their number grows with its length, not with
   * the square of its distinct entities. Same length as the statement rules' windows.
   */
  public static final int SECTION_SENTENCES = 400;

  /** The document-scope unit of a sentence: its document, and its section in a very long document. */
  static Column section(Column docId, Column sentenceIdx) {
    return concat_ws(":", docId, floor(sentenceIdx.divide(SECTION_SENTENCES)).cast(DataTypes.StringType));
  }

  /**
   * Publication date and whether the document counts in the aggregations: near-duplicate copies
   * ({@code duplicate_of} set) count only in the raw counts, so a syndicated story counts once.
   */
  static Dataset<Row> dates(Dataset<Row> documents) {
    return documents.select(col(DocumentsTable.DOC_ID), col(DocumentsTable.PUBLISHED_DATE).as(DATE),
        NearDuplicates.isOriginal(documents).as(ORIGINAL));
  }

  /** Counts the rows where {@code original} holds (count() skips the nulls of when without otherwise). */
  private static Column countOriginal(Column original) {
    return count(when(original, lit(1)));
  }

  public static Dataset<Row> cooccurrences(Dataset<Row> mentions, Dataset<Row> sentences, Dataset<Row> documents) {
    Dataset<Row> dates = dates(documents);
    Dataset<Row> m = mentions.select(col(MentionsTable.DOC_ID), col(MentionsTable.SENTENCE_IDX),
        col(MentionsTable.ENTITY_ID).as(ENTITY)).join(dates, MentionsTable.DOC_ID);
    Dataset<Row> unitEntities = m.select(lit(CooccurrencesTable.SCOPE_SENTENCE).as(CooccurrencesTable.SCOPE),
            concat_ws(":", col(MentionsTable.DOC_ID), col(MentionsTable.SENTENCE_IDX)).as(UNIT),
            col(MentionsTable.DOC_ID), col(DATE), col(ORIGINAL), col(ENTITY))
        .union(m.select(lit(CooccurrencesTable.SCOPE_DOCUMENT), section(col(MentionsTable.DOC_ID),
            col(MentionsTable.SENTENCE_IDX)), col(MentionsTable.DOC_ID), col(DATE), col(ORIGINAL), col(ENTITY)))
        .distinct()
        .withColumn(CooccurrencesTable.PERIOD, explode(periods(col(DATE))));

    Dataset<Row> originalDates = dates.where(col(ORIGINAL));
    Dataset<Row> units = sentences.select(col(SentencesTable.DOC_ID)).join(originalDates, SentencesTable.DOC_ID)
        .select(lit(CooccurrencesTable.SCOPE_SENTENCE).as(CooccurrencesTable.SCOPE), col(DATE))
        .union(sentences.select(section(col(SentencesTable.DOC_ID), col(SentencesTable.SENTENCE_IDX)).as(UNIT),
                col(SentencesTable.DOC_ID)).distinct().join(originalDates, SentencesTable.DOC_ID)
            .select(lit(CooccurrencesTable.SCOPE_DOCUMENT), col(DATE)))
        .withColumn(CooccurrencesTable.PERIOD, explode(periods(col(DATE))))
        .groupBy(CooccurrencesTable.SCOPE, CooccurrencesTable.PERIOD).agg(count(lit(1)).as(N));
    Dataset<Row> marginals = unitEntities.where(col(ORIGINAL)).groupBy(col(CooccurrencesTable.SCOPE),
        col(CooccurrencesTable.PERIOD), col(ENTITY)).agg(count(lit(1)).as("_na"));

    Dataset<Row> a = unitEntities.as("a");
    Dataset<Row> b = unitEntities.select(col(CooccurrencesTable.SCOPE), col(CooccurrencesTable.PERIOD), col(UNIT),
        col(ENTITY).as("_entity_b")).as("b");
    // two aggregations, per document and then per pair, instead of countDistinct over documents (which Spark
    // plans as an expansion of every pair row): a document's date and original flag are the same on all its rows
    Dataset<Row> perDocument = a.join(b, a.col(CooccurrencesTable.SCOPE).equalTo(b.col(CooccurrencesTable.SCOPE))
            .and(a.col(CooccurrencesTable.PERIOD).equalTo(b.col(CooccurrencesTable.PERIOD)))
            .and(a.col(UNIT).equalTo(b.col(UNIT)))
            .and(a.col(ENTITY).lt(b.col("_entity_b"))))
        .groupBy(a.col(ENTITY).as(CooccurrencesTable.ENTITY_A), b.col("_entity_b").as(CooccurrencesTable.ENTITY_B),
            a.col(CooccurrencesTable.SCOPE).as(CooccurrencesTable.SCOPE),
            a.col(CooccurrencesTable.PERIOD).as(CooccurrencesTable.PERIOD), a.col(MentionsTable.DOC_ID).as("_doc"))
        .agg(countOriginal(a.col(ORIGINAL)).as("_count"), count(lit(1)).as("_raw"),
            max(a.col(ORIGINAL)).as("_doc_original"), max(a.col(DATE)).as("_doc_date"));
    Column docOriginal = col("_doc_original");
    Dataset<Row> pairs = perDocument
        .groupBy(col(CooccurrencesTable.ENTITY_A), col(CooccurrencesTable.ENTITY_B), col(CooccurrencesTable.SCOPE),
            col(CooccurrencesTable.PERIOD))
        .agg(coalesce(sum(col("_count")), lit(0L)).as(CooccurrencesTable.COUNT),
            coalesce(sum(col("_raw")), lit(0L)).as(CooccurrencesTable.RAW_COUNT),
            countOriginal(docOriginal).as(CooccurrencesTable.DOC_COUNT),
            min(when(docOriginal, col("_doc_date"))).as(CooccurrencesTable.FIRST_DATE),
            max(when(docOriginal, col("_doc_date"))).as(CooccurrencesTable.LAST_DATE))
        .where(col(CooccurrencesTable.COUNT).gt(0));

    Dataset<Row> ma = marginals.withColumnRenamed(ENTITY, CooccurrencesTable.ENTITY_A)
        .withColumnRenamed("_na", CooccurrencesTable.COUNT_A);
    Dataset<Row> mb = marginals.withColumnRenamed(ENTITY, CooccurrencesTable.ENTITY_B)
        .withColumnRenamed("_na", CooccurrencesTable.COUNT_B);
    Dataset<Row> joined = pairs
        .join(broadcast(ma), new String[] {CooccurrencesTable.ENTITY_A, CooccurrencesTable.SCOPE, CooccurrencesTable.PERIOD})
        .join(broadcast(mb), new String[] {CooccurrencesTable.ENTITY_B, CooccurrencesTable.SCOPE, CooccurrencesTable.PERIOD})
        .join(broadcast(units), new String[] {CooccurrencesTable.SCOPE, CooccurrencesTable.PERIOD})
        .withColumnRenamed(N, CooccurrencesTable.UNITS);
    Column[] counts = {col(CooccurrencesTable.COUNT), col(CooccurrencesTable.COUNT_A), col(CooccurrencesTable.COUNT_B),
        col(CooccurrencesTable.UNITS)};
    return joined
        .withColumn(CooccurrencesTable.PMI, measure(AssociationMeasures::pmi).apply(counts))
        .withColumn(CooccurrencesTable.NPMI, measure(AssociationMeasures::npmi).apply(counts))
        .withColumn(CooccurrencesTable.LLR, measure(AssociationMeasures::llr).apply(counts))
        .select(columns(CooccurrencesTable.SCHEMA.fieldNames()));
  }

  public static Dataset<Row> statementEdges(Dataset<Row> statements, Dataset<Row> documents) {
    Dataset<Row> dates = dates(documents);
    Column speakers = when(col(StatementsTable.SPEAKER_ENTITY_ID).isNotNull(), array(col(StatementsTable.SPEAKER_ENTITY_ID)))
        .otherwise(col(StatementsTable.SPEAKER_MEMBER_IDS));
    return statements
        .select(col(StatementsTable.DOC_ID), col(StatementsTable.CUE_CLASS),
            explode(speakers).as(StatementEdgesTable.SPEAKER_ENTITY_ID), col(StatementsTable.TARGET_ENTITY_IDS))
        .withColumn(StatementEdgesTable.TARGET_ENTITY_ID, explode(col(StatementsTable.TARGET_ENTITY_IDS)))
        .where(col(StatementEdgesTable.SPEAKER_ENTITY_ID).notEqual(col(StatementEdgesTable.TARGET_ENTITY_ID)))
        .join(dates, StatementsTable.DOC_ID)
        .withColumn(StatementEdgesTable.PERIOD, explode(periods(col(DATE))))
        .groupBy(StatementEdgesTable.SPEAKER_ENTITY_ID, StatementEdgesTable.TARGET_ENTITY_ID, StatementEdgesTable.PERIOD)
        .agg(countOriginal(col(ORIGINAL)).as(StatementEdgesTable.COUNT),
            count(lit(1)).as(StatementEdgesTable.RAW_COUNT),
            sort_array(collect_set(when(col(ORIGINAL), col(StatementsTable.CUE_CLASS)))).as(StatementEdgesTable.CUE_CLASSES),
            countDistinct(when(col(ORIGINAL), col(StatementsTable.DOC_ID))).as(StatementEdgesTable.DOC_COUNT),
            min(when(col(ORIGINAL), col(DATE))).as(StatementEdgesTable.FIRST_DATE),
            max(when(col(ORIGINAL), col(DATE))).as(StatementEdgesTable.LAST_DATE))
        .where(col(StatementEdgesTable.COUNT).gt(0))
        .select(columns(StatementEdgesTable.SCHEMA.fieldNames()));
  }

  private static Column[] columns(String[] names) {
    Column[] out = new Column[names.length];
    for (int i = 0; i < names.length; i++) {
      out[i] = col(names[i]);
    }
    return out;
  }
}
