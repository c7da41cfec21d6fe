package org.newsgraph.cli;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.newsgraph.duplicates.StoryClusters;
import org.newsgraph.ingest.InputDecoder;
import org.newsgraph.model.Reject.Reason;
import org.newsgraph.nlp.NlpConfig;
import org.newsgraph.pipeline.AnalyzerConfig;
import org.newsgraph.spark.AnalysisRow;
import org.newsgraph.spark.AnalyzePartitionFn;
import org.newsgraph.spark.InputFile;
import org.newsgraph.spark.InputLister;
import org.newsgraph.spark.SizeBalancer;
import org.newsgraph.spark.TableWriter;
import org.newsgraph.tables.DocumentsTable;
import org.newsgraph.tables.RejectsTable;
import org.newsgraph.tables.SentencesTable;
import org.newsgraph.tables.MentionsTable;
import org.newsgraph.tables.EntitiesTable;
import org.newsgraph.tables.StatementsTable;
import org.newsgraph.tables.CooccurrencesTable;
import org.newsgraph.tables.StatementEdgesTable;
import org.newsgraph.spark.NearDuplicates;
import org.newsgraph.spark.NetworkAggregation;
import org.newsgraph.entities.AliasTable;
import org.newsgraph.entities.CorpusNames;
import org.newsgraph.entities.KbDictionary;
import org.newsgraph.entities.KbLinker;
import org.newsgraph.entities.CorpusResolver;
import org.newsgraph.entities.EntityLexicons;
import org.newsgraph.spark.EntitiesAggregation;
import org.newsgraph.spark.LinkPartitionFn;
import org.newsgraph.spark.NlpGazetteer;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;

/**
 * The main job: raw text files in, all newsgraph tables out.
 *
 * <pre>
 * spark-submit --class org.newsgraph.cli.BuildTablesJob newsgraph-jobs.jar --input DIR --output DIR
 * </pre>
 */
public final class BuildTablesJob {

  static final String USAGE = """
      usage: BuildTablesJob --input PATH --output DIR [--max-bytes N] [--aliases FILE] [--partitions N] [--kb FILE]
                            [--follow-links-outside]
        --input       file, directory (read recursively) or glob of .txt / .txt.gz news files
        --output      folder for the Parquet tables (<output>/<table>/), replaced atomically
        --max-bytes   files larger than this (after decompression) are rejected (default %d)
        --aliases     alias file merging or renaming entities (see README)
        --partitions  number of partitions of the NLP pass (default: 4 per core, at most one per file)
        --kb          Wikipedia dictionary for entity linking: CoreNLP's models-english-kbp jar or a
                      wikidict.tab.gz (scripts/run passes the one it downloads); without it kb_id is null
        --follow-links-outside  read files that symbolic links in the input lead to outside it
                      (by default they are rejects with reason outside_input)
      """.formatted(InputDecoder.MAX_BYTES_DEFAULT);

  /** Options of one run. */
  public record Options(String input, String output, long maxBytes, List<String> aliasLines, int partitions, String kb,
                        boolean followLinksOutside) {
    public Options(String input, String output, long maxBytes, List<String> aliasLines, int partitions) {
      this(input, output, maxBytes, aliasLines, partitions, null, false);
    }

    public Options(String input, String output, long maxBytes, List<String> aliasLines, int partitions, String kb) {
      this(input, output, maxBytes, aliasLines, partitions, kb, false);
    }

    static Options from(JobConfig c) {
      List<String> aliases = List.of();
      if (c.has("aliases")) {
        try {
          aliases = Files.readAllLines(Path.of(c.require("aliases")), StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new JobConfig.UsageException("cannot read --aliases file: " + e.getMessage());
        }
      }
      long maxBytes = c.getLong("max-bytes", InputDecoder.MAX_BYTES_DEFAULT);
      if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 16) {
        throw new JobConfig.UsageException("--max-bytes must be between 1 and " + (Integer.MAX_VALUE - 16) + ": " + maxBytes);
      }
      long partitions = c.getLong("partitions", 0);
      if (partitions < 0 || partitions > 1_000_000) {
        throw new JobConfig.UsageException("--partitions must be 0 (automatic) or a positive count: " + partitions);
      }
      String kb = c.has("kb") ? c.require("kb") : null;
      if (kb != null && !Files.isRegularFile(Path.of(kb))) {
        throw new JobConfig.UsageException("--kb file does not exist: " + kb);
      }
      return new Options(c.require("input"), c.require("output"), maxBytes, aliases, (int) partitions, kb,
          c.has("follow-links-outside"));
    }
  }

