package org.newsgraph.bench;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.newsgraph.cli.BuildTablesJob;
import org.newsgraph.cli.JobConfig;
import org.newsgraph.cli.Sessions;
import org.newsgraph.entities.AliasTable;
import org.newsgraph.entities.DocumentResolver;
import org.newsgraph.entities.EntityLexicons;
import org.newsgraph.entities.Gazetteer;
import org.newsgraph.ingest.ArticleParser;
import org.newsgraph.model.Article;
import org.newsgraph.nlp.CoreNlpEngine;
import org.newsgraph.nlp.NlpConfig;
import org.newsgraph.pipeline.AnalyzerConfig;
import org.newsgraph.pipeline.DocumentAnalyzer;
import org.newsgraph.statements.CueLexicon;
import org.newsgraph.statements.StatementExtractor;
import org.newsgraph.text.ParsedSentence;
import org.newsgraph.text.SentenceSplitter;

/**
 * The benchmark (a program, not a test): generates or reads a corpus, then measures in one JVM, on the
 * same text and the same number of threads: newsgraph's per-document pipeline and its stages, the bare
 * CoreNLP pipeline with the same annotators, CoreNLP's default pipeline (on a smaller sample: it is
 * slow), the whole Spark job on the full corpus, and the task-time balance of the co-occurrence
 * aggregation on a corpus where one hub entity is in every sentence. Prints a Markdown report.
 */
public final class BenchmarkJob {
  private BenchmarkJob() {
  }

