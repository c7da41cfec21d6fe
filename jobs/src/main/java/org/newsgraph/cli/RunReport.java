package org.newsgraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.newsgraph.tables.DocumentsTable;
import org.newsgraph.tables.RejectsTable;

/**
 * What a run did, for the user at the end of {@code scripts/run} and for schedulers as
 * {@code <output>/_run.json}: input, output, start, elapsed time, input files, rows per committed
 * table, rejects by reason (exact duplicates included), near-duplicate copies and distinct stories.
 */
public record RunReport(String input, String output, Instant started, double elapsedSeconds, long inputFiles,
                        Map<String, Long> rows, Map<String, Long> rejectsByReason, long nearDuplicates,
                        long stories) {

  /** Name of the report file in the output folder. */
  public static final String FILE = "_run.json";

  /** Counts the committed tables of {@code output}. */
  static RunReport of(SparkSession spark, String input, String output, Instant started, long inputFiles,
                      List<String> tables) {
    Map<String, Long> rows = new LinkedHashMap<>();
    for (String t : tables) {
      rows.put(t, spark.read().parquet(new Path(output, t).toString()).count());
    }
    Map<String, Long> reasons = new TreeMap<>();
    for (Row r : spark.read().parquet(new Path(output, RejectsTable.NAME).toString())
        .groupBy(RejectsTable.REASON).count().collectAsList()) {
      reasons.put(r.getString(0), r.getLong(1));
    }
    Row copies = spark.read().parquet(new Path(output, DocumentsTable.NAME).toString())
        .agg(functions.count(functions.col(DocumentsTable.DUPLICATE_OF)),
            functions.countDistinct(functions.col(DocumentsTable.STORY_ID))).first();
    double elapsed = java.time.Duration.between(started, Instant.now()).toMillis() / 1000.0;
    return new RunReport(input, output, started, Math.round(elapsed * 10) / 10.0, inputFiles, rows, reasons,
        copies.getLong(0), copies.getLong(1));
  }

  /** The report as JSON (keys in a fixed order). */
  public String json() {
    StringBuilder b = new StringBuilder("{\n");
    b.append("  \"input\": ").append(quote(input)).append(",\n");
    b.append("  \"output\": ").append(quote(output)).append(",\n");
    b.append("  \"started_at\": ").append(quote(started.toString())).append(",\n");
    b.append("  \"elapsed_seconds\": ").append(String.format(Locale.ROOT, "%.1f", elapsedSeconds)).append(",\n");
    b.append("  \"input_files\": ").append(inputFiles).append(",\n");
    b.append("  \"rows\": ").append(object(rows)).append(",\n");
    b.append("  \"rejects_by_reason\": ").append(object(rejectsByReason)).append(",\n");
    b.append("  \"near_duplicates\": ").append(nearDuplicates).append(",\n");
    b.append("  \"stories\": ").append(stories).append("\n}\n");
    return b.toString();
  }

  /** The summary printed at the end of a run. */
  public String summary() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "newsgraph: done in %.0f s: %d input files -> %d documents, %d rejects%n",
        elapsedSeconds, inputFiles, rows.getOrDefault("documents", 0L), rows.getOrDefault(RejectsTable.NAME, 0L)));
    if (!rejectsByReason.isEmpty()) {
      b.append("  rejects by reason: ");
      rejectsByReason.forEach((k, v) -> b.append(k).append(' ').append(v).append("  "));
      b.setLength(b.length() - 2);
      b.append(System.lineSeparator());
    }
    if (nearDuplicates > 0) {
      b.append(String.format(Locale.ROOT, "  near-duplicates: %d documents are copies of another; %d distinct stories"
          + " (aggregations count each story once)%n", nearDuplicates, stories));
    }
    b.append("  rows:");
    rows.forEach((k, v) -> b.append(' ').append(k).append(' ').append(v).append(','));
    b.setLength(b.length() - 1);
    b.append(System.lineSeparator());
    b.append("  tables in ").append(output).append(" (report: ").append(FILE).append(")").append(System.lineSeparator());
    b.append("  next: scripts/sql --output ").append(output)
        .append(" -e \"SELECT speaker_text, cue_lemma, content FROM statements LIMIT 20\"").append(System.lineSeparator());
    b.append("        scripts/sql --output ").append(output).append(" -f scripts/queries/top_speakers.sql")
        .append(System.lineSeparator());
    b.append("        NEWSGRAPH_OUTPUT=").append(output).append(" scripts/notebooks").append(System.lineSeparator());
    return b.toString();
  }

  /** Writes {@link #json()} to {@code <output>/_run.json} (a temporary file renamed into place). */
  void write(org.apache.hadoop.conf.Configuration conf) {
    try {
      Path out = new Path(output);
      org.newsgraph.spark.TableWriter.writeAtomically(out.getFileSystem(conf), new Path(out, FILE), json());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + FILE + " under " + output, e);
    }
  }

  private static String object(Map<String, Long> m) {
    StringBuilder b = new StringBuilder("{");
    m.forEach((k, v) -> b.append(b.length() > 1 ? ", " : "").append(quote(k)).append(": ").append(v));
    return b.append('}').toString();
  }

  static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