  private static final StructType FILES = new StructType()
      .add("path", DataTypes.StringType, false)
      .add("size", DataTypes.LongType, false)
      .add("reason", DataTypes.StringType, true)
      .add("detail", DataTypes.StringType, true);

  private BuildTablesJob() {
  }

  public static void main(String[] args) {
    Options options;
    try {
      JobConfig c = JobConfig.parse(args, Set.of("input", "output", "max-bytes", "aliases", "partitions", "kb"),
          Set.of("follow-links-outside"));
      if (c.has("help")) {
        System.out.print(USAGE);
        return;
      }
      options = Options.from(c);
      if (!c.get("input", "").contains("://") && !Files.exists(Path.of(options.input()))
          && !options.input().matches(".*[*?\\[{].*")) {
        throw new JobConfig.UsageException("input path does not exist: " + options.input());
      }
    } catch (JobConfig.UsageException e) {
      System.err.println("newsgraph: " + e.getMessage() + " (see --help)");
      System.exit(2);
      return;
    }
    SparkSession spark = Sessions.create("newsgraph-build-tables");
    try {
      System.err.print(run(spark, options).summary());
    } catch (InputLister.NoInputException | TableWriter.OutputException e) {
      // nothing to read, or nowhere to write: one line, no stack trace, and the output folder untouched
      System.err.println("newsgraph: " + e.getMessage());
      spark.stop();
      System.exit(2);
    } catch (RuntimeException | Error e) {
      // a failure during the run (a full disk, a lost executor): one line saying what failed, the trace in a file
      System.err.println("newsgraph: the run failed: " + rootMessage(e) + "; the tables in " + options.output()
          + " are the previous run's, untouched (details: " + traceFile(e) + ")");
      spark.stop();
      System.exit(1);
    } finally {
      spark.stop();
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String m = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return m.lines().findFirst().orElse(m);
  }

  private static String traceFile(Throwable e) {
    try {
      Path f = Files.createTempFile("newsgraph-failure-", ".log");
      java.io.StringWriter w = new java.io.StringWriter();
      e.printStackTrace(new java.io.PrintWriter(w));
      Files.writeString(f, w.toString());
      return f.toString();
    } catch (IOException | RuntimeException io) {
      return "trace not saved: " + io.getMessage();
    }
  }

  /**
   * Runs the job in an existing session (tests call this directly) and returns its report, also written
   * to {@code <output>/_run.json}.
   */
  public static RunReport run(SparkSession spark, Options o) {
    java.time.Instant started = java.time.Instant.now();
    org.apache.hadoop.conf.Configuration conf = spark.sparkContext().hadoopConfiguration();
    List<InputFile> files = InputLister.list(o.input(), conf, o.followLinksOutside());
    checkFreeSpace(conf, o.output(), files);
    // the output is checked and locked before any work, so a bad --output fails in seconds, not after the NLP
    try (TableWriter writer = TableWriter.open(conf, o.output())) {
      // the previous run's report goes first: a report never describes other tables than those in place
      org.apache.hadoop.fs.Path previous = new org.apache.hadoop.fs.Path(o.output(), RunReport.FILE);
      previous.getFileSystem(conf).delete(previous, false);
      run(spark, o, files, writer);
      RunReport report = RunReport.of(spark, o.input(), o.output(), started, files.size(), TABLES);
      report.write(conf);
      return report;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Fails before any work when the output's file system has less free space than the input's size: the
   * tables hold every document's text, so such a run could only fail at the end. Skipped where the file
   * system does not report free space.
   */
  static void checkFreeSpace(org.apache.hadoop.conf.Configuration conf, String output, List<InputFile> files) {
    long input = files.stream().mapToLong(f -> f.reason() == null ? Math.max(0, f.size()) : 0).sum();
    long free;
    try {
      org.apache.hadoop.fs.Path out = new org.apache.hadoop.fs.Path(output);
      org.apache.hadoop.fs.Path probe = out;
      org.apache.hadoop.fs.FileSystem fs = out.getFileSystem(conf);
      while (probe != null && !fs.exists(probe)) {
        probe = probe.getParent();
      }
      free = probe == null ? -1 : fs.getStatus(probe).getRemaining();
    } catch (IOException | RuntimeException e) {
      return;
    }
    if (free >= 0 && free < input) {
      throw new TableWriter.OutputException("not enough free space for the tables under " + output + ": "
          + (free >> 20) + " MB free, the input is " + (input >> 20) + " MB");
    }
  }

  private static final java.util.Comparator<String> TEXT_ORDER =
      java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder());

  /** The tables of a run, in the order they are written and reported. */
  static final List<String> TABLES = List.of(DocumentsTable.NAME, RejectsTable.NAME, SentencesTable.NAME,
      MentionsTable.NAME, EntitiesTable.NAME, StatementsTable.NAME, CooccurrencesTable.NAME, StatementEdgesTable.NAME);

  private static void run(SparkSession spark, Options o, List<InputFile> files, TableWriter writer) {
    List<Row> fileRows = files.stream().map(f -> RowFactory.create(f.path(), f.size(), f.reason(), f.detail())).toList();
    int partitions = o.partitions() > 0 ? o.partitions()
        : Math.max(1, Math.min(files.size(), spark.sparkContext().defaultParallelism() * 4));
    AnalyzerConfig config = new AnalyzerConfig(NlpConfig.full(), o.aliasLines());

    // files are spread over the partitions by size (not by path hash), so the cores finish together
    int[] partOf = SizeBalancer.assign(files, partitions);
    List<scala.Tuple2<Integer, Row>> keyed = new java.util.ArrayList<>(fileRows.size());
    for (int i = 0; i < fileRows.size(); i++) {
      keyed.add(new scala.Tuple2<>(partOf[i], fileRows.get(i)));
    }
    org.apache.spark.api.java.JavaRDD<Row> balanced = JavaSparkContext.fromSparkContext(spark.sparkContext())
        .parallelizePairs(keyed, partitions).partitionBy(new SizeBalancer.ByIndex(partitions)).values();
    Dataset<Row> analysis = spark.createDataFrame(balanced, FILES)
        .mapPartitions(new AnalyzePartitionFn(config, o.maxBytes()), Encoders.row(AnalysisRow.SCHEMA))
        .persist(StorageLevel.MEMORY_AND_DISK());
    long nlpStart = System.nanoTime();
    analysis.count(); // the NLP pass runs here, so the stages after it are timed on their own
    System.err.printf(java.util.Locale.ROOT, "newsgraph: NLP pass: %d input files, %.1f s%n", files.size(),
        (System.nanoTime() - nlpStart) / 1e9);

    String docId = AnalysisRow.DOCUMENT + "." + DocumentsTable.DOC_ID;
    String path = AnalysisRow.DOCUMENT + "." + DocumentsTable.SOURCE_PATH;
    // exact duplicates (the same text, so the same doc_id) keep the copy with the smallest path; the few
    // duplicated ids are found on (id, path) pairs and broadcast, so the analysed rows are never shuffled
    Dataset<Row> found = analysis.where(col(AnalysisRow.DOCUMENT).isNotNull());
    Dataset<Row> duplicated = found.select(col(docId).as("_id"), col(path).as("_path"))
        .groupBy(col("_id")).agg(min(col("_path")).as("_kept"), count(lit(1)).as("_n"))
        .where(col("_n").gt(1)).select(col("_id"), col("_kept"));
    duplicated = spark.createDataFrame(duplicated.collectAsList(), duplicated.schema());
    Dataset<Row> marked = found.join(broadcast(duplicated), col(docId).equalTo(col("_id")), "left");
    Dataset<Row> kept = marked.where(col("_kept").isNull().or(col("_kept").equalTo(col(path))))
        .drop("_id", "_kept");

    Dataset<Row> analysed = kept.select(col(AnalysisRow.DOCUMENT + ".*"));
    // the exact copies are left out by their doc_id never pairing with itself
    Dataset<Row> stories = stories(spark, found.select(
        col(docId), col(AnalysisRow.DOCUMENT + "." + DocumentsTable.PUBLISHED_DATE),
        col(AnalysisRow.DOCUMENT + "." + DocumentsTable.BODY)));
    Dataset<Row> documents = withStories(analysed, stories);
    Dataset<Row> rejects = analysis.where(col(AnalysisRow.REJECT).isNotNull()).select(col(AnalysisRow.REJECT + ".*"))
        .unionByName(marked.where(col("_kept").isNotNull().and(col("_kept").notEqual(col(path)))).select(
            col(path).as(RejectsTable.SOURCE_PATH),
            lit(Reason.DUPLICATE.code()).as(RejectsTable.REASON),
            concat(lit("same content as "), col("_kept")).as(RejectsTable.DETAIL)));
    Dataset<Row> sentences = explodeTable(kept, AnalysisRow.SENTENCES);

    Dataset<Row> copies = stories.where(col(DocumentsTable.DUPLICATE_OF).isNotNull()).select(col(DocumentsTable.DOC_ID));
    CorpusNames names = corpusNames(kept, copies, o.aliasLines(), o.kb());
    Broadcast<CorpusNames> shared = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(names);
    Dataset<Row> linked = kept
        .mapPartitions(new LinkPartitionFn(shared), Encoders.row(AnalysisRow.SCHEMA))
        .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> mentions = explodeTable(linked, AnalysisRow.MENTIONS);
    Dataset<Row> entities = EntitiesAggregation.entities(mentions, documents, links(spark, names));
    Dataset<Row> statements = explodeTable(linked, AnalysisRow.STATEMENTS);
    Dataset<Row> cooccurrences = NetworkAggregation.cooccurrences(mentions, sentences, documents);
    Dataset<Row> statementEdges = NetworkAggregation.statementEdges(statements, documents);

    writer.stage(DocumentsTable.NAME, documents, col(DocumentsTable.DOC_ID));
    writer.stage(RejectsTable.NAME, rejects, col(RejectsTable.SOURCE_PATH));
    writer.stage(SentencesTable.NAME, sentences, col(SentencesTable.DOC_ID), col(SentencesTable.SENTENCE_IDX));
    writer.stage(MentionsTable.NAME, mentions, col(MentionsTable.DOC_ID), col(MentionsTable.BEGIN),
        col(MentionsTable.END));
    writer.stage(EntitiesTable.NAME, entities, col(EntitiesTable.ENTITY_ID));
    writer.stage(StatementsTable.NAME, statements, col(StatementsTable.DOC_ID), col(StatementsTable.SENTENCE_IDX),
        col(StatementsTable.CONTENT_BEGIN), col(StatementsTable.STATEMENT_ID));
    writer.stage(CooccurrencesTable.NAME, cooccurrences, col(CooccurrencesTable.SCOPE), col(CooccurrencesTable.PERIOD),
        col(CooccurrencesTable.ENTITY_A), col(CooccurrencesTable.ENTITY_B));
    writer.stage(StatementEdgesTable.NAME, statementEdges, col(StatementEdgesTable.PERIOD),
        col(StatementEdgesTable.SPEAKER_ENTITY_ID), col(StatementEdgesTable.TARGET_ENTITY_ID));
    writer.commit();
    linked.unpersist();
    analysis.unpersist();
  }

  /**
   * The documents with their story: near-duplicate copies (wire stories republished by other sites)
   * point to their original, which the aggregations count once.
   */
  private static Dataset<Row> stories(SparkSession spark, Dataset<Row> analysed) {
    long start = System.nanoTime();
    List<StoryClusters.Assignment> assigned = NearDuplicates.assignments(analysed);
    long copies = assigned.stream().filter(a -> a.duplicateOf() != null).count();
    long storyCount = assigned.stream().map(StoryClusters.Assignment::storyId).distinct().count();
    System.err.printf(java.util.Locale.ROOT, "newsgraph: near-duplicates: %d copies of %d stories, %.1f s%n", copies,
        storyCount, (System.nanoTime() - start) / 1e9);
    return NearDuplicates.table(spark, assigned);
  }

  private static Dataset<Row> withStories(Dataset<Row> analysed, Dataset<Row> stories) {
    return analysed.join(broadcast(stories), new String[] {DocumentsTable.DOC_ID}, "left")
        .withColumn(DocumentsTable.STORY_ID,
            org.apache.spark.sql.functions.coalesce(col(DocumentsTable.STORY_ID), col(DocumentsTable.DOC_ID)))
        .select(java.util.Arrays.stream(DocumentsTable.TABLE_SCHEMA.fieldNames()).map(c -> col(c)).toArray(Column[]::new));
  }

  /** The knowledge-base links of the final entities as a small table (entity_id, kb_id, kb_score). */
  private static Dataset<Row> links(SparkSession spark, CorpusNames names) {
    List<Row> rows = names.links().entrySet().stream()
        .map(e -> RowFactory.create(e.getKey(), e.getValue().title(), e.getValue().score())).toList();
    return spark.createDataFrame(rows, EntitiesAggregation.LINKS);
  }

  /**
   * Corpus-wide entity decisions from the distinct names (not the mentions) of the original documents: a
   * story's near-duplicate copies add no votes and no names (a name seen only in copies, often a
   * republisher's byline or an extraction glitch of reflowed text, stays the copy's own entity). The
   * names and acronyms are sorted before the resolver sees them: the order a shuffle returns them in depends on the partitioning, and the
   * resolver's ties must not.
   */
  private static CorpusNames corpusNames(Dataset<Row> kept, Dataset<Row> copies, List<String> aliasLines, String kb) {
    Column original = col("_copy").isNull();
    Dataset<Row> marked = kept.join(broadcast(copies.withColumn("_copy", lit(true))),
        col(AnalysisRow.DOCUMENT + "." + DocumentsTable.DOC_ID).equalTo(copies.col(DocumentsTable.DOC_ID)), "left");
    Dataset<Row> mentions = marked.select(explode(col(AnalysisRow.MENTIONS)).as("_r"), col("_copy")).select(col("_r.*"),
        col("_copy"));
    List<CorpusNames.NameCount> names = mentions
        .groupBy(col(MentionsTable.CANONICAL_NAME), col(MentionsTable.TYPE))
        .agg(count(when(original, lit(1))).as("_n"))
        .where(col("_n").gt(0))
        .collectAsList().stream()
        .map(r -> new CorpusNames.NameCount(r.getString(0), r.getString(1), r.getLong(2)))
        .sorted(java.util.Comparator.comparing(CorpusNames.NameCount::canonical, TEXT_ORDER)
            .thenComparing(CorpusNames.NameCount::type, TEXT_ORDER)).toList();
    List<CorpusNames.AcronymCount> acronyms = marked
        .select(explode(col(AnalysisRow.ACRONYMS)).as(new String[] {"acronym", "expansion"}), col("_copy"))
        .groupBy(col("acronym"), col("expansion"))
        .agg(count(when(original, lit(1))).as("_n"))
        .where(col("_n").gt(0))
        .collectAsList().stream()
        .map(r -> new CorpusNames.AcronymCount(r.getString(0), r.getString(1), r.getLong(2)))
        .sorted(java.util.Comparator.comparing(CorpusNames.AcronymCount::acronym, TEXT_ORDER)
            .thenComparing(CorpusNames.AcronymCount::expansion, TEXT_ORDER)).toList();
    AliasTable aliases = new AliasTable(aliasLines);
    CorpusNames resolved = new CorpusResolver(new EntityLexicons(), NlpGazetteer.get(), aliases).resolve(names, acronyms);
    if (kb == null) {
      return resolved;
    }
    java.util.Set<String> wanted = new java.util.TreeSet<>();
    names.forEach(n -> wanted.add(n.canonical()));
    resolved.finals().values().forEach(e -> wanted.add(e.name()));
    long start = System.nanoTime();
    java.util.Set<String> surfaces = KbLinker.surfaces(wanted);
    KbDictionary dict = KbDictionary.read(Path.of(kb), surfaces);
    CorpusNames linked = new KbLinker(aliases).link(resolved, names, dict);
    System.err.printf(java.util.Locale.ROOT, "newsgraph: entity linking: %d names looked up, %d found in the dictionary,"
        + " %d entities linked, %.1f s%n", surfaces.size(), dict.size(), linked.links().size(),
        (System.nanoTime() - start) / 1e9);
    return linked;
  }

  private static Dataset<Row> explodeTable(Dataset<Row> kept, String arrayColumn) {
    return kept.select(explode(col(arrayColumn)).as("_r")).select(col("_r.*"));
  }
}