  record Timing(String name, double seconds, long bytes, long docs, long tokens, long peakHeapMb, int threads) {
    String row() {
      double kbs = bytes / 1024.0 / seconds;
      return String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.0f | %d |", name, docs, bytes / 1024.0,
          seconds, docs / seconds / threads, kbs / threads, peakHeapMb) + (tokens > 0
          ? String.format(Locale.ROOT, " %.0f |", tokens / seconds / threads) : " – |");
    }
  }

  public static void main(String[] args) throws Exception {
    JobConfig c = JobConfig.parse(args, Set.of("corpus", "mb", "sample-kb", "default-sample-kb", "threads", "seed",
        "seeds", "report", "hub-sentences"), Set.of());
    int threads = (int) c.getLong("threads", 2);
    Path corpus = Path.of(c.get("corpus", "target/bench-corpus"));
    Gazetteer gazetteer = Gazetteer.fromCoreNlpModels();
    List<String> report = new ArrayList<>();
    long t0 = System.nanoTime();
    if (!Files.isDirectory(corpus) || isEmpty(corpus)) {
      CorpusGenerator gen = new CorpusGenerator(Path.of(c.get("seeds", "seeds")), c.getLong("seed", 42),
          new DemonymView(gazetteer));
      long[] g = gen.generate(corpus, c.getLong("mb", 20) * 1024 * 1024);
      report.add(String.format(Locale.ROOT, "Generated corpus: %d documents, %.1f MB (seed %d) in %.1f s",
          g[0], g[1] / 1048576.0, c.getLong("seed", 42), (System.nanoTime() - t0) / 1e9));
    }
    List<Article> all = load(corpus);
    long corpusBytes = all.stream().mapToLong(a -> a.body().length()).sum();
    report.add(String.format(Locale.ROOT, "Corpus: %d documents, %.1f MB of body text; %d threads; Java %s, %d cores, max heap %d MB",
        all.size(), corpusBytes / 1048576.0, threads, System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20));
    List<Article> sample = prefix(all, c.getLong("sample-kb", 512) * 1024);
    List<Article> small = prefix(all, c.getLong("default-sample-kb", 96) * 1024);
    // warm-up text (not timed): documents after the sample, so the JIT has compiled the hot paths
    List<Article> warm = prefix(all.subList(Math.min(all.size(), sample.size()), all.size()), 96 * 1024);

    ForkJoinPool pool = new ForkJoinPool(threads);
    AnalyzerConfig config = new AnalyzerConfig(NlpConfig.full(), List.of());
    long load = System.nanoTime();
    CoreNlpEngine engine = new CoreNlpEngine(config.nlp());
    DocumentAnalyzer analyzer = new DocumentAnalyzer(engine, config, gazetteer);
    report.add(String.format(Locale.ROOT, "Model loading (tagger, NER, parser, gazetteer): %.1f s", (System.nanoTime() - load) / 1e9));

    pool.submit(() -> warm.parallelStream().forEach(analyzer::analyze)).get();
    SentenceSplitter splitter = new SentenceSplitter(engine);
    CueLexicon cues = new CueLexicon();
    long tokens = pool.submit(() -> sample.parallelStream()
        .mapToLong(a -> splitter.split(a.docId(), a.body(), t -> false).stream()
            .mapToLong(p -> p.analysis().tokens().size()).sum()).sum()).get();
    List<Timing> rows = new ArrayList<>();
    long sampleBytes = bytes(sample);
    rows.add(time("newsgraph per-document pipeline (all stages)", sample, tokens, threads, pool, analyzer::analyze));
    rows.add(time("  stage: tokenize, ssplit, pos, lemma, ner", sample, tokens, threads, pool,
        a -> splitter.split(a.docId(), a.body(), t -> false)));
    rows.add(time("  stage: + depparse of candidate sentences only", sample, tokens, threads, pool,
        a -> splitter.split(a.docId(), a.body(), cues::mayHoldStatement)));
    Map<String, List<ParsedSentence>> parsed = new HashMap<>();
    for (Article a : sample) {
      parsed.put(a.docId(), splitter.split(a.docId(), a.body(), cues::mayHoldStatement));
    }
    DocumentResolver resolver = new DocumentResolver(new EntityLexicons(), gazetteer, AliasTable.empty());
    rows.add(time("  stage: entity resolution (document level)", sample, tokens, threads, pool,
        a -> resolver.resolve(a.docId(), a.body(), parsed.get(a.docId()))));
    StatementExtractor statements = new StatementExtractor(cues);
    rows.add(time("  stage: statement extraction", sample, tokens, threads, pool,
        a -> statements.extract(a.docId(), a.body(), parsed.get(a.docId()),
            resolver.resolve(a.docId(), a.body(), parsed.get(a.docId())).mentions())));
    resetPeaks();
    long sparkStart = System.nanoTime();
    SparkSession spark = Sessions.create("newsgraph-benchmark");
    Path out = Files.createTempDirectory("newsgraph-bench-");
    BuildTablesJob.run(spark, new BuildTablesJob.Options(corpus.toString(), out.resolve("out").toString(),
        100L << 20, List.of(), 0));
    double sparkSeconds = (System.nanoTime() - sparkStart) / 1e9;
    long corpusTokens = tokens * corpusBytes / Math.max(1, sampleBytes);
    rows.add(new Timing("whole Spark job (local[" + threads + "], all tables, full corpus)", sparkSeconds, corpusBytes,
        all.size(), corpusTokens, peakHeapMb(), threads));
    DuplicateBenchmark.Result duplicates = DuplicateBenchmark.run(spark, all, new ArrayList<>());
    HubBenchmark.Result hub = HubBenchmark.run(spark, (int) c.getLong("hub-sentences", 200_000));
    spark.stop();

    // the bare engines last, so their models do not count in the newsgraph heap figures
    StanfordCoreNLP bare = new StanfordCoreNLP(bareProperties(true));
    pool.submit(() -> warm.parallelStream().forEach(a -> bare.annotate(new Annotation(a.body())))).get();
    Timing bareRow = time("bare CoreNLP, same annotators (tokenize..ner lean + depparse, every sentence)", sample,
        tokens, threads, pool, a -> bare.annotate(new Annotation(a.body())));
    rows.add(1, bareRow);
    StanfordCoreNLP reference = new StanfordCoreNLP(bareProperties(false));
    List<Article> warmSmall = prefix(warm, 24 * 1024);
    pool.submit(() -> warmSmall.parallelStream().forEach(a -> reference.annotate(new Annotation(a.body())))).get();
    long smallTokens = tokens * bytes(small) / Math.max(1, sampleBytes);
    Timing ref = time("CoreNLP default tokenize,ssplit,pos,lemma,ner,depparse (smaller sample)", small, smallTokens,
        threads, pool, a -> reference.annotate(new Annotation(a.body())));
    rows.add(ref);

    report.add("");
    report.add("| run | documents | KB | seconds | docs/s per core | KB/s per core | peak live heap MB (after GC) | tokens/s per core |");
    report.add("|---|---|---|---|---|---|---|---|");
    rows.forEach(r -> report.add(r.row()));
    Timing ng = rows.get(0);
    double rate = ng.bytes() / ng.seconds();
    report.add("");
    report.add(String.format(Locale.ROOT, "- newsgraph per-document pipeline vs bare CoreNLP with the same annotators: %.2fx the time (target <= 1.15x)",
        (sampleBytes / rate) / (sampleBytes / (bareRow.bytes() / bareRow.seconds()))));
    report.add(String.format(Locale.ROOT, "- newsgraph vs CoreNLP's default pipeline: %.1fx faster per KB (target >= 5x)",
        rate / (ref.bytes() / ref.seconds())));
    double sparkRate = corpusBytes / sparkSeconds;
    report.add(String.format(Locale.ROOT, "- whole Spark job vs bare CoreNLP with the same annotators: %.2fx the time per KB (target <= 1.15x)",
        (bareRow.bytes() / bareRow.seconds()) / sparkRate));
    report.add(String.format(Locale.ROOT, "- whole Spark job vs CoreNLP's default pipeline: %.1fx faster per KB and core (target >= 5x)",
        sparkRate / (ref.bytes() / ref.seconds())));
    report.add(String.format(Locale.ROOT, "- whole Spark job vs per-document pipeline: %.2fx the time per KB (Spark, I/O, corpus linking, aggregations)",
        rate / sparkRate));
    report.add(String.format(Locale.ROOT, "- hub corpus (%d sentences, one entity in every sentence): co-occurrence tasks max/median = %.2f (stage with the largest ratio, %d tasks)",
        hub.sentences(), hub.maxOverMedian(), hub.tasks()));
    report.add("- " + duplicates.line());
    String text = String.join("\n", report) + "\n";
    System.out.print(text);
    if (c.has("report")) {
      Files.writeString(Path.of(c.require("report")), text, StandardCharsets.UTF_8);
    }
    pool.shutdown();
  }

  /** CoreNLP's demonym data as a country → adjective view. */
  private static final class DemonymView extends java.util.AbstractMap<String, String> {
    private final Gazetteer g;

    DemonymView(Gazetteer g) {
      this.g = g;
    }

    @Override
    public String getOrDefault(Object key, String dflt) {
      String d = g.demonymOf((String) key);
      return d == null ? dflt : d;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
      return Set.of();
    }
  }

  static Properties bareProperties(boolean lean) {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
    if (lean) {
      p.setProperty("ner.model", NlpConfig.NER_MODEL_DEFAULT);
      p.setProperty("ner.applyFineGrained", "false");
      p.setProperty("ner.useSUTime", "false");
      p.setProperty("ner.applyNumericClassifiers", "false");
      p.setProperty("ner.buildEntityMentions", "false");
      p.setProperty("depparse.extradependencies", "MAXIMAL");
    }
    return p;
  }

  private static Timing time(String name, List<Article> docs, long tokens, int threads, ForkJoinPool pool,
                             Consumer<Article> f) throws Exception {
    resetPeaks();
    long start = System.nanoTime();
    pool.submit(() -> docs.parallelStream().forEach(f)).get();
    double s = (System.nanoTime() - start) / 1e9;
    Timing t = new Timing(name, s, bytes(docs), docs.size(), tokens, peakHeapMb(), threads);
    System.err.println(t.row());
    return t;
  }

  /** Peak live heap: the largest heap occupancy seen right after a garbage collection since the last reset. */
  private static final java.util.concurrent.atomic.AtomicLong PEAK_LIVE = new java.util.concurrent.atomic.AtomicLong();

  static {
    Thread sampler = new Thread(() -> {
      while (true) {
        long live = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
          if (p.getType() == MemoryType.HEAP && p.getCollectionUsage() != null) {
            live += p.getCollectionUsage().getUsed();
          }
        }
        PEAK_LIVE.accumulateAndGet(live, Math::max);
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "heap-sampler");
    sampler.setDaemon(true);
    sampler.start();
  }

  private static void resetPeaks() {
    System.gc();
    PEAK_LIVE.set(0);
  }

  private static long peakHeapMb() {
    return PEAK_LIVE.get() >> 20;
  }

  private static long bytes(List<Article> docs) {
    return docs.stream().mapToLong(a -> a.body().length()).sum();
  }

  private static List<Article> prefix(List<Article> all, long bytes) {
    List<Article> out = new ArrayList<>();
    long sum = 0;
    for (Article a : all) {
      if (sum >= bytes) {
        break;
      }
      out.add(a);
      sum += a.body().length();
    }
    return out;
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isEmpty();
    }
  }

  private static List<Article> load(Path corpus) throws IOException {
    ArticleParser parser = new ArticleParser();
    List<Article> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(corpus)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        Article a = parser.parse(f.toString(), Files.readString(f, StandardCharsets.UTF_8)).article();
        if (a != null) {
          out.add(a);
        }
      }
    }
    return out;
  }
}
