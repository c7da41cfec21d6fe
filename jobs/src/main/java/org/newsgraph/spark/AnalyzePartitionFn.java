package org.newsgraph.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.newsgraph.ingest.ArticleParser;
import org.newsgraph.ingest.InputDecoder;
import org.newsgraph.model.Reject;
import org.newsgraph.model.Reject.Reason;
import org.newsgraph.pipeline.AnalyzerConfig;
import org.newsgraph.pipeline.DocumentAnalyzer;

/**
 * Reads, decodes, parses and analyses the files of one partition: (path, size) rows in,
 * {@link AnalysisRow}s out. A failure on one file becomes a reject of that file, never a task failure.
 */
public final class AnalyzePartitionFn implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  private final AnalyzerConfig config;
  private final long maxBytes;

  public AnalyzePartitionFn(AnalyzerConfig config, long maxBytes) {
    this.config = config;
    this.maxBytes = maxBytes;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> files) {
    InputDecoder decoder = new InputDecoder(maxBytes);
    ArticleParser parser = new ArticleParser();
    Configuration conf = new Configuration();
    return RowIterators.map(files, file -> file.isNullAt(2)
        ? process(file.getString(0), file.getLong(1), decoder, parser, conf)
        : AnalysisRow.rejected(new Reject(file.getString(0), file.getString(2), file.getString(3))));
  }

  private Row process(String path, long size, InputDecoder decoder, ArticleParser parser, Configuration conf) {
    Reject early = decoder.checkBeforeRead(path, size);
    if (early != null) {
      return AnalysisRow.rejected(early);
    }
    String special = notRegular(path);
    if (special != null) {
      return AnalysisRow.rejected(Reject.of(path, special.startsWith("not a regular") ? Reason.UNSUPPORTED_TYPE
          : Reason.UNREADABLE, special));
    }
    byte[] bytes;
    try {
      bytes = read(path, conf, maxBytes);
    } catch (IOException | RuntimeException e) {
      return AnalysisRow.rejected(Reject.of(path, Reason.UNREADABLE, e.toString()));
    }
    InputDecoder.Result decoded = decoder.decode(path, bytes);
    if (!decoded.ok()) {
      return AnalysisRow.rejected(decoded.reject());
    }
    ArticleParser.Result parsed = parser.parse(path, decoded.text());
    if (parsed.reject() != null) {
      return AnalysisRow.rejected(parsed.reject());
    }
    DocumentAnalyzer analyzer = NlpHolder.analyzer(config);
    try {
      return AnalysisRow.analysed(parsed.article(), analyzer.analyze(parsed.article()));
    } catch (RuntimeException e) {
      return AnalysisRow.rejected(Reject.of(path, Reason.ANALYSIS_FAILED, e.toString()));
    }
  }

  /**
   * Why a local input is not a regular file (a device such as /dev/zero, a named pipe, a socket, a link
   * to nothing), or null: such inputs would never end or never open, so they are not read at all.
   */
  static String notRegular(String path) {
    if (!path.startsWith("file:")) {
      return null;
    }
    try {
      java.nio.file.Path p = java.nio.file.Paths.get(new Path(path).toUri());
      if (java.nio.file.Files.isRegularFile(p)) {
        return null;
      }
      return java.nio.file.Files.exists(p) ? "not a regular file (a device, named pipe or socket)"
          : "not found (a link to nothing, or removed since listing)";
    } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
      return null;
    }
  }

  /** The file's bytes, at most {@code limit} + 1 of them (enough to tell it is too large). */
  private static byte[] read(String path, Configuration conf, long limit) throws IOException {
    Path p = new Path(path);
    int max = (int) Math.min(Integer.MAX_VALUE - 16, Math.max(0, limit) + 1);
    if ("file".equals(p.toUri().getScheme())) {
      // local files are read directly: Hadoop's checksum layer fails on names such as "report 12:30.txt"
      try (InputStream in = java.nio.file.Files.newInputStream(java.nio.file.Paths.get(p.toUri()))) {
        return in.readNBytes(max);
      }
    }
    FileSystem fs = p.getFileSystem(conf);
    try (InputStream in = fs.open(p)) {
      return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, Math.max(0, limit) + 1));
    }
  }
}
