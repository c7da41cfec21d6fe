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
    return RowIterators.map(files, file -> process(file.getString(0), file.getLong(1), decoder, parser, conf));
  }

  private Row process(String path, long size, InputDecoder decoder, ArticleParser parser, Configuration conf) {
    Reject early = decoder.checkBeforeRead(path, size);
    if (early != null) {
      return AnalysisRow.rejected(early);
    }
    byte[] bytes;
    try {
      bytes = read(path, conf);
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

  private static byte[] read(String path, Configuration conf) throws IOException {
    Path p = new Path(path);
    FileSystem fs = p.getFileSystem(conf);
    try (InputStream in = fs.open(p)) {
      return in.readAllBytes();
    }
  }
}
