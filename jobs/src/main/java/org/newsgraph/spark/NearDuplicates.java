package org.newsgraph.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
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
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newsgraph.duplicates.ExactPairs;
import org.newsgraph.duplicates.Shingles;
import org.newsgraph.duplicates.StoryClusters;
import org.newsgraph.tables.DocumentsTable;

/**
 * Near-duplicate documents across the corpus with Spark ML's MinHash LSH: each body becomes the set
 * of its shingles, Spark's MinHashLSH hashes it, documents whose hashes agree on a whole band become
 * candidates (a join on band keys, no all-pairs loop), the exact Jaccard similarity of the candidates
 * decides, and {@link StoryClusters} groups the pairs into stories on the
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
   * MinHash functions per band and bands of the LSH (Spark's MinHashLSH computes the MinHashes; its own
   * join would OR single hashes, so articles that share a few stock sentences would all be compared).
   * Two documents become candidates when all the hashes of one band agree, with probability
   * 1 - (1 - s^3)^20 at similarity s: 0.93 at 0.5, 0.99 at 0.6, 1.0 at 0.8 (copies), but 0.15 at 0.2 and
   * 0.02 at 0.1, so articles that share some sentences are rarely compared.
   */
  static final int ROWS = 3;
  static final int BANDS = 20;
  private static final long SEED = 20_240_301L;

  /** One row per document that has a copy or is one. */
  public static final StructType SCHEMA = new StructType()
      .add(DocumentsTable.DOC_ID, DataTypes.StringType, false)
      .add(DocumentsTable.STORY_ID, DataTypes.StringType, false)
      .add(DocumentsTable.DUPLICATE_OF, DataTypes.StringType, true);

  private static final String FEATURES = "_shingles";

  private NearDuplicates() {
  }

  /**
   * True for a document the aggregations count: not a near-duplicate copy. Documents without a
   * {@code duplicate_of} column (tables from before, test fixtures) all count.
   */
  public static Column isOriginal(Dataset<Row> documents) {
    return java.util.Arrays.asList(documents.columns()).contains(DocumentsTable.DUPLICATE_OF)
        ? col(DocumentsTable.DUPLICATE_OF).isNull() : org.apache.spark.sql.functions.lit(true);
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

  /** The band keys of a document's MinHashes (one per band; the band's index is part of the key). */
  private static final UserDefinedFunction BAND_KEYS = udf((UDF1<scala.collection.Seq<Vector>, List<Long>>) hashes -> {
    List<Long> keys = new ArrayList<>(BANDS);
    for (int band = 0; band < BANDS; band++) {
      long key = band;
      for (int r = 0; r < ROWS; r++) {
        key = key * 2_147_483_659L + (long) hashes.apply(band * ROWS + r).apply(0);
      }
      keys.add(key);
    }
    return keys;
  }, DataTypes.createArrayType(DataTypes.LongType, false));

  /** Exact Jaccard similarity of two shingle vectors. */
  private static final UserDefinedFunction JACCARD = udf((UDF2<Vector, Vector, Double>) (a, b) ->
      Shingles.jaccard(a.toSparse().indices(), b.toSparse().indices()), DataTypes.DoubleType);

  /**
   * Up to this many documents (and {@link #SMALL_CORPUS_CHARS} of body text) the pairs are found on the
   * driver by an exact similarity join ({@link ExactPairs}: 1,000 PolNeAR articles in ~0.5 s, 5,000 in
   * ~3 s, plus shingling ~1 s per 1,000); above it by MinHash LSH in Spark, whose stages cost 6 s for
   * 1,000 articles and 20 s for 3,500.
   */
  static final int SMALL_CORPUS = 2_000;

  /** Most body text (characters) the driver path collects: the bodies are held on the driver to shingle. */
  static final long SMALL_CORPUS_CHARS = 32L << 20;

  /** The near-duplicate pairs of the documents with their similarity, each pair once (a before b). */
  public static List<StoryClusters.Pair> pairs(Dataset<Row> documents, List<StoryClusters.Doc> docsOut) {
    return pairs(documents, docsOut, SMALL_CORPUS);
  }

  static List<StoryClusters.Pair> pairs(Dataset<Row> documents, List<StoryClusters.Doc> docsOut, int smallCorpus) {
    // the lengths first (a narrow job, no shuffle), so the driver never collects more text than its budget
    List<Row> lengths = documents.select(length(col(DocumentsTable.BODY))).limit(smallCorpus + 1).collectAsList();
    long chars = 0;
    for (Row r : lengths) {
      chars += r.isNullAt(0) ? 0 : r.getInt(0);
    }
    if (lengths.size() <= smallCorpus && chars <= SMALL_CORPUS_CHARS) {
      List<Row> small = new ArrayList<>(documents.select(col(DocumentsTable.DOC_ID), col(DocumentsTable.PUBLISHED_DATE),
          length(col(DocumentsTable.BODY)).as("_length"), col(DocumentsTable.BODY)).collectAsList());
      small.sort(java.util.Comparator.comparing((Row r) -> r.getString(0)));
      // shingled on the driver's cores (in input order), then joined exactly
      List<ExactPairs.Shingled> shingled = small.parallelStream()
          .map(r -> new ExactPairs.Shingled(r.getString(0), Shingles.of(r.getString(3)))).toList();
      Map<String, StoryClusters.Doc> byId = new HashMap<>();
      for (Row r : small) {
        byId.put(r.getString(0), doc(r, 0));
      }
      List<StoryClusters.Pair> pairs = ExactPairs.of(shingled, MIN_SIMILARITY);
      java.util.Set<String> inPairs = new java.util.TreeSet<>();
      pairs.forEach(p -> {
        inPairs.add(p.a());
        inPairs.add(p.b());
      });
      inPairs.forEach(id -> docsOut.add(byId.get(id)));
      return pairs;
    }
    Dataset<Row> featured = documents
        .select(col(DocumentsTable.DOC_ID), col(DocumentsTable.PUBLISHED_DATE),
            length(col(DocumentsTable.BODY)).as("_length"),
            SHINGLES.apply(col(DocumentsTable.BODY)).as(FEATURES,
                new AttributeGroup(FEATURES, Shingles.DIMENSION).toMetadata()))
        .where(col(FEATURES).isNotNull())
        .persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
    try {
      MinHashLSHModel model = new MinHashLSH().setNumHashTables(ROWS * BANDS).setSeed(SEED)
          .setInputCol(FEATURES).setOutputCol("_hashes").fit(featured);
      Dataset<Row> keys = model.transform(featured)
          .select(col(DocumentsTable.DOC_ID), explode(BAND_KEYS.apply(col("_hashes"))).as("_key"));
      Dataset<Row> a = keys.as("a");
      Dataset<Row> b = keys.as("b");
      Dataset<Row> candidates = a.join(b, col("a._key").equalTo(col("b._key"))
              .and(col("a." + DocumentsTable.DOC_ID).lt(col("b." + DocumentsTable.DOC_ID))))
          .select(col("a." + DocumentsTable.DOC_ID).as("_a"), col("b." + DocumentsTable.DOC_ID).as("_b"))
          .distinct();
      Dataset<Row> fa = featured.as("fa");
      Dataset<Row> fb = featured.as("fb");
      List<Row> rows = candidates
          .join(fa, col("_a").equalTo(col("fa." + DocumentsTable.DOC_ID)))
          .join(fb, col("_b").equalTo(col("fb." + DocumentsTable.DOC_ID)))
          .withColumn("_similarity", JACCARD.apply(col("fa." + FEATURES), col("fb." + FEATURES)))
          .where(col("_similarity").geq(MIN_SIMILARITY))
          .select(col("fa." + DocumentsTable.DOC_ID), col("fa." + DocumentsTable.PUBLISHED_DATE), col("fa._length"),
              col("fb." + DocumentsTable.DOC_ID), col("fb." + DocumentsTable.PUBLISHED_DATE), col("fb._length"),
              col("_similarity"))
          .collectAsList();
      List<StoryClusters.Pair> pairs = new ArrayList<>();
      Map<String, StoryClusters.Doc> docs = new HashMap<>();
      for (Row r : rows) {
        docs.putIfAbsent(r.getString(0), doc(r, 0));
        docs.putIfAbsent(r.getString(3), doc(r, 3));
        pairs.add(new StoryClusters.Pair(r.getString(0), r.getString(3), r.getDouble(6)));
      }
      docsOut.addAll(docs.values());
      return pairs;
    } finally {
      featured.unpersist();
    }
  }

  private static StoryClusters.Doc doc(Row r, int at) {
    Date published = r.getDate(at + 1);
    return new StoryClusters.Doc(r.getString(at), published == null ? null : published.toLocalDate(), r.getInt(at + 2));
  }

  /** The story of every document that has a copy or is one (a small list, built on the driver). */
  public static List<StoryClusters.Assignment> assignments(Dataset<Row> documents) {
    List<StoryClusters.Doc> docs = new ArrayList<>();
    List<StoryClusters.Pair> pairs = pairs(documents, docs);
    return StoryClusters.assign(docs, pairs);
  }

  /** The assignments as a table of {@link #SCHEMA}. */
  public static Dataset<Row> table(SparkSession spark, List<StoryClusters.Assignment> assignments) {
    List<Row> rows = assignments.stream().map(a -> RowFactory.create(a.docId(), a.storyId(), a.duplicateOf())).toList();
    return spark.createDataFrame(rows, SCHEMA);
  }
}
