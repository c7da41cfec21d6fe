package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.eval.Evaluator;
import org.newsgraph.eval.GoldReader;
import org.newsgraph.eval.Score;
import org.newsgraph.tables.EntitiesTable;
import org.newsgraph.spark.SparkTestSupport;
import org.newsgraph.tables.CooccurrencesTable;
import org.newsgraph.tables.DocumentsTable;
import org.newsgraph.tables.MentionsTable;
import org.newsgraph.tables.StatementEdgesTable;
import org.newsgraph.tables.StatementsTable;
import org.newsgraph.tables.RejectsTable;
import org.newsgraph.tables.SentencesTable;

/** Local-mode runs of the main job over the seeds and over bad inputs. */
class BuildTablesJobIT {
  private static SparkSession spark;
  @TempDir
  static Path tmp;
  private static Path seedsOut;

  @BeforeAll
  static void runSeeds() {
    spark = SparkTestSupport.session();
    seedsOut = tmp.resolve("seeds-out");
    BuildTablesJob.run(spark, options(SparkTestSupport.seeds(), seedsOut, 10_000_000));
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  static BuildTablesJob.Options options(Path in, Path out, long maxBytes) {
    return new BuildTablesJob.Options(in.toString(), out.toString(), maxBytes, List.of(), 0);
  }

  private static List<Row> table(Path out, String name) {
    return spark.read().parquet(out.resolve(name).toString()).collectAsList();
  }

  @Test
  void seedsGiveFiveDocumentsAndNoRejects() {
    assertEquals(5, table(seedsOut, DocumentsTable.NAME).size());
    assertEquals(0, table(seedsOut, RejectsTable.NAME).size());
    assertTrue(table(seedsOut, SentencesTable.NAME).size() > 100);
    try (Stream<Path> s = Files.list(seedsOut)) {
      assertFalse(s.anyMatch(p -> p.getFileName().toString().startsWith("_")
          && !p.getFileName().toString().equals(RunReport.FILE)), "staging left behind");
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void documentsAndSentencesMatchGold() {
    Map<String, Score> scores = evaluate(seedsOut);
    Score docs = scores.get("documents");
    assertEquals(0, docs.fp() + docs.fn(), () -> "documents: " + docs.misses() + " " + docs.falseHits());
    Score sentences = scores.get("sentences");
    assertTrue(sentences.recall() >= 0.98, () -> sentences.line("sentences") + " misses " + sentences.misses());
  }

  @Test
  void entitiesMeetTheQualityBarWithoutSplits() {
    Score mentions = evaluate(seedsOut).get("mentions");
    System.out.println(mentions.line("mentions"));
    assertTrue(mentions.f1() >= 0.90, () -> mentions.line("mentions") + " misses " + mentions.misses()
        + " false hits " + mentions.falseHits());
    Evaluator evaluator = new Evaluator(GoldReader.read(SparkTestSupport.gold()), EvaluateJob.load(spark, seedsOut.toString()));
    assertEquals(Map.of(), evaluator.splitEntities(), "gold entities split over several entity ids");
    assertEquals(Map.of(), evaluator.mergedEntities(), "entity ids standing for several gold entities");
    Map<String, String> ids = new TreeMap<>();
    for (Row r : table(seedsOut, EntitiesTable.NAME)) {
      ids.put(r.getAs(EntitiesTable.NAME_COL), r.getAs(EntitiesTable.ENTITY_ID));
    }
    assertTrue(ids.containsKey("Wang Qishan") && ids.containsKey("Wang Yi"), ids.keySet().toString());
    assertFalse(ids.get("Wang Qishan").equals(ids.get("Wang Yi")));
    assertFalse(ids.containsKey("Wang"), "bare surname left unresolved");
  }

  @Test
  void statementsMeetTheQualityBars() {
    Evaluator evaluator = new Evaluator(GoldReader.read(SparkTestSupport.gold()), EvaluateJob.load(spark, seedsOut.toString()));
    Evaluator.StatementScores s = evaluator.statements();
    System.out.println(s.all().line("statements") + " cue_accuracy=" + s.cueAccuracy() + " speaker_accuracy="
        + s.speakerAccuracy());
    assertTrue(s.all().f1() >= 0.95, () -> s.all().line("statements") + " misses " + s.all().misses()
        + " false hits " + s.all().falseHits());
    assertTrue(s.speakerAccuracy() >= 0.95, "speaker accuracy " + s.speakerAccuracy());
    assertTrue(s.cueAccuracy() >= 0.90, "cue accuracy " + s.cueAccuracy());
  }

  /**
   * Sentence-scope pair counts against those derived from the gold mentions, for pairs of gold entities
   * both found. Tolerance from entity quality (mention recall 0.997, precision 0.974 on the seeds): a
   * missed or extra mention shifts the pairs of its sentence by one, so each pair may be off by at most
   * 2, and the counts summed over all pairs by at most 5%.
   */
  @Test
  void sentencePairCountsAgreeWithGold() throws IOException {
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    Map<String, String> goldByName = new TreeMap<>();
    java.util.Set<String> optional = new java.util.HashSet<>();
    java.util.Set<String> ambiguous = new java.util.HashSet<>();
    for (String line : Files.readAllLines(SparkTestSupport.gold().resolve("entities.jsonl"))) {
      var n = json.readTree(line);
      if (n.get("optional").asBoolean()) {
        optional.add(n.get("id").asText());
      }
      List<String> names = new java.util.ArrayList<>();
      names.add(n.get("name").asText());
      n.get("aliases").forEach(a -> names.add(a.asText()));
      for (String name : names) {
        String prev = goldByName.put(name.toLowerCase(), n.get("id").asText());
        if (prev != null && !prev.equals(n.get("id").asText())) {
          ambiguous.add(name.toLowerCase());
        }
      }
    }
    Map<String, java.util.Set<String>> goldUnits = new TreeMap<>();
    for (String line : Files.readAllLines(SparkTestSupport.gold().resolve("mentions.jsonl"))) {
      var n = json.readTree(line);
      goldUnits.computeIfAbsent(n.get("doc_id").asText() + "#" + n.get("idx").asInt(), k -> new java.util.TreeSet<>())
          .add(n.get("entity").asText());
    }
    Map<String, Long> gold = new TreeMap<>();
    for (java.util.Set<String> unit : goldUnits.values()) {
      for (String a : unit) {
        for (String b : unit) {
          if (a.compareTo(b) < 0 && !optional.contains(a) && !optional.contains(b)) {
            gold.merge(a + "|" + b, 1L, Long::sum);
          }
        }
      }
    }
    Map<String, String> predictedToGold = new TreeMap<>();
    for (Row r : table(seedsOut, EntitiesTable.NAME)) {
      String name = r.<String>getAs(EntitiesTable.NAME_COL).toLowerCase();
      if (goldByName.containsKey(name) && !ambiguous.contains(name)) {
        predictedToGold.put(r.getAs(EntitiesTable.ENTITY_ID), goldByName.get(name));
      }
    }
    Map<String, Long> predicted = new TreeMap<>();
    for (Row r : spark.read().parquet(seedsOut.resolve("cooccurrences").toString())
        .where("scope = 'sentence' and period = 'all'").collectAsList()) {
      String a = predictedToGold.get(r.<String>getAs("entity_a"));
      String b = predictedToGold.get(r.<String>getAs("entity_b"));
      if (a != null && b != null && !a.equals(b)) {
        predicted.merge(a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a, r.<Long>getAs("count"), Long::sum);
      }
    }
    java.util.Set<String> found = new java.util.HashSet<>(predictedToGold.values());
    long goldTotal = 0;
    long diffTotal = 0;
    for (Map.Entry<String, Long> e : gold.entrySet()) {
      String[] p = e.getKey().split("\\|");
      if (!found.contains(p[0]) || !found.contains(p[1])) {
        continue;
      }
      long diff = Math.abs(e.getValue() - predicted.getOrDefault(e.getKey(), 0L));
      assertTrue(diff <= 2, e.getKey() + ": gold " + e.getValue() + " predicted " + predicted.get(e.getKey()));
      goldTotal += e.getValue();
      diffTotal += diff;
    }
    System.out.println("sentence pairs: gold total " + goldTotal + ", absolute difference " + diffTotal);
    assertTrue(goldTotal > 200, "pairs compared: " + goldTotal);
    assertTrue(diffTotal <= goldTotal * 0.05, "difference " + diffTotal + " of " + goldTotal);
  }

  static Map<String, Score> evaluate(Path out) {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    Map<String, Score> scores = EvaluateJob.run(spark, out.toString(), SparkTestSupport.gold(), true,
        new PrintStream(buf, true, StandardCharsets.UTF_8));
    System.out.println(buf.toString(StandardCharsets.UTF_8));
    return scores;
  }

  @Test
  void theRunReportMatchesTheTables() throws IOException {
    String json = Files.readString(seedsOut.resolve(RunReport.FILE));
    for (String t : BuildTablesJob.TABLES) {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + t + "\": (\\d+)").matcher(json);
      assertTrue(m.find(), t + " in " + json);
      assertEquals(spark.read().parquet(seedsOut.resolve(t).toString()).count(), Long.parseLong(m.group(1)), t);
    }
    assertTrue(json.contains("\"input_files\": 5"), json);
    assertTrue(json.contains("\"rejects_by_reason\": {}"), json);
    assertTrue(json.contains("\"near_duplicates\": 0"), json);
    assertTrue(json.contains("\"stories\": 5"), json);
  }

  /**
   * A corpus of the seeds plus altered copies of four of them (another header, a byline, the longest
   * paragraph trimmed, another dateline) and a reflowed copy of a copy: every copy joins its original's
   * story, the seeds stay five stories, and the aggregations equal those of the seeds alone.
   */
  @Test
  void nearDuplicateCopiesJoinTheirOriginalsStoryAndCountOnce() throws IOException {
    Path in = tmp.resolve("seeds-and-copies");
    Files.createDirectories(in);
    List<Path> seeds;
    try (Stream<Path> s = Files.list(SparkTestSupport.seeds())) {
      seeds = s.sorted().toList();
    }
    for (Path seed : seeds) {
      Files.copy(seed, in.resolve(seed.getFileName()));
    }
    String[] text = new String[seeds.size()];
    for (int i = 0; i < text.length; i++) {
      text[i] = Files.readString(seeds.get(i));
    }
    Map<String, Integer> copyOf = new TreeMap<>();
    String header = "Leaders meet to discuss bilateral ties\nSource: FNN Wire\n" + text[1].substring(text[1].indexOf('\n') + 1);
    copyOf.put(write(in, "copy-header.txt", header), 1);
    String byline = text[3].replaceFirst("\n", "\n\nBy Jane Roe, staff writer\n");
    copyOf.put(write(in, "copy-byline.txt", byline), 3);
    String longest = text[0].lines().max(java.util.Comparator.comparingInt(String::length)).orElseThrow();
    String trimmed = text[0].replace(longest + "\n", "");
    copyOf.put(write(in, "copy-trimmed.txt", trimmed), 0);
    copyOf.put(write(in, "copy-of-copy-reflowed.txt", trimmed.lines().map(l -> wrap(l, 70))
        .collect(Collectors.joining("\n"))), 0);
    String dateline = text[4].replaceFirst("(?m)^[A-Z][A-Z .-]+, \\w+ \\d+ \\([^)]*\\) --", "BERGEN, March 3 (FNN) --");
    assertFalse(dateline.equals(text[4]), "the dateline of the fifth seed was replaced");
    copyOf.put(write(in, "copy-dateline.txt", dateline), 4);

    Path out = tmp.resolve("seeds-and-copies-out");
    BuildTablesJob.run(spark, options(in, out, 10_000_000));
    Map<String, Row> docs = new TreeMap<>();
    for (Row r : table(out, DocumentsTable.NAME)) {
      docs.put(Path.of(java.net.URI.create(r.getAs(DocumentsTable.SOURCE_PATH))).getFileName().toString(), r);
    }
    assertEquals(seeds.size() + copyOf.size(), docs.size());
    java.util.Set<String> seedStories = new java.util.TreeSet<>();
    for (Path seed : seeds) {
      seedStories.add(docs.get(seed.getFileName().toString()).getAs(DocumentsTable.STORY_ID));
    }
    assertEquals(seeds.size(), seedStories.size(), "no two distinct stories merged");
    copyOf.forEach((copy, i) -> assertEquals(docs.get(seeds.get(i).getFileName().toString())
        .<String>getAs(DocumentsTable.STORY_ID), docs.get(copy).getAs(DocumentsTable.STORY_ID), copy));
    assertEquals(copyOf.size(), docs.values().stream().filter(r -> r.getAs(DocumentsTable.DUPLICATE_OF) != null).count());

    // aggregations count each story once: as without the copies
    String co = "SELECT a.name, b.name, c.scope, c.period, c.count, c.doc_count, c.first_date, c.last_date,"
        + " round(c.npmi, 9) FROM %s c JOIN %s a ON a.entity_id = c.entity_a JOIN %s b ON b.entity_id = c.entity_b"
        + " ORDER BY 1, 2, 3, 4";
    String edges = "SELECT a.name, b.name, e.period, e.count, e.doc_count, e.cue_classes FROM %s e"
        + " JOIN %s a ON a.entity_id = e.speaker_entity_id JOIN %s b ON b.entity_id = e.target_entity_id ORDER BY 1, 2, 3";
    String entities = "SELECT name, type, mention_count, doc_count FROM %s WHERE mention_count > 0 ORDER BY 1, 2";
    for (String[] q : new String[][] {{co, CooccurrencesTable.NAME}, {edges, StatementEdgesTable.NAME},
        {entities, EntitiesTable.NAME}}) {
      assertEquals(sql(seedsOut, q[0], q[1]), sql(out, q[0], q[1]), q[1]);
    }
    assertTrue(spark.read().parquet(out.resolve(CooccurrencesTable.NAME).toString())
        .where("raw_count > count").count() > 0, "raw_count keeps the copies");
  }

  private static String write(Path dir, String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text);
    return name;
  }

  /** Breaks a line at spaces into lines of at most {@code width} characters. */
  private static String wrap(String line, int width) {
    StringBuilder b = new StringBuilder();
    int col = 0;
    for (String w : line.split(" ")) {
      if (col > 0 && col + 1 + w.length() > width) {
        b.append('\n');
        col = 0;
      } else if (col > 0) {
        b.append(' ');
        col++;
      }
      b.append(w);
      col += w.length();
    }
    return b.toString();
  }

  /**
   * The rows, as text, of a query over one output whose %s stand for {@code table}, then entities twice.
   */
  private static String sql(Path out, String query, String table) {
    String suffix = "_" + Integer.toHexString(out.toString().hashCode());
    for (String v : List.of(EntitiesTable.NAME, table)) {
      spark.read().parquet(out.resolve(v).toString()).createOrReplaceTempView(v + suffix);
    }
    return spark.sql(String.format(query, table + suffix, EntitiesTable.NAME + suffix, EntitiesTable.NAME + suffix))
        .collectAsList().toString();
  }

  @Test
  void rerunGivesIdenticalTables() {
    Path again = tmp.resolve("seeds-again");
    BuildTablesJob.run(spark, options(SparkTestSupport.seeds(), again, 10_000_000));
    for (String t : List.of(DocumentsTable.NAME, SentencesTable.NAME, RejectsTable.NAME, EntitiesTable.NAME,
        MentionsTable.NAME, StatementsTable.NAME, CooccurrencesTable.NAME, StatementEdgesTable.NAME)) {
      assertEquals(table(seedsOut, t).toString(), table(again, t).toString(), t);
    }
  }

  @Test
  void everyInputPathEndsInDocumentsOrRejectsWithItsReason() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("news [2024]"));
    Path seed = Files.list(SparkTestSupport.seeds()).sorted().findFirst().orElseThrow();
    Files.createDirectories(in.resolve("nested/deeper"));
    Files.copy(seed, in.resolve("nested/deeper/good.txt"));
    Files.copy(seed, in.resolve("copy-of-good.txt"));
    try (GZIPOutputStream gz = new GZIPOutputStream(Files.newOutputStream(in.resolve("other.txt.gz")))) {
      gz.write(story("Freedonia and Sylvania signed a trade pact on Wednesday, officials said."));
    }
    byte[] gz = Files.readAllBytes(in.resolve("other.txt.gz"));
    Files.write(in.resolve("truncated.txt.gz"), java.util.Arrays.copyOf(gz, gz.length / 2));
    Files.write(in.resolve("empty.txt.gz"), new byte[0]);
    Files.write(in.resolve("empty.txt"), new byte[0]);
    Files.writeString(in.resolve("blank.txt"), "  \n\n\t ");
    Files.write(in.resolve("binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
    Files.write(in.resolve("latin1.txt"), "Le président a déclaré que la réunion était utile.".getBytes(StandardCharsets.ISO_8859_1));
    byte[] utf16 = new String(story("The Freedonian cabinet met on Monday, its spokeswoman said."), StandardCharsets.UTF_8)
        .getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[utf16.length + 2];
    withBom[0] = (byte) 0xFF;
    withBom[1] = (byte) 0xFE;
    System.arraycopy(utf16, 0, withBom, 2, utf16.length);
    Files.write(in.resolve("windows unicode.txt"), withBom);
    Files.write(in.resolve("crlf.txt"), new String(story("Sylvania's port reopened on Tuesday, the harbour master said."),
        StandardCharsets.UTF_8).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
    Files.write(in.resolve("report 12:30 café.txt"), story("Jane Roe said the bridge would open in spring."));
    Files.createDirectories(in.resolve("a"));
    Files.createDirectories(in.resolve("b"));
    Files.write(in.resolve("a/same.txt"), story("The Freedonian league cancelled Saturday's final, its chairman said."));
    Files.write(in.resolve("b/same.txt"), story("Sylvanian farmers expect a late harvest, their union said."));
    Files.writeString(in.resolve("huge.txt"), "Words of a very long article. ".repeat(2000));
    Files.writeString(in.resolve("notes.md"), "# not news");
    Path closed = Files.createDirectories(in.resolve("closed"));
    Files.write(closed.resolve("inside.txt"), story("John Doe said the inquiry would report in June."));
    Files.setPosixFilePermissions(closed, java.util.Set.of());
    // a device that never ends and a named pipe that never opens must not stop the run, nor links that
    // lead nowhere, out of the input or round in a loop
    Files.createSymbolicLink(in.resolve("devzero.txt"), Path.of("/dev/zero"));
    Files.createSymbolicLink(in.resolve("dangling.txt"), in.resolve("no-such-file.txt"));
    Files.createSymbolicLink(in.resolve("passwd.txt"), Files.writeString(tmp.resolve("private.txt"), "Not for the run."));
    Files.createSymbolicLink(in.resolve("nested/loop"), in);
    assertEquals(0, new ProcessBuilder("mkfifo", in.resolve("pipe.txt").toString()).start().waitFor());
    Path out = tmp.resolve("mixed-out");
    try {
      BuildTablesJob.run(spark, options(in, out, 20_000));
    } finally {
      Files.setPosixFilePermissions(closed, java.util.Set.of(java.nio.file.attribute.PosixFilePermission.values()));
    }

    Map<String, String> reasons = new TreeMap<>();
    for (Row r : table(out, RejectsTable.NAME)) {
      assertEquals(null, reasons.put(relative(in, r.getAs(RejectsTable.SOURCE_PATH)), r.getAs(RejectsTable.REASON)));
    }
    List<String> docs = table(out, DocumentsTable.NAME).stream()
        .map(r -> relative(in, r.getAs(DocumentsTable.SOURCE_PATH))).sorted().toList();
    Map<String, String> expected = new TreeMap<>(Map.ofEntries(Map.entry("empty.txt", "empty"),
        Map.entry("empty.txt.gz", "empty"), Map.entry("truncated.txt.gz", "undecodable"),
        Map.entry("blank.txt", "whitespace_only"), Map.entry("binary.txt", "binary"),
        Map.entry("latin1.txt", "undecodable"), Map.entry("huge.txt", "too_large"),
        Map.entry("notes.md", "unsupported_type"), Map.entry("nested/deeper/good.txt", "duplicate"),
        Map.entry("devzero.txt", "unsupported_type"), Map.entry("pipe.txt", "unsupported_type"),
        Map.entry("dangling.txt", "unreadable"), Map.entry("passwd.txt", "outside_input"),
        Map.entry("nested/loop", "unreadable")));
    boolean root = "root".equals(System.getProperty("user.name"));
    if (!root) {
      // root reads any folder, so only another user sees the closed folder as a reject
      expected.put("closed", "unreadable");
    }
    assertEquals(expected, reasons);
    String report = Files.readString(out.resolve(RunReport.FILE));
    for (String reason : new java.util.TreeSet<>(expected.values())) {
      long n = expected.values().stream().filter(reason::equals).count();
      assertTrue(report.contains("\"" + reason + "\": " + n), reason + " x" + n + " in " + report);
    }
    List<String> expectedDocs = new java.util.ArrayList<>(List.of("a/same.txt", "b/same.txt", "copy-of-good.txt",
        "crlf.txt", "other.txt.gz", "report 12:30 café.txt", "windows unicode.txt"));
    if (root) {
      expectedDocs.add("closed/inside.txt");
      java.util.Collections.sort(expectedDocs);
    }
    assertEquals(expectedDocs, docs);
    for (String d : docs) {
      assertFalse(reasons.containsKey(d), "in both tables: " + d);
    }
  }

  private static byte[] story(String sentence) {
    return ("A headline about it\n\n" + sentence + " More was expected later in the week.\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static String relative(Path in, String path) {
    String marker = in.getFileName().toString() + "/";
    return path.substring(path.indexOf(marker) + marker.length());
  }
}
