package org.newsgraph.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.udf;

import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.attribute.AttributeGroup;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newsgraph.duplicates.Shingles;
import org.newsgraph.duplicates.StoryClusters;
import org.newsgraph.tables.DocumentsTable;

/**
 * Near-duplicate documents across the corpus with Spark ML's MinHash LSH: each body becomes the set
 * of its shingles, LSH proposes pairs that share a bucket (no all-pairs loop), the exact Jaccard
 * similarity of the candidates decides, and {@link StoryClusters} groups the pairs into stories on the
 * driver (pairs are few: one per copy).
 */
public final class NearDuplicates {
  /**
   * Jaccard similarity of shingles from which two documents are copies of one story. A copy with
   * another header, byline or dateline shares over 0.9; one with a paragraph trimmed or added, 0.7 to
   * 0.9; a copy cut to its first half, about 0.5. Different articles about one event share under 0.1
   * (their common quotations).
   */
  public static final double MIN_SIMILARITY = 0.5;
  /**
   * Hash tables of the LSH. With one MinHash per table, a pair at similarity s becomes a candidate with
   * probability 1 - (1 - s)^T: 0.996 at s = 0.5 for T = 8, while unrelated articles (s near 0.01) are
   * compared in under one case in ten.
   */
  static final int HASH_TABLES = 8;
  private static final long SEED = 20_240_301L;

  /** One row per document that has a copy or is one. */
  public static final StructType SCHEMA = new StructType()
      .add(DocumentsTable.DOC_ID, DataTypes.StringType, false)
      .add(DocumentsTable.STORY_ID, DataTypes.StringType, false)
      .add(DocumentsTable.DUPLICATE_OF, DataTypes.StringType, true);

  private static final String FEATURES = "_shingles";

  private NearDuplicates() {
  }

  /** The body's shingles as a sparse 0/1 vector, or null when the body has no word. */
  private static final UserDefinedFunction SHINGLES = udf((UDF1<String, Vector>) body -> {
    int[] indices = Shingles.of(body);
    if (indices.length == 0) {
      return null;
    }
    double[] ones = new double[indices.length];
    java.util.Arrays.fill(ones, 1.0);
    return Vectors.sparse(Shingles.DIMENSION, indices, ones);
  }, SQLDataTypes.VectorType());

  /** The near-duplicate pairs of the documents with their similarity, each pair once (a before b). */
  public static List<StoryClusters.Pair> pairs(Dataset<Row> documents, List<StoryClusters.Doc> docsOut) {
    Dataset<Row> featured = documents
        .select(col(DocumentsTable.DOC_ID), col(DocumentsTable.PUBLISHED_DATE),
            length(col(DocumentsTable.BODY)).as("_length"),
            SHINGLES.apply(col(DocumentsTable.BODY)).as(FEATURES,
                new AttributeGroup(FEATURES, Shingles.DIMENSION).toMetadata()))
        .where(col(FEATURES).isNotNull());
    MinHashLSHModel model = new MinHashLSH().setNumHashTables(HASH_TABLES).setSeed(SEED)
        .setInputCol(FEATURES).setOutputCol("_hashes").fit(featured);
    List<Row> rows = model.approxSimilarityJoin(featured, featured, 1 - MIN_SIMILARITY, "_distance").toDF()
        .where(col("datasetA." + DocumentsTable.DOC_ID).lt(col("datasetB." + DocumentsTable.DOC_ID)))
        .select(col("datasetA." + DocumentsTable.DOC_ID), col("datasetA." + DocumentsTable.PUBLISHED_DATE),
            col("datasetA._length"), col("datasetB." + DocumentsTable.DOC_ID),
            col("datasetB." + DocumentsTable.PUBLISHED_DATE), col("datasetB._length"), col("_distance"))
        .collectAsList();
    List<StoryClusters.Pair> pairs = new ArrayList<>();
    Map<String, StoryClusters.Doc> docs = new HashMap<>();
    for (Row r : rows) {
      docs.putIfAbsent(r.getString(0), doc(r, 0));
      docs.putIfAbsent(r.getString(3), doc(r, 3));
      pairs.add(new StoryClusters.Pair(r.getString(0), r.getString(3), 1 - r.getDouble(6)));
    }
    docsOut.addAll(docs.values());
    return pairs;
  }

  private static StoryClusters.Doc doc(Row r, int at) {
    Date published = r.getDate(at + 1);
    return new StoryClusters.Doc(r.getString(at), published == null ? null : published.toLocalDate(), r.getInt(at + 2));
  }

  /** The story of every document that has a copy or is one (a small table, built on the driver). */
  public static Dataset<Row> stories(SparkSession spark, Dataset<Row> documents) {
    List<StoryClusters.Doc> docs = new ArrayList<>();
    List<StoryClusters.Pair> pairs = pairs(documents, docs);
    List<Row> rows = StoryClusters.assign(docs, pairs).stream()
        .map(a -> RowFactory.create(a.docId(), a.storyId(), a.duplicateOf())).toList();
    return spark.createDataFrame(rows, SCHEMA);
  }
}
